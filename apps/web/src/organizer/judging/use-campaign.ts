import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Language } from '../../i18n/i18n';
import { localName, type LocalName } from './local-name';

export type Campaign = components['schemas']['CampaignResponseDto'];
export type Category = components['schemas']['CategoryResponseDto'];

/** The campaign a judging page belongs to: its time zone dates every moment, its categories name rounds. */
export function useCampaign(campaignId: string) {
  return useQuery({
    queryKey: ['campaign', campaignId],
    queryFn: () => unwrap(api.GET('/campaigns/{id}', { params: { path: { id: campaignId } } })),
  });
}

/** The reader's language, narrowed to the two the catalogs hold. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('zh') ? 'zh' : 'en';
}

/** A category's name in the reader's language (the Chinese one when it has one). */
export function categoryName(category: Pick<Category, 'name' | 'nameZh'>, language: Language): LocalName {
  return localName(category.name, category.nameZh, language);
}
