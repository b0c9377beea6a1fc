import fc from 'fast-check';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { DEFAULT_METHODOLOGY, MICRO, respondentScores } from '@app/surveys';
import { holmAdjust } from './holm';
import { industryAggregate } from './industry-aggregate';
import { medianOfHistogram } from './median';
import { npsWithInterval } from './nps';
import { addResponse, emptyTotals, mergeTotals } from './running-totals';
import { meanWithInterval } from './summary-statistics';
import { welchOneSided } from './welch-test';

const { items, parameters } = DEFAULT_METHODOLOGY;
const answersFor = (values: Record<string, number>) => items.map((item) => values[item.key] ?? null);
const totalsOf = (scores: number[]) => ({
  n: scores.length,
  sum: scores.reduce((s, x) => s + BigInt(x * MICRO), 0n),
  sumSquares: scores.reduce((s, x) => s + BigInt(x * MICRO) ** 2n, 0n),
});

describe('CSI from running totals', () => {
  it('reproduces METHODOLOGY.md: SAT means 8.2, 7.6, 7.1 give (7.2 + 6.6 + 6.1) / 27 * 100 = 73.70', () => {
    const sat1 = [8, 8, 8, 8, 8, 8, 8, 8, 9, 9]; // mean 8.2
    const sat2 = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7]; // mean 7.6
    const sat3 = [7, 7, 7, 7, 7, 7, 7, 7, 7, 8]; // mean 7.1
    let totals = emptyTotals();
    for (let i = 0; i < 10; i++) {
      const answers = answersFor({ SAT1: sat1[i], SAT2: sat2[i], SAT3: sat3[i] });
      totals = addResponse(totals, respondentScores(items, answers, parameters));
    }
    const csi = meanWithInterval(totals.constructs.satisfaction, 0.95)!;
    expect(csi.n).toBe(10);
    expect(csi.mean).toBeCloseTo(73.7037, 4);
    expect(csi.mean.toFixed(2)).toBe('73.70');
  });

  it('gives mean ± t(0.975, 3) sd / sqrt(n) for scores 50, 60, 70, 80', () => {
    // mean 65; sd = sqrt(500 / 3) = 12.909944; se = 6.454972; t(0.975, 3) = 3.182446 (tables); half 20.542603
    const r = meanWithInterval(totalsOf([50, 60, 70, 80]), 0.95)!;
    expect(r.mean).toBe(65);
    expect(r.sd).toBeCloseTo(12.909944, 6);
    expect(r.standardError).toBeCloseTo(6.454972, 6);
    expect(r.low).toBeCloseTo(44.457397, 5);
    expect(r.high).toBeCloseTo(85.542603, 5);
  });

  it('uses the library t quantile, which matches published tables', () => {
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(tQuantile(0.975, 99)).toBeCloseTo(1.984217, 6);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.182446, 6);
  });

  it('has no interval for a single respondent and no figures for none', () => {
    expect(meanWithInterval(totalsOf([70]), 0.95)).toEqual({
      n: 1,
      mean: 70,
      sd: null,
      standardError: null,
      low: null,
      high: null,
    });
    expect(meanWithInterval(totalsOf([]), 0.95)).toBeNull();
  });
});

describe('NPS', () => {
  it('computes 50 promoters, 30 passives, 20 detractors: NPS 30, Var 61, 30 ± 15.308', () => {
    // Var = 100^2 * ((0.5 + 0.2) - 0.3^2) / 100 = 61; 1.96 * sqrt(61) = 15.308089
    const r = npsWithInterval(50, 30, 20, 1.96)!;
    expect(r.nps).toBeCloseTo(30, 10);
    expect(r.variance).toBeCloseTo(61, 10);
    expect(r.low).toBeCloseTo(14.691911, 5);
    expect(r.high).toBeCloseTo(45.308089, 5);
  });

  it('clips the interval to [-100, 100]: 9 promoters, 1 passive give 90 ± 18.6 -> high 100', () => {
    // Var = 10^4 (0.9 - 0.81) / 10 = 90; half = 1.96 * 9.486833 = 18.594193
    const r = npsWithInterval(9, 1, 0, 1.96)!;
    expect(r.nps).toBeCloseTo(90, 10);
    expect(r.low).toBeCloseTo(71.405807, 5);
    expect(r.high).toBe(100);
  });

  it('always lies in [-100, 100] with the interval around it', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (p, q, d) => {
        const r = npsWithInterval(p, q, d, 1.96);
        if (p + q + d === 0) return expect(r).toBeNull();
        expect(r!.low).toBeGreaterThanOrEqual(-100);
        expect(r!.high).toBeLessThanOrEqual(100);
        expect(r!.low).toBeLessThanOrEqual(r!.nps + 1e-9);
        expect(r!.high).toBeGreaterThanOrEqual(r!.nps - 1e-9);
      }),
    );
  });
});

