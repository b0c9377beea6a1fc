import type { Catalog } from '../i18n/catalogs';

export const ORGANIZER = {
  en: { title: 'Workspace' },
  zh: { title: '工作台' },
} satisfies Catalog;
