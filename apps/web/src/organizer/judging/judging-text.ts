import type { Catalog } from '../../i18n/catalogs';

/** The organizer's judging pages (namespace `organizerJudging`). */
export const ORGANIZER_JUDGING = {
  en: { title: 'Judging' },
  zh: { title: '评审' },
} satisfies Catalog;
