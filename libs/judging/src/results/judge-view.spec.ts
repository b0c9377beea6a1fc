import fc from 'fast-check';
import { TWO_CRITERIA_RUBRIC } from '@app/testing';
import { advancementVisibleWithout, resultsWithout } from './judge-view';
import { AGGREGATION_METHODS } from './panel-aggregation';
import { roundResults, RoundResultsInput, SubmittedSheet } from './round-results';

const JUDGES = ['j1', 'j2', 'j3', 'j4'];
const HIDDEN = 'E0';

/** One entrant's sheets: which judges scored it and what they gave (s on 0-10, p on 0-100). */
const sheetsOf = (entrantId: string) =>
  fc
    .subarray(JUDGES, { minLength: 1 })
    .chain((judges) =>
      fc.tuple(
        ...judges.map((judgeId) =>
          fc
            .record({ s: fc.integer({ min: 0, max: 10 }), p: fc.integer({ min: 0, max: 100 }) })
            .map((values): SubmittedSheet => ({ judgeId, entrantId, values })),
        ),
      ),
    );

/** A random round whose entrant E0 is hidden from the viewer; E1.. are visible. */
const round = fc
  .record({
    visible: fc.integer({ min: 1, max: 5 }),
    method: fc.constantFrom(...AGGREGATION_METHODS),
    rule: fc.constantFrom(
      null,
      { kind: 'top-n' as const, n: 2, perIndustry: false },
      { kind: 'top-n' as const, n: 1, perIndustry: true },
      { kind: 'min-score' as const, score: 60 },
      { kind: 'min-band' as const, band: 'certified' },
    ),
    chairFirst: fc.boolean(),
    selfWeight: fc.constantFrom(0, 20),
  })
  .chain((shape) => {
    const ids = Array.from({ length: shape.visible }, (_, i) => `E${i + 1}`);
    return fc.record({
      shape: fc.constant(shape),
      visibleSheets: fc.tuple(...ids.map(sheetsOf)).map((all) => all.flat()),
      hiddenA: sheetsOf(HIDDEN),
      hiddenB: sheetsOf(HIDDEN),
      selfA: fc.integer({ min: 0, max: 100 }),
      selfB: fc.integer({ min: 0, max: 100 }),
    });
  });

function inputOf(
  shape: {
    visible: number;
    method: RoundResultsInput['method'];
    rule: RoundResultsInput['advancementRule'];
  } & {
    chairFirst: boolean;
    selfWeight: number;
  },
  sheets: SubmittedSheet[],
  hiddenSelf: number,
): RoundResultsInput {
  const ids = [HIDDEN, ...Array.from({ length: shape.visible }, (_, i) => `E${i + 1}`)];
  return {
    rubric: TWO_CRITERIA_RUBRIC,
    entrants: ids.map((entrantId, i) => ({ entrantId, industryCode: i % 2 ? 'telecom' : 'finance' })),
    sheets,
    missingSheets: [{ entrantId: HIDDEN, judgeId: 'j4' }],
    method: shape.method,
    disagreementThreshold: 15,
    tieBreak: ['heaviest-category', 'lower-spread', 'chair-decision'],
    chairOrder: shape.chairFirst ? ids : [...ids].reverse(),
    selfAssessment: new Map([[HIDDEN, hiddenSelf]]),
    selfAssessmentWeight: shape.selfWeight,
    advancementRule: shape.rule,
  };
}

