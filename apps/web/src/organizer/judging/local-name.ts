import type { Language } from '../../i18n/locale';

/** A name as shown: its text, and lang="en" to set on the element when a Chinese reader gets the English. */
export interface LocalName {
  text: string;
  lang: 'en' | undefined;
}

/**
 * A name in the reader's language. Data without a Chinese name stays English on a Chinese page; marking it
 * lets a screen reader pronounce it as English instead of reading it with Chinese rules.
 */
export function localName(en: string, zh: string | null | undefined, language: Language): LocalName {
  if (language !== 'zh') return { text: en, lang: undefined };
  return zh ? { text: zh, lang: undefined } : { text: en, lang: 'en' };
}
