import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Language } from '../../i18n/i18n';

export type Campaign = components['schemas']['CampaignResponseDto'];
export type Category = components['schemas']['CategoryResponseDto'];
export type ReferenceData = components['schemas']['ReferenceDataDto'];

/** The campaign named in the address (every page under campaigns/:campaignId). */
export function useCampaignId(): string {
  return useParams().campaignId ?? '';
}

export const campaignKey = (id: string) => ['campaign', id] as const;

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKey(id),
    queryFn: () => unwrap(api.GET('/campaigns/{id}', { params: { path: { id } } })),
    enabled: Boolean(id),
  });
}

export function useReferenceData() {
  return useQuery({
    queryKey: ['reference-data'],
    queryFn: () => unwrap(api.GET('/reference-data')),
    staleTime: Infinity,
  });
}

/** An industry by its name in the reader's language (its code while the reference data loads). */
export function industryName(code: string, data: ReferenceData | undefined, language: Language): string {
  const entry = data?.industries.find((i) => i.code === code);
  if (!entry) return code;
  return language === 'zh' ? entry.nameZh : entry.name;
}

export function categoryName(category: Pick<Category, 'name' | 'nameZh'>, language: Language): string {
  return language === 'zh' && category.nameZh ? category.nameZh : category.name;
}
