/**
 * Schedule times are typed as wall-clock times in the campaign's time zone (a form's datetime-local field),
 * whatever zone the organizer's browser is in. These convert between that and instants.
 */

function wallClockParts(instant: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function zoneOffset(instant: Date, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** `2027-03-01T09:30` (or with seconds, `09:30:15`) in `Asia/Shanghai` -> the instant, as ISO 8601 (null for an empty or invalid value). */
export function wallClockToInstant(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  // The offset at the guess can differ from the offset at the answer around a change of summer time.
  let instant = guess - zoneOffset(new Date(guess), timeZone);
  instant = guess - zoneOffset(new Date(instant), timeZone);
  return new Date(instant).toISOString();
}

/** An instant -> `YYYY-MM-DDTHH:mm[:ss]` on the zone's wall clock, for a datetime-local field ('' for none). */
export function instantToWallClock(value: string | null | undefined, timeZone: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const p = wallClockParts(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  // Seconds only when there are some: a schedule typed here keeps whole minutes, an early move does not.
  const seconds = p.second ? `:${two(p.second)}` : '';
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}${seconds}`;
}