describe('Welch one-sided test', () => {
  it('leader 80 (var 100, n 100) vs 77 (var 144, n 100): t = 1.920553, df = 191.764', () => {
    // se = sqrt(1 + 1.44) = 1.562050; df = 2.44^2 / ((1 + 1.44^2) / 99) = 589.4064 / 3.0736 = 191.76419
    const r = welchOneSided({ mean: 80, variance: 100, n: 100 }, { mean: 77, variance: 144, n: 100 });
    expect(r.t).toBeCloseTo(1.920553, 5);
    expect(r.degreesOfFreedom).toBeCloseTo(191.76419, 4);
    // the normal approximation gives 0.0274; the t tail with 192 df is a little heavier
    expect(r.p).toBeGreaterThan(0.0274);
    expect(r.p).toBeLessThan(0.029);
  });

  it('gives p = 0.5 for equal means, and certainty when there is no spread', () => {
    expect(welchOneSided({ mean: 70, variance: 25, n: 50 }, { mean: 70, variance: 36, n: 40 }).p).toBeCloseTo(
      0.5,
      12,
    );
    expect(welchOneSided({ mean: 70, variance: 0, n: 50 }, { mean: 60, variance: 0, n: 40 }).p).toBe(0);
    expect(welchOneSided({ mean: 70, variance: 0, n: 50 }, { mean: 70, variance: 0, n: 40 }).p).toBe(0.5);
  });
});

describe('Holm adjustment', () => {
  it('adjusts [0.01, 0.04, 0.03, 0.005] to [0.03, 0.06, 0.06, 0.02]', () => {
    // sorted 0.005, 0.01, 0.03, 0.04 -> 4x, 3x, 2x, 1x = 0.02, 0.03, 0.06, 0.04 -> running max 0.06
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it('never lowers a p-value, never exceeds 1, and keeps the order of the raw p-values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (ps) => {
        const adjusted = holmAdjust(ps);
        ps.forEach((p, i) => {
          expect(adjusted[i]).toBeGreaterThanOrEqual(p);
          expect(adjusted[i]).toBeLessThanOrEqual(1);
          ps.forEach((q, j) => {
            if (p < q) expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j]);
          });
        });
      }),
    );
  });
});

describe('median of a histogram', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(
      medianOfHistogram([
        [30, 1],
        [10, 1],
        [20, 2],
      ]),
    ).toBe(20);
    expect(
      medianOfHistogram([
        [10, 1],
        [20, 1],
      ]),
    ).toBe(15);
    expect(medianOfHistogram([[5, 3]])).toBe(5);
    expect(medianOfHistogram([])).toBeNull();
  });

  it('equals the median of the expanded values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 200 }), (values) => {
        const histogram = new Map<number, number>();
        values.forEach((v) => histogram.set(v, (histogram.get(v) ?? 0) + 1));
        const sorted = [...values].sort((a, b) => a - b);
        const m = sorted.length;
        const expected = m % 2 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
        expect(medianOfHistogram(histogram)).toBe(expected);
      }),
    );
  });
});

describe('industry aggregate', () => {
  it('weights by revenue when every enterprise declared one: 0.75 * 80 + 0.25 * 70 = 77.5', () => {
    const r = industryAggregate([
      { csi: 80, standardError: 2, revenue: 3e6 },
      { csi: 70, standardError: 1, revenue: 1e6 },
    ])!;
    expect(r.weighting).toBe('revenue');
    expect(r.csi).toBeCloseTo(77.5, 12);
    // sqrt(0.75^2 * 4 + 0.25^2 * 1) = sqrt(2.3125)
    expect(r.standardError).toBeCloseTo(1.520691, 6);
  });

  it('falls back to equal weights, labelled so, when a revenue is missing', () => {
    const r = industryAggregate([
      { csi: 80, standardError: 2, revenue: null },
      { csi: 70, standardError: 1, revenue: 1e6 },
    ])!;
    expect(r.weighting).toBe('equal');
    expect(r.csi).toBeCloseTo(75, 12);
    expect(r.standardError).toBeCloseTo(Math.sqrt(1.25), 12);
  });
});

describe('running totals', () => {
  const answer = fc.option(fc.integer({ min: 1, max: 10 }), { nil: null });
  const response = fc
    .record({
      sat: fc.tuple(answer, answer, answer),
      loy2: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      cmp: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
      img: answer,
    })
    .map(({ sat, loy2, cmp, img }) => {
      const values: Record<string, number> = {};
      const set = (k: string, v: number | null) => v !== null && (values[k] = v);
      set('SAT1', sat[0]);
      set('SAT2', sat[1]);
      set('SAT3', sat[2]);
      set('LOY2', loy2);
      set('CMP', cmp);
      set('IMG', img);
      return respondentScores(items, answersFor(values), parameters);
    });

  it('are the same whatever the order of the responses and however they are split into batches', () => {
    fc.assert(
      fc.property(
        fc
          .array(response, { maxLength: 60 })
          .chain((rs) =>
            fc.tuple(
              fc.constant(rs),
              fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }),
              fc.array(fc.nat(60), { maxLength: 6 }),
            ),
          ),
        ([inOrder, shuffled, cuts]) => {
          const sequential = inOrder.reduce(addResponse, emptyTotals());
          const bounds = [
            0,
            ...[...new Set(cuts)].filter((c) => c < shuffled.length).sort((a, b) => a - b),
            shuffled.length,
          ];
          const batches = bounds
            .slice(1)
            .map((end, i) => shuffled.slice(bounds[i], end).reduce(addResponse, emptyTotals()));
          expect(batches.reduce(mergeTotals, emptyTotals())).toEqual(sequential);
        },
      ),
    );
  });

  it('give a CSI within [0, 100] with the interval around it', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 80 }), (rs) => {
        const csi = meanWithInterval(rs.reduce(addResponse, emptyTotals()).constructs.satisfaction, 0.95);
        if (!csi) return;
        expect(csi.mean).toBeGreaterThanOrEqual(0);
        expect(csi.mean).toBeLessThanOrEqual(100);
        if (csi.low !== null) expect(csi.low).toBeLessThanOrEqual(csi.mean + 1e-9);
      }),
    );
  });
});
