import type { Catalog } from '../i18n/catalogs';

export const JUDGE = {
  en: { title: 'Workspace' },
  zh: { title: '工作台' },
} satisfies Catalog;
