import { DEFAULT_METHODOLOGY, InstrumentItem } from './methodology';
import { countFlags, responseQuality, SOFT_FLAGS, speedingThreshold } from './response-quality';

const { items, parameters } = DEFAULT_METHODOLOGY;
const answersFor = (values: Record<string, number>) => items.map((item) => values[item.key] ?? null);
const without = (keys: string[]) =>
  Object.fromEntries(Object.entries(full).filter(([k]) => !keys.includes(k))) as Record<string, number>;
const full: Record<string, number> = {
  IMG: 7,
  EXP: 6,
  QUA1: 8,
  QUA2: 7,
  QUA3: 8,
  VAL1: 6,
  VAL2: 7,
  SAT1: 8,
  SAT2: 7,
  SAT3: 6,
  CMP: 0,
  LOY1: 8,
  LOY2: 9,
};

describe('response quality rules', () => {
  it('accepts a complete, varied response', () => {
    expect(responseQuality(items, answersFor(full), parameters)).toEqual({ exclusion: null, flags: 0 });
  });

  it('excludes fewer than 2 of the 3 satisfaction items', () => {
    const rest = without(['SAT2', 'SAT3']);
    expect(responseQuality(items, answersFor(rest), parameters).exclusion).toBe('too-few-satisfaction-items');
    const twoOfThree = without(['SAT3']);
    expect(responseQuality(items, answersFor(twoOfThree), parameters).exclusion).toBeNull();
  });

  it('excludes more than 20 % of the 12 scored items missing (3 missing is 25 %, 2 is 16.7 %)', () => {
    const threeMissing = without(['IMG', 'EXP', 'VAL1']);
    expect(responseQuality(items, answersFor(threeMissing), parameters).exclusion).toBe('too-many-missing');
    const twoMissing = without(['IMG', 'EXP']);
    expect(responseQuality(items, answersFor(twoMissing), parameters).exclusion).toBeNull();
  });

  it('flags straight-lining but excludes only with a second soft flag', () => {
    const same = Object.fromEntries(Object.keys(full).map((k) => [k, k === 'CMP' ? 0 : 7]));
    const alone = responseQuality(items, answersFor(same), parameters);
    expect(alone).toEqual({ exclusion: null, flags: SOFT_FLAGS.straightLining });

    const withAttention: InstrumentItem[] = [
      ...items,
      { key: 'ATT', construct: 'attention', scaleMin: 1, scaleMax: 5, weight: 1, expected: 2 },
    ];
    const both = responseQuality(withAttention, [...answersFor(same), 4], parameters);
    expect(both.flags).toBe(SOFT_FLAGS.straightLining | SOFT_FLAGS.failedAttention);
    expect(countFlags(both.flags)).toBe(2);
    expect(both.exclusion).toBe('soft-flags');
  });

  it('counts each soft flag set, none twice', () => {
    const { straightLining: s, failedAttention: a, contradiction: c } = SOFT_FLAGS;
    expect([0, s, a, c, s | a, s | c, a | c, s | a | c].map(countFlags)).toEqual([0, 1, 1, 1, 2, 2, 2, 3]);
  });

  it('flags the published contradiction: SAT1 = 10 with LOY1 = 1 is a 100-point gap (> 80)', () => {
    const q = responseQuality(items, answersFor({ ...full, SAT1: 10, LOY1: 1 }), parameters);
    expect(q).toEqual({ exclusion: null, flags: SOFT_FLAGS.contradiction });
    // 10 vs 3: 100 - 22.2 = 77.8 points, not a contradiction
    expect(responseQuality(items, answersFor({ ...full, SAT1: 10, LOY1: 3 }), parameters).flags).toBe(0);
  });

  it('puts the speeding threshold at 40 % of the median', () => {
    expect(speedingThreshold(300, parameters)).toBe(120);
    expect(speedingThreshold(null, parameters)).toBeNull();
  });
});
