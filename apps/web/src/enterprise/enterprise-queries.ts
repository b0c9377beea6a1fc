import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { Language } from '../i18n/i18n';

export type Enterprise = components['schemas']['EnterpriseResponseDto'];
export type Campaign = components['schemas']['CampaignResponseDto'];
export type Category = components['schemas']['CategoryResponseDto'];
export type Candidacy = components['schemas']['CandidacyResponseDto'];
export type ReferenceEntry = components['schemas']['ReferenceEntryDto'];

/** The query keys this workspace uses, so a change can refresh exactly what it affects. */
export const KEYS = {
  me: ['auth', 'me'] as const,
  myEnterprise: ['enterprise', 'mine'] as const,
  referenceData: ['reference-data'] as const,
  campaigns: ['enterprise', 'campaigns'] as const,
  campaign: (id: string) => ['enterprise', 'campaign', id] as const,
  candidacies: (campaignId: string) => ['enterprise', 'candidacies', campaignId] as const,
  entry: (candidacyId: string) => ['enterprise', 'entry', candidacyId] as const,
};

/** The language the page is read in, re-rendering when the person switches. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/** A text the API gives in both languages, in the reader's. */
export function inLanguage(text: { en: string; zh: string } | null | undefined, language: Language): string {
  if (!text) return '';
  return language === 'zh' ? text.zh || text.en : text.en || text.zh;
}

/** A category's or reference entry's name in the reader's language. */
export function nameIn(item: { name: string; nameZh?: string | null }, language: Language): string {
  return language === 'zh' && item.nameZh ? item.nameZh : item.name;
}

/** The enterprise this contact belongs to (a contact has at most one), or null before they create it. */
export function useMyEnterprise() {
  return useQuery({
    queryKey: KEYS.myEnterprise,
    queryFn: async () => {
      const page = await unwrap(api.GET('/enterprises', { params: { query: { pageSize: 1 } } }));
      return page.items[0] ?? null;
    },
  });
}

export function useReferenceData() {
  return useQuery({
    queryKey: KEYS.referenceData,
    queryFn: () => unwrap(api.GET('/reference-data')),
    staleTime: 60 * 60_000,
  });
}

/** Campaigns an enterprise can see (from registration on), each with its categories and schedule. */
export function useCampaigns() {
  return useQuery({
    queryKey: KEYS.campaigns,
    queryFn: async () => {
      const page = await unwrap(api.GET('/campaigns', { params: { query: { pageSize: 50 } } }));
      return Promise.all(
        page.items.map((c) => unwrap(api.GET('/campaigns/{id}', { params: { path: { id: c.id } } }))),
      );
    },
  });
}

/** This enterprise's candidacies in one campaign. */
export function useCandidacies(campaignId: string) {
  return useQuery({
    queryKey: KEYS.candidacies(campaignId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/campaigns/{campaignId}/candidacies', {
            params: { path: { campaignId }, query: { pageSize: 100 } },
          }),
        )
      ).items,
  });
}
