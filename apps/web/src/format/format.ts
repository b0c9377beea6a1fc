import { localeOf, type Language } from '../i18n/i18n';

/**
 * A moment as the campaign's organizers and entrants read it: in the campaign's time zone (a deadline at
 * 18:00 Beijing time reads 18:00 wherever the judge is), with the zone named so nobody guesses.
 */
export function formatDateTime(
  value: string | Date | null | undefined,
  timeZone: string,
  language: Language,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '—';
  // Intl refuses timeZoneName beside dateStyle/timeStyle (a TypeError that took the whole page down), so the
  // parts are named one by one.
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

export function formatDate(
  value: string | Date | null | undefined,
  timeZone: string,
  language: Language,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'medium' }).format(date);
}

/** A number per the reader's locale, with a fixed number of decimals when the figure is published that way. */
export function formatNumber(
  value: number | null | undefined,
  language: Language,
  decimals?: number,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals ?? 2,
  }).format(value);
}

export function formatPercent(value: number | null | undefined, language: Language, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${formatNumber(value, language, decimals)}%`;
}

/** The time zone of the person's browser, for pages that show no campaign (their account, say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
