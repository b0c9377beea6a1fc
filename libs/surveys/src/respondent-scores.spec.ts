import fc from 'fast-check';
import { DEFAULT_METHODOLOGY, InstrumentItem, SCORED_CONSTRUCTS } from './methodology';
import { constructScore, MICRO, npsCategory, respondentScores } from './respondent-scores';

const { items, parameters } = DEFAULT_METHODOLOGY;
const answersFor = (values: Record<string, number>) => items.map((item) => values[item.key] ?? null);

describe('per-respondent scores', () => {
  it('rescales 1-10 items the ACSI way: (8 + 7 + 9 - 3) / 27 * 100 = 77.777778', () => {
    const answers = answersFor({ SAT1: 8, SAT2: 7, SAT3: 9 });
    expect(constructScore(items, answers, 'satisfaction')).toBe(77_777_778);
  });

  it('averages over the answered items only', () => {
    // (10 - 1) / 9 and (4 - 1) / 9 -> (100 + 33.333333) / 2 = 66.666667
    expect(constructScore(items, answersFor({ SAT1: 10, SAT3: 4 }), 'satisfaction')).toBe(66_666_667);
  });

  it('mixes scales: LOY1 on 1-10 and LOY2 on 0-10', () => {
    // (7 - 1) / 9 = 0.666667 and 5 / 10 = 0.5 -> 58.333333
    expect(constructScore(items, answersFor({ LOY1: 7, LOY2: 5 }), 'loyalty')).toBe(58_333_333);
  });

  it('applies weights and reverse keying', () => {
    const custom: InstrumentItem[] = [
      { key: 'A', construct: 'quality', scaleMin: 1, scaleMax: 5, weight: 3 },
      { key: 'B', construct: 'quality', scaleMin: 1, scaleMax: 5, weight: 1, reverse: true },
    ];
    // A = 5 -> 1.0 (weight 3); B = 2 reversed is 4 -> 0.75 (weight 1): (3 + 0.75) / 4 = 93.75
    expect(constructScore(custom, [5, 2], 'quality')).toBe(93_750_000);
  });

  it('is null for a construct nobody answered', () => {
    expect(constructScore(items, answersFor({ SAT1: 5 }), 'image')).toBeNull();
  });

  it('puts LOY2 into the NPS bands 9-10, 7-8, 0-6', () => {
    expect([10, 9, 8, 7, 6, 0].map((x) => npsCategory(x, parameters))).toEqual([
      'promoter',
      'promoter',
      'passive',
      'passive',
      'detractor',
      'detractor',
    ]);
    expect(npsCategory(null, parameters)).toBeNull();
  });

  it('reads the complaint item as yes/no', () => {
    expect(respondentScores(items, answersFor({ SAT1: 5, CMP: 1 }), parameters).complained).toBe(true);
    expect(respondentScores(items, answersFor({ SAT1: 5, CMP: 0 }), parameters).complained).toBe(false);
    expect(respondentScores(items, answersFor({ SAT1: 5 }), parameters).complained).toBeNull();
  });

  it('keeps every construct score within [0, 100] for any answers on the scales', () => {
    const answer = (item: InstrumentItem) =>
      fc.option(fc.integer({ min: item.scaleMin, max: item.scaleMax }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(...items.map(answer)), (answers) => {
        const { scores } = respondentScores(items, answers, parameters);
        for (const c of SCORED_CONSTRUCTS) {
          const s = scores[c];
          if (s !== null) {
            expect(Number.isInteger(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100 * MICRO);
          }
        }
      }),
    );
  });
});
