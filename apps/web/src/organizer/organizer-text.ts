import type { Catalog } from '../i18n/catalogs';

export const ORGANIZER = {
  en: {
    title: 'Campaigns',
    nav: { campaigns: 'Campaigns', enterprises: 'Enterprises', users: 'Users', auditLog: 'Audit log' },
  },
  zh: {
    title: '评选活动',
    nav: { campaigns: '评选活动', enterprises: '企业', users: '用户', auditLog: '审计日志' },
  },
} satisfies Catalog;
