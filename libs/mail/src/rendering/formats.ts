import type { Language } from '@app/common';

/**
 * A date as a reader expects it: Chinese readers in China Standard Time (the campaigns run there), English
 * readers in UTC, each with its zone named. Not a date: shown as given, so a bad param is visible, not hidden.
 */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: language === 'zh' ? 'Asia/Shanghai' : 'UTC',
    }).format(date) + (language === 'zh' ? '（北京时间）' : ' UTC')
  );
}

const ROLES: Record<string, Record<Language, string>> = {
  organizer: { zh: '组织者', en: 'organizer' },
  judge: { zh: '评委', en: 'judge' },
  enterprise: { zh: '企业用户', en: 'enterprise user' },
};

export function roleName(role: string, language: Language): string {
  return ROLES[role]?.[language] ?? role;
}
