import type { RubricBand, RubricCategory, RubricItem } from '@rubric-maths/rubric';
import type { Language } from '../../i18n/i18n';

/** A category's or item's name in the reader's language (rubrics carry English and, mostly, Chinese). */
export const nameIn = (thing: RubricCategory | RubricItem, language: Language): string =>
  language === 'zh' && thing.nameZh ? thing.nameZh : thing.name;

/** A band's name: its Chinese name, or its outcome read as words (certified-five-star: Certified five star). */
export function bandName(bands: RubricBand[], outcome: string, language: Language): string {
  const band = bands.find((b) => b.outcome === outcome);
  if (language === 'zh' && band?.nameZh) return band.nameZh;
  const words = outcome.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
