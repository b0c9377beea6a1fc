/**
 * A submission time as the row check accepts it, read char by char instead of a regex, a calendar check and
 * Date.parse per row (17 % of an import's busy time went to checking rows). Accepted: `YYYY-MM-DDTHH:MM`,
 * optional `:SS` and `.` with 1-9 fraction digits, then `Z` or an offset `+HH:MM`, `+HHMM` (or `-`). The
 * answer is Date.parse's for the same text: milliseconds since the Unix epoch, the fraction truncated; NaN
 * for text of any other shape or a date not on the calendar.
 */

const DAY_MS = 86_400_000;

const digit = (text: string, at: number): number => {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Two digits at `at` as a number; -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const a = digit(text, at);
  const b = digit(text, at + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Days in the month as the check has always judged them: through Date.UTC, which reads years 0-99 as
 * 1900-1999, so 0000-02-29 is refused (1900 is no leap year) though the proleptic calendar has it.
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year < 100 ? year + 1900 : year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function parseIsoInstant(text: string): number {
  const n = text.length;
  if (n < 17) return NaN;
  const y1 = twoDigits(text, 0);
  const y2 = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (y1 < 0 || y2 < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN; // '-'
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return NaN; // 'T', ':'
  let at = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second < 0) return NaN;
    at += 3;
    if (text.charCodeAt(at) === 46) {
      // '.': 1-9 digits, of which the first three count
      const first = at + 1;
      at = first;
      while (at < n && at - first < 9 && digit(text, at) >= 0) {
        if (at - first < 3) millis += digit(text, at) * (at === first ? 100 : at === first + 1 ? 10 : 1);
        at++;
      }
      if (at === first) return NaN;
    }
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90) {
    // 'Z'
    if (at + 1 !== n) return NaN;
  } else if (zone === 43 || zone === 45) {
    // '+', '-'
    const offsetHour = twoDigits(text, at + 1);
    const colon = text.charCodeAt(at + 3) === 58 ? 1 : 0;
    const offsetMinute = twoDigits(text, at + 3 + colon);
    if (offsetHour < 0 || offsetMinute < 0 || at + 5 + colon !== n) return NaN;
    // Offsets past 23:59 are Date.parse's to judge, as they always were.
    if (offsetHour > 23 || offsetMinute > 59) return isCalendar() ? Date.parse(text) : NaN;
    offsetMinutes = (zone === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else return NaN;
  const year = y1 * 100 + y2;
  if (!isCalendar()) return NaN;
  return (
    daysFromCivil(year, month, day) * DAY_MS +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis
  );

  function isCalendar(): boolean {
    const y = y1 * 100 + y2;
    return (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(y, month) &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59
    );
  }
}
