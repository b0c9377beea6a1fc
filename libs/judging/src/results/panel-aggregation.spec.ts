import fc from 'fast-check';
import { intraclassCorrelation, judgeDiagnostics } from './judge-agreement';
import {
  aggregateRound,
  median,
  SheetTotal,
  trimmedMean,
  mean,
  withSelfAssessment,
  zScoreNormalise,
} from './panel-aggregation';

const sheetsOf = (rows: [string, string, number][]): SheetTotal[] =>
  rows.map(([judgeId, entrantId, total]) => ({ judgeId, entrantId, total }));

/** Lenient L gives 90/80/70 (mean 80, sd 10), harsh H 60/50/40 (mean 50, sd 10), to the same three entrants. */
const LENIENT_AND_HARSH = sheetsOf([
  ['L', 'e1', 90],
  ['L', 'e2', 80],
  ['L', 'e3', 70],
  ['H', 'e1', 60],
  ['H', 'e2', 50],
  ['H', 'e3', 40],
]);

describe('aggregation methods (hand-computed)', () => {
  it('five judges: mean 69.2, trimmed mean 69 (drops 40 and 99), median 70', () => {
    const xs = [40, 62, 70, 75, 99];
    expect(mean(xs)).toBeCloseTo(69.2, 10);
    expect(trimmedMean(xs)).toBeCloseTo(69, 10);
    expect(median(xs)).toBe(70);
  });

  it('four judges: trimmed mean and median both 75.5 from 50, 70, 81, 96; mean 74.25', () => {
    const xs = [96, 50, 81, 70];
    expect(mean(xs)).toBeCloseTo(74.25, 10);
    expect(trimmedMean(xs)).toBeCloseTo(75.5, 10);
    expect(median(xs)).toBeCloseTo(75.5, 10);
  });

  it('three judges: nothing is trimmed', () => {
    expect(trimmedMean([60, 70, 95])).toBe(75);
  });

  it('flags disagreement when the spread exceeds the threshold', () => {
    const sheets = sheetsOf([
      ['j1', 'e1', 60],
      ['j2', 'e1', 81],
      ['j1', 'e2', 70],
      ['j2', 'e2', 75],
    ]);
    const result = aggregateRound(sheets, 'mean', 20);
    expect(result.map((r) => [r.entrantId, r.score, r.spread, r.disagreement])).toEqual([
      ['e1', 70.5, 21, true],
      ['e2', 72.5, 5, false],
    ]);
  });
});

describe('z-score normalisation', () => {
  // Round: mean 65, sample sd sqrt(1750 / 5) = 18.708287. Both judges' z are +1, 0, -1.
  const sheets = LENIENT_AND_HARSH;

  it('removes leniency and harshness: both judges agree after normalising', () => {
    const z = zScoreNormalise(sheets);
    expect(z.get(sheets[0])).toBeCloseTo(83.708287, 6);
    expect(z.get(sheets[3])).toBeCloseTo(83.708287, 6);
    expect(z.get(sheets[1])).toBeCloseTo(65, 10);
    expect(z.get(sheets[5])).toBeCloseTo(46.291713, 6);
    const round = aggregateRound(sheets, 'z-score', 100);
    expect(round.map((r) => r.score)).toEqual([83.708287, 65, 46.291713]);
  });

  it('a judge who gave everyone the same total normalises to the round mean', () => {
    const flat = sheetsOf([
      ['F', 'e1', 70],
      ['F', 'e2', 70],
      ['G', 'e1', 80],
      ['G', 'e2', 60],
    ]);
    expect(zScoreNormalise(flat).get(flat[0])).toBeCloseTo(70, 10);
  });

  it('orders a full panel the same after any judge is made more lenient or harsher (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 1, max: 3 }),
        (grid, shift, scale) => {
          const base = grid.flatMap((row, j) =>
            row.map((t, e) => ({ judgeId: `j${j}`, entrantId: `e${e}`, total: t })),
          );
          const moved = base.map((s) => (s.judgeId === 'j0' ? { ...s, total: s.total * scale + shift } : s));
          // Each entrant's place: how many entrants score clearly below it.
          const order = (sheets: SheetTotal[]) => {
            const scores = aggregateRound(sheets, 'z-score', 100).map((r) => r.score);
            return scores.map((score) => scores.filter((o) => o < score - 1e-6).length);
          };
          expect(order(moved)).toEqual(order(base));
        },
      ),
    );
  });
});

describe('self-assessment beside the panel', () => {
  it('is shown and only mixed by its published weight', () => {
    expect(withSelfAssessment(70, 90, 0)).toEqual({
      panelScore: 70,
      selfAssessmentScore: 90,
      selfAssessmentWeight: 0,
      score: 70,
    });
    expect(withSelfAssessment(70, 90, 20).score).toBe(74);
  });
});

describe('inter-rater agreement and judge diagnostics', () => {
  it('ICC(1) of Shrout & Fleiss (1979) table 2 is 0.166 (MSB 11.24, MSW 6.26)', () => {
    const data = [
      [9, 2, 5, 8],
      [6, 1, 3, 2],
      [8, 4, 6, 8],
      [7, 1, 2, 6],
      [10, 5, 6, 9],
      [6, 2, 4, 7],
    ];
    const sheets = data.flatMap((row, t) =>
      row.map((x, j) => ({ judgeId: `j${j}`, entrantId: `t${t}`, total: x })),
    );
    expect(intraclassCorrelation(sheets)).toBeCloseTo(0.165742, 6);
  });

  it('is 1 when judges agree exactly, null with a single entrant', () => {
    const same = sheetsOf([
      ['a', 'e1', 50],
      ['b', 'e1', 50],
      ['a', 'e2', 80],
      ['b', 'e2', 80],
    ]);
    expect(intraclassCorrelation(same)).toBe(1);
    expect(intraclassCorrelation(same.slice(0, 2))).toBeNull();
  });

  it('shows the lenient and the harsh judge against the panel', () => {
    expect(judgeDiagnostics(LENIENT_AND_HARSH)).toEqual([
      { judgeId: 'H', sheets: 3, mean: 50, sd: 10, offsetFromPanel: -30 },
      { judgeId: 'L', sheets: 3, mean: 80, sd: 10, offsetFromPanel: 30 },
    ]);
  });
});
