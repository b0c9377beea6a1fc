import fc from 'fast-check';
import { daysFromCivil, parseIsoInstant } from './iso-instant';

/** The check it replaced: the regex, the calendar through Date.UTC, then Date.parse. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
function referenceCalendarTime(iso: string): boolean {
  const [y, mo, d, h, mi, se] = [0, 5, 8, 11, 14, 17].map((at) =>
    Number(iso.slice(at, at + (at === 0 ? 4 : 2))),
  );
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const second = iso.length > 17 && iso[16] === ':' ? se : 0;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth && h <= 23 && mi <= 59 && second <= 59;
}
const reference = (s: string) => (ISO_TIMESTAMP.test(s) && referenceCalendarTime(s) ? Date.parse(s) : NaN);

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
/** Mostly `n` digits below `max`, now and then any text of about that length. */
const part = (n: number, max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0')) },
    { weight: 1, arbitrary: digits(n) },
    { weight: 1, arbitrary: fc.string({ minLength: n - 1, maxLength: n + 1 }) },
  );
/** Mostly well-formed times near the calendar's edges; some parts any text. */
const timeLike = fc
  .tuple(
    fc.oneof(part(4, 9999), fc.constantFrom('0000', '0004', '0100', '1900', '2000', '2024', '2100', '9999')),
    part(2, 13),
    part(2, 32),
    fc.oneof(
      { weight: 12, arbitrary: fc.constant('T') },
      { weight: 1, arbitrary: fc.constantFrom('t', ' ') },
    ),
    part(2, 24),
    part(2, 60),
    fc.option(fc.tuple(part(2, 61), fc.option(fc.integer({ min: 0, max: 11 })))),
    fc.oneof(
      { weight: 4, arbitrary: fc.constant('Z') },
      { weight: 1, arbitrary: fc.constantFrom('z', '', '+', 'UTC') },
      {
        weight: 8,
        arbitrary: fc
          .tuple(fc.constantFrom('+', '-'), part(2, 25), fc.constantFrom(':', ':', '', '.'), part(2, 61))
          .map((parts) => parts.join('')),
      },
    ),
  )
  .chain(([y, mo, d, t, h, mi, seconds, zone]) =>
    (seconds === null
      ? fc.constant('')
      : seconds[1] === null
        ? fc.constant(`:${seconds[0]}`)
        : digits(seconds[1]).map((f) => `:${seconds[0]}.${f}`)
    ).map((s) => `${y}-${mo}-${d}${t}${h}:${mi}${s}${zone}`),
  );
/** A well-formed or spoiled time: one character replaced, dropped or added. */
const spoiled = fc
  .tuple(timeLike, fc.nat(), fc.constantFrom('', '0', '9', '-', ':', '+', 'Z', 'T', '.', ' '), fc.nat(2))
  .map(([s, i, c, kind]) => {
    const at = i % (s.length + 1);
    return kind === 0
      ? s.slice(0, at) + c + s.slice(at + 1)
      : kind === 1
        ? s.slice(0, at) + s.slice(at) + c
        : s;
  });

describe('parseIsoInstant against the regex, calendar and Date.parse it replaced', () => {
  it('gives the same instant, or NaN, for times near the calendar edges and spoiled ones', () => {
    fc.assert(
      fc.property(fc.oneof(timeLike, spoiled, fc.string({ maxLength: 40 })), (s) => {
        expect(parseIsoInstant(s)).toBe(reference(s)); // toBe treats NaN as NaN
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the documented example, fractions truncated, and refuses a day off the calendar', () => {
    expect(parseIsoInstant('2027-05-03T10:15:00+08:00')).toBe(Date.UTC(2027, 4, 3, 2, 15));
    expect(parseIsoInstant('2027-05-03T10:15:00.123999Z')).toBe(Date.UTC(2027, 4, 3, 10, 15, 0, 123));
    expect(parseIsoInstant('2027-05-03T10:15+0800')).toBe(Date.UTC(2027, 4, 3, 2, 15));
    expect(parseIsoInstant('2027-02-29T10:15Z')).toBeNaN();
    expect(parseIsoInstant('2028-02-29T10:15Z')).toBe(Date.UTC(2028, 1, 29, 10, 15));
    expect(parseIsoInstant('0000-02-29T00:00Z')).toBeNaN(); // as Date.UTC's 1900 judged it
  });

  it('counts days from 1970 as the calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }), (ms) => {
        const d = new Date(ms);
        expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(
          Math.floor(ms / 86_400_000),
        );
      }),
    );
  });
});
