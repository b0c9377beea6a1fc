import type { RubricBand, RubricCategory, RubricItem } from '@rubric-maths/rubric';
import type { Language } from '../../i18n/i18n';

/** A category's or item's name in the reader's language (rubrics carry English and, mostly, Chinese). */
export const nameIn = (thing: RubricCategory | RubricItem, language: Language): string =>
  language === 'zh' && thing.nameZh ? thing.nameZh : thing.name;

/** A band's name: its Chinese name, or its outcome read as words (certified-five-star: Certified five star). */
export function outcomeName(outcome: string, nameZh: string | null | undefined, language: Language): string {
  if (language === 'zh' && nameZh) return nameZh;
  const words = outcome.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The name of the band with `outcome` among a rubric's bands. */
export const bandName = (bands: RubricBand[], outcome: string, language: Language): string =>
  outcomeName(outcome, bands.find((b) => b.outcome === outcome)?.nameZh, language);

/** A rubric's text as shown: the reader's language, or English (marked, for screen readers) where none is. */
export interface ShownText {
  text: string;
  /** Set only when the text is not in the reader's language. */
  lang?: 'en';
}

/** Chinese readers get `zh` when the rubric has it, else the English `en`; nothing when there is no text. */
export function textIn(
  en: string | null | undefined,
  zh: string | null | undefined,
  language: Language,
): ShownText | null {
  if (language === 'zh' && zh) return { text: zh };
  if (!en) return null;
  return language === 'zh' ? { text: en, lang: 'en' } : { text: en };
}

/** An item's guidance in the reader's language. */
export const guidanceIn = (item: RubricItem, language: Language) =>
  textIn(item.guidance, item.guidanceZh, language);

/** What a band means, in the reader's language. */
export function bandMeaning(bands: RubricBand[], outcome: string, language: Language): ShownText | null {
  const band = bands.find((b) => b.outcome === outcome);
  return band ? textIn(band.meaning, band.meaningZh, language) : null;
}
