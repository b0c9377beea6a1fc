import { localeOf, type Language } from '../i18n/i18n';

/**
 * A deadline in the campaign's time zone, the zone named. Spelled out field by field because browsers refuse
 * dateStyle/timeStyle together with timeZoneName (Chromium: "Invalid option").
 */
export function formatDeadline(
  value: string | null | undefined,
  timeZone: string,
  language: Language,
): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
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