describe('a conflicted judge’s view of the results', () => {
  it('is byte-identical whatever the hidden entrant’s sheets hold', () => {
    fc.assert(
      fc.property(round, ({ shape, visibleSheets, hiddenA, hiddenB, selfA, selfB }) => {
        const a = resultsWithout(inputOf(shape, [...hiddenA, ...visibleSheets], selfA), new Set([HIDDEN]));
        const b = resultsWithout(inputOf(shape, [...visibleSheets, ...hiddenB], selfB), new Set([HIDDEN]));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 300 },
    );
  });

  it('is the round computed as if the hidden entrant never existed: no trace of it, ranks without gaps', () => {
    fc.assert(
      fc.property(round, ({ shape, visibleSheets, hiddenA, selfA }) => {
        const full = inputOf(shape, [...hiddenA, ...visibleSheets], selfA);
        const view = resultsWithout(full, new Set([HIDDEN]));
        expect(JSON.stringify(view)).not.toContain(HIDDEN);
        // The judges' sheet counts cover the visible sheets only.
        expect(view.judges.reduce((n, j) => n + j.sheets, 0)).toBe(visibleSheets.length);
        // Competition ranking over the visible entrants: 1, then each rank is its place or its tied neighbour's.
        view.entrants.forEach((e, i) => {
          expect(e.rank === i + 1 || (i > 0 && e.rank === view.entrants[i - 1].rank)).toBe(true);
        });
        // The same as a round built without it from the start (a top-N advancement withheld, see judge-view.ts).
        const never: RoundResultsInput = {
          ...full,
          entrants: full.entrants.filter((e) => e.entrantId !== HIDDEN),
          sheets: visibleSheets,
          missingSheets: [],
          chairOrder: (full.chairOrder ?? []).filter((id) => id !== HIDDEN),
          selfAssessment: new Map(),
          advancementRule: advancementVisibleWithout(shape.method, shape.rule) ? shape.rule : null,
        };
        expect(view).toEqual(roundResults(never));
      }),
      { numRuns: 200 },
    );
  });

  it('gives an advancement decision only where it is the real one, whatever the hidden entrant holds', () => {
    // Under z-score each judge's mean and sd take in the hidden entrant's sheets, so a minimum score or band
    // recomputed without it can differ from the round's real decision: the view must then withhold it.
    fc.assert(
      fc.property(round, ({ shape, visibleSheets, hiddenA, selfA }) => {
        const full = inputOf(shape, [...hiddenA, ...visibleSheets], selfA);
        const real = new Map(roundResults(full).entrants.map((e) => [e.entrantId, e]));
        const view = resultsWithout(full, new Set([HIDDEN]));
        const withheld = shape.rule === null || shape.rule.kind === 'top-n' || shape.method === 'z-score';
        for (const e of view.entrants) {
          if (withheld) {
            expect([e.advances, e.advancementReason]).toEqual([null, null]);
          } else {
            expect([e.entrantId, e.advances]).toEqual([e.entrantId, real.get(e.entrantId)!.advances]);
            expect(e.advances).not.toBeNull();
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('withholds a minimum score under z-score, where the recomputed decision would differ from the real one', () => {
    // j1 and j2 each gave the hidden entrant 0 and E1 66. Without the hidden sheets each judge has a single
    // sheet, which normalises to the round mean (66, through); with them E1 normalises to 59.94 (not through).
    const full: RoundResultsInput = {
      ...inputOf(
        {
          visible: 1,
          method: 'z-score',
          rule: { kind: 'min-score', score: 60 },
          chairFirst: true,
          selfWeight: 0,
        },
        [
          { judgeId: 'j1', entrantId: HIDDEN, values: { s: 0, p: 0 } },
          { judgeId: 'j1', entrantId: 'E1', values: { s: 7, p: 60 } },
          { judgeId: 'j2', entrantId: HIDDEN, values: { s: 0, p: 0 } },
          { judgeId: 'j2', entrantId: 'E1', values: { s: 7, p: 60 } },
        ],
        0,
      ),
      missingSheets: [],
    };
    const realE1 = roundResults(full).entrants.find((e) => e.entrantId === 'E1')!;
    const recomputed = roundResults({
      ...full,
      entrants: full.entrants.slice(1),
      sheets: full.sheets.slice(1).filter((s) => s.entrantId === 'E1'),
    });
    expect(realE1.advances).toBe(false);
    expect(recomputed.entrants[0].advances).toBe(true);
    const view = resultsWithout(full, new Set([HIDDEN]));
    expect(view.entrants.map((e) => [e.entrantId, e.advances, e.advancementReason])).toEqual([
      ['E1', null, null],
    ]);
  });

  it('leaks what the full results would: a co-judge’s total on the hidden entrant follows from judges[]', () => {
    // Why the view must be recomputed rather than filtered: j1 scored A (hidden) and B. From the full results'
    // judges[] (j1's mean over 2 sheets) and B's row, j1's total on A is 2 x mean - total on B.
    const full: RoundResultsInput = {
      ...inputOf(
        { visible: 1, method: 'mean', rule: null, chairFirst: true, selfWeight: 0 },
        [
          { judgeId: 'j1', entrantId: HIDDEN, values: { s: 9, p: 80 } },
          { judgeId: 'j1', entrantId: 'E1', values: { s: 5, p: 40 } },
        ],
        0,
      ),
      missingSheets: [],
    };
    const everything = roundResults(full);
    const j1 = everything.judges.find((j) => j.judgeId === 'j1')!;
    const onB = everything.entrants.find((e) => e.entrantId === 'E1')!.totals[0].total;
    expect(2 * j1.mean - onB).toBe(86);
    const view = resultsWithout(full, new Set([HIDDEN]));
    expect(view.judges).toEqual([{ judgeId: 'j1', sheets: 1, mean: 46, sd: 0, offsetFromPanel: null }]);
    expect(view.entrants.map((e) => [e.entrantId, e.rank])).toEqual([['E1', 1]]);
  });
});
