import { localeOf, type Language } from '../i18n/locale';

type Moment = string | Date | null | undefined;

/** The date a moment names, or null when there is none or it cannot be read (never "Invalid Date"). */
function readableDate(value: Moment): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A moment as the campaign's organizers and entrants read it: in the campaign's time zone (a deadline at
 * 18:00 Beijing time reads 18:00 wherever the judge is), with the zone named so nobody guesses.
 */
export function formatDateTime(value: Moment, timeZone: string, language: Language): string {
  const date = readableDate(value);
  if (!date) return '—';
  // Intl refuses dateStyle/timeStyle together with timeZoneName, so the parts are spelled out.
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(date);
}

export function formatDate(value: Moment, timeZone: string, language: Language): string {
  const date = readableDate(value);
  if (!date) return '—';
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
