import fc from 'fast-check';
import { TWO_CRITERIA_RUBRIC } from '@app/testing';
import { RubricContent } from '../rubrics/rubric';
import { roundResults, RoundResultsInput, SubmittedSheet } from './round-results';

const RUBRIC: RubricContent = TWO_CRITERIA_RUBRIC;

const sheet = (judgeId: string, entrantId: string, s: number, p: number): SubmittedSheet => ({
  judgeId,
  entrantId,
  values: { s, p },
});

/**
 * Hand-computed totals (60 x s/10 + 40 x p/100):
 *   j1: A 8/50 -> 68, B 9/30 -> 66, C 5/50 -> 50
 *   j2: A 7/60 -> 66, B 8/50 -> 68, C 6/40 -> 52
 * Means: A 67, B 67, C 51; every spread is 2. D has no sheet.
 */
const SHEETS = [
  sheet('j1', 'A', 8, 50),
  sheet('j1', 'B', 9, 30),
  sheet('j1', 'C', 5, 50),
  sheet('j2', 'A', 7, 60),
  sheet('j2', 'B', 8, 50),
  sheet('j2', 'C', 6, 40),
];

const input = (overrides: Partial<RoundResultsInput> = {}): RoundResultsInput => ({
  rubric: RUBRIC,
  entrants: ['A', 'B', 'C', 'D'].map((entrantId) => ({
    entrantId,
    industryCode: entrantId === 'C' ? 'finance' : 'telecom',
  })),
  sheets: SHEETS,
  missingSheets: [{ entrantId: 'D', judgeId: 'j1' }],
  method: 'mean',
  disagreementThreshold: 15,
  tieBreak: ['heaviest-category', 'lower-spread', 'chair-decision'],
  chairOrder: null,
  selfAssessment: new Map(),
  selfAssessmentWeight: 0,
  advancementRule: { kind: 'top-n', n: 2, perIndustry: false },
  ...overrides,
});

