import fc from 'fast-check';
import { parseWholeNumber } from './whole-number';

/** The check it replaced. */
const INTEGER = /^-?\d{1,6}$/;
const reference = (v: string) => (INTEGER.test(v.trim()) ? Number(v.trim()) : undefined);

describe('parseWholeNumber against the regex and Number() it replaced', () => {
  it('accepts and reads exactly what they did', () => {
    const cell = fc.oneof(
      fc.integer({ min: -9_999_999, max: 9_999_999 }).map(String),
      fc.string({ unit: fc.constantFrom(...'-0123456789 .e+x\t\u00a0\u0661'), maxLength: 9 }),
      fc.string({ maxLength: 9 }),
    );
    fc.assert(
      fc.property(cell, (v) => {
        expect(Object.is(parseWholeNumber(v), reference(v))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('keeps -0 and trims spaces', () => {
    expect(Object.is(parseWholeNumber('-0'), -0)).toBe(true);
    expect(parseWholeNumber(' 42 ')).toBe(42);
    expect(parseWholeNumber('1234567')).toBeUndefined();
    expect(parseWholeNumber('-')).toBeUndefined();
  });
});
