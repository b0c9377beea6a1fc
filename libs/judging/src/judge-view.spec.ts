import fc from 'fast-check';
import { TWO_CRITERIA_RUBRIC } from '@app/testing';
import { resultsWithout } from './judge-view';
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
      { kind: 'min-score' as const, score: 60 },
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
          advancementRule: shape.rule?.kind === 'top-n' ? null : shape.rule,
        };
        expect(view).toEqual(roundResults(never));
      }),
      { numRuns: 200 },
    );
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