describe('round results (hand-computed)', () => {
  it('scores, category means, weakest category, band, tie broken by the heaviest category, advancement', () => {
    const r = roundResults(input());
    expect(r.entrants.map((e) => [e.entrantId, e.score, e.rank, e.decidedBy, e.band, e.advances])).toEqual([
      // B and A tie at 67; service (weight 60) is B 85 % against A 75 %.
      ['B', 67, 1, null, 'certified', true],
      ['A', 67, 2, 'heaviest-category', 'certified', true],
      ['C', 51, 3, 'score', 'conditional', false],
    ]);
    const a = r.entrants.find((e) => e.entrantId === 'A')!;
    expect(a.categories).toEqual([
      { code: 'service', weight: 60, percent: 75 },
      { code: 'people', weight: 40, percent: 55 },
    ]);
    expect(a.weakestCategory).toBe('people');
    expect(a.totals).toEqual([
      { judgeId: 'j1', total: 68, normalised: null },
      { judgeId: 'j2', total: 66, normalised: null },
    ]);
    expect(a.spread).toBe(2);
    expect(a.disagreement).toBe(false);
    expect(r.unscored).toEqual(['D']);
    expect(r.missingSheets).toEqual([{ entrantId: 'D', judgeId: 'j1' }]);
    expect(r.entrants.find((e) => e.entrantId === 'C')!.advancementReason).toBe(
      'rank 3 overall outside the top 2',
    );
  });

  it('judge diagnostics and ICC(1): MSB 170.667, MSW 2, k 2 -> 168.667 / 172.667', () => {
    const r = roundResults(input());
    expect(r.interRaterAgreement).toBeCloseTo(168.666667 / 172.666667, 5);
    expect(r.judges).toEqual([
      { judgeId: 'j1', sheets: 3, mean: 61.333333, sd: expect.any(Number), offsetFromPanel: -0.666667 },
      { judgeId: 'j2', sheets: 3, mean: 62, sd: expect.any(Number), offsetFromPanel: 0.666667 },
    ]);
  });

  it('a self-assessment counts only by its published weight: A 0.9 x 67 + 0.1 x 90 = 69.3', () => {
    const r = roundResults(input({ selfAssessment: new Map([['A', 90]]), selfAssessmentWeight: 10 }));
    const a = r.entrants[0];
    expect([a.entrantId, a.panelScore, a.selfAssessmentScore, a.score, a.decidedBy]).toEqual([
      'A',
      67,
      90,
      69.3,
      null,
    ]);
    // With weight 0 the self-assessment is shown, not mixed.
    const shown = roundResults(input({ selfAssessment: new Map([['A', 90]]) }));
    const a0 = shown.entrants.find((e) => e.entrantId === 'A')!;
    expect([a0.selfAssessmentScore, a0.score]).toEqual([90, 67]);
  });

  it('the chair decides only when asked to, and unresolved ties share a rank', () => {
    const chairOnly = input({ tieBreak: ['chair-decision'] });
    const unresolved = roundResults(chairOnly);
    expect(unresolved.entrants.slice(0, 2).map((e) => [e.rank, e.decidedBy])).toEqual([
      [1, null],
      [1, 'unresolved'],
    ]);
    // Both tied at the cut-off of a top-1 rule: both go through.
    const cut = roundResults({ ...chairOnly, advancementRule: { kind: 'top-n', n: 1, perIndustry: false } });
    expect(cut.entrants.filter((e) => e.advances).map((e) => e.entrantId)).toEqual(['A', 'B']);
    const decided = roundResults({ ...chairOnly, chairOrder: ['A', 'B'] });
    expect(decided.entrants.slice(0, 2).map((e) => [e.entrantId, e.rank, e.decidedBy])).toEqual([
      ['A', 1, null],
      ['B', 2, 'chair-decision'],
    ]);
  });

  it('top N per industry and minimum band rules', () => {
    const perIndustry = roundResults(input({ advancementRule: { kind: 'top-n', n: 1, perIndustry: true } }));
    expect(perIndustry.entrants.filter((e) => e.advances).map((e) => e.entrantId)).toEqual(['B', 'C']);
    const band = roundResults(input({ advancementRule: { kind: 'min-band', band: 'certified' } }));
    expect(band.entrants.filter((e) => e.advances).map((e) => e.entrantId)).toEqual(['B', 'A']);
    const none = roundResults(input({ advancementRule: null }));
    expect(none.entrants.every((e) => e.advances === null)).toBe(true);
  });

  it('a removed entrant’s sheets do not count', () => {
    const r = roundResults(input({ entrants: [{ entrantId: 'A', industryCode: 'telecom' }] }));
    expect(r.entrants.map((e) => e.entrantId)).toEqual(['A']);
    expect(r.judges.map((j) => j.sheets)).toEqual([1, 1]);
  });
});

describe('round results (properties)', () => {
  const sheetsArb = fc
    .array(
      fc.record({
        judge: fc.integer({ min: 1, max: 4 }),
        entrant: fc.integer({ min: 1, max: 6 }),
        s: fc.integer({ min: 0, max: 10 }),
        p: fc.integer({ min: 0, max: 100 }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) => {
      const unique = new Map(rows.map((r) => [`${r.judge}:${r.entrant}`, r]));
      return [...unique.values()].map((r) => sheet(`j${r.judge}`, `e${r.entrant}`, r.s, r.p));
    });
  const entrants = [1, 2, 3, 4, 5, 6].map((i) => ({ entrantId: `e${i}`, industryCode: 'telecom' }));

  it('every method gives scores on 0-100 with a band, ranks that follow the scores, and ignores sheet order', () => {
    fc.assert(
      fc.property(
        sheetsArb,
        fc.constantFrom('mean', 'trimmed-mean', 'median', 'z-score' as const),
        (sheets, method) => {
          const base = input({ entrants, sheets, method, missingSheets: [] });
          const r = roundResults(base);
          for (const e of r.entrants) {
            expect(e.score).toBeGreaterThanOrEqual(0);
            expect(e.score).toBeLessThanOrEqual(100);
          }
          for (let i = 1; i < r.entrants.length; i++) {
            expect(r.entrants[i].rank).toBeGreaterThanOrEqual(r.entrants[i - 1].rank);
            expect(Math.round(r.entrants[i].score * 100)).toBeLessThanOrEqual(
              Math.round(r.entrants[i - 1].score * 100),
            );
          }
          const reversed = roundResults({ ...base, sheets: [...sheets].reverse() });
          expect(reversed).toEqual(r);
        },
      ),
      { numRuns: 200 },
    );
  });
});
