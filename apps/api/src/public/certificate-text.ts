import { bandText, type CertificateContent, FIGURE_LABELS } from '@app/awards';

/** One thing said in both languages; Chinese first, as on the certificate. */
export interface Bilingual {
  zh: string;
  en: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The announcement's calendar day in both languages ("2027年12月10日" / "10 December 2027"), in China (UTC+8,
 * no daylight saving), where the association announces: the day the site's pages show too, so every copy of a
 * certificate states the same date. No locale data is used, so the bytes never depend on the host's ICU.
 */
export function announcementDate(announcedAt: string): Bilingual {
  const d = new Date(Date.parse(announcedAt) + CHINA_OFFSET_MS);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return { zh: `${y}年${m + 1}月${day}日`, en: `${day} ${MONTHS[m]} ${y}` };
}

/** A published figure: its label and value in each language, and the CSI's 95 % interval when published. */
export interface CertificateFigure {
  key: string;
  label: Bilingual;
  value: Bilingual;
  interval: string | null;
}

/** A band's name for English readers, capitalised ("certified-five-star" -> "Certified at five-star level"). */
const bandWords = (band: string) => {
  const words = bandText(band, 'en');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The figures a certificate shows, in the order and with the labels the results page uses; absent or null
 * figures are left out (older certificates and other kinds of category carry fewer).
 */
export function certificateFigures(figures: CertificateContent['figures']): CertificateFigure[] {
  return Object.keys(FIGURE_LABELS.en).flatMap((key) => {
    const raw = figures[key];
    if (raw === null || raw === undefined) return [];
    const value =
      key === 'band'
        ? { zh: bandText(String(raw), 'zh'), en: bandWords(String(raw)) }
        : { zh: String(raw), en: String(raw) };
    const interval =
      key === 'csi' && figures.csiLow != null && figures.csiHigh != null
        ? `${figures.csiLow}–${figures.csiHigh}`
        : null;
    return [{ key, label: { zh: FIGURE_LABELS.zh[key], en: FIGURE_LABELS.en[key] }, value, interval }];
  });
}

/**
 * What a certificate names, in each language. A name without its Chinese form (older certificates, names
 * never given one) is said in English in both, so no line is ever empty; `zhKnown` tells a layout whether the
 * Chinese line would only repeat the English one.
 */
export interface CertificateNames {
  enterprise: Bilingual & { zhKnown: boolean };
  campaign: Bilingual;
  category: Bilingual;
  industry: Bilingual | null;
  year: number;
}

const nonEmpty = (value: string | null | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export function certificateNames(c: CertificateContent): CertificateNames {
  const enterpriseZh = nonEmpty(c.enterpriseZh);
  return {
    enterprise: { zh: enterpriseZh ?? c.enterprise, en: c.enterprise, zhKnown: enterpriseZh !== null },
    campaign: { zh: nonEmpty(c.campaign.nameZh) ?? c.campaign.name, en: c.campaign.name },
    category: { zh: nonEmpty(c.category.nameZh) ?? c.category.name, en: c.category.name },
    industry: c.industry ? { zh: nonEmpty(c.industry.nameZh) ?? c.industry.name, en: c.industry.name } : null,
    year: c.campaign.year,
  };
}

/**
 * "Customer Care Awards 2027" already says its year; anything else gets it added, the Chinese way to a Chinese
 * name ("2027年度客户关怀奖") and the English way to any other (an English name standing in for a Chinese one).
 */
export const withYear = (name: string, year: number, lang: 'zh' | 'en'): string =>
  name.includes(String(year))
    ? name
    : lang === 'zh' && /[\u4e00-\u9fff]/.test(name)
      ? `${year}年度${name}`
      : `${name} ${year}`;
