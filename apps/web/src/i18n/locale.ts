/** The two languages the platform speaks. */
export type Language = 'en' | 'zh';

/** The BCP 47 tag for Intl formatting and the page's lang attribute. */
export function localeOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
