import { bandText, FIGURE_LABELS } from '@app/awards';
import { announcementDate } from '../certificate-text';
import type { Lang } from './site-text';

/**
 * How the site writes dates, counts and figures in each language. Dates are the day in China (UTC+8), where
 * the association announces, written as the certificates write them: one function, so a page and a
 * certificate never state different days.
 */
const COUNT = { en: new Intl.NumberFormat('en-GB'), zh: new Intl.NumberFormat('zh-CN') };

export const dateText = (iso: string, lang: Lang): string => announcementDate(iso)[lang];
export const countText = (n: number, lang: Lang): string => COUNT[lang].format(n);

/** A published figure as published: one decimal always shown (84 is "84.0"), a dash when there is none. */
export const figure = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : value.toFixed(1);

/** "82.9–85.5", or null when the interval was not published. */
export const intervalText = (
  low: number | null | undefined,
  high: number | null | undefined,
): string | null =>
  low === null || low === undefined || high === null || high === undefined
    ? null
    : `${figure(low)}–${figure(high)}`;

/** A name in the reader's language when it has one there, else the one it has. */
export const nameIn = (lang: Lang, en: string, zh: string | null | undefined): string =>
  lang === 'zh' && zh ? zh : en;

const SURVEY_FIGURES = new Set(['csi', 'cli', 'nps']);

/**
 * A winner's figures in words: "CSI 94.4 (95 % 90.8–98.1) · CLI 83.9 · NPS 50 · n 12". Figures are written
 * exactly as published: a panel score keeps the precision its round ranked on.
 */
export function figureText(f: Record<string, number | string | null>, lang: Lang): string {
  const parts = Object.entries(FIGURE_LABELS[lang]).flatMap(([key, label]) => {
    const raw = f[key];
    if (raw === null || raw === undefined) return [];
    // Survey figures to the published decimal (84 is "84.0", as in the tables); a panel score exactly as
    // published, at the precision its round ranked on.
    const v =
      key === 'band' ? bandText(String(raw), lang) : SURVEY_FIGURES.has(key) ? figure(raw as number) : raw;
    const interval = key === 'csi' ? intervalText(f.csiLow as number, f.csiHigh as number) : null;
    const note = interval ? (lang === 'zh' ? `（95% ${interval}）` : ` (95 % ${interval})`) : '';
    return [`${label} ${v}${note}`];
  });
  return parts.join(' · ');
}

/** A path of the site in a language: English is the default, Chinese adds `lang=zh` to the query. */
export function withLang(path: string, lang: Lang, query: Record<string, string> = {}): string {
  const q = new URLSearchParams(query);
  if (lang === 'zh') q.set('lang', 'zh');
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
