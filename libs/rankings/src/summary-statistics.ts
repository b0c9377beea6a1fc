import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { MICRO } from '@app/surveys';
import type { ConstructTotals } from './running-totals';

export interface MeanWithInterval {
  n: number;
  /** On the 0-100 scale. */
  mean: number;
  /** Sample sd of the respondent scores (n - 1 denominator); null below two respondents. */
  sd: number | null;
  /** sd / sqrt(n). */
  standardError: number | null;
  low: number | null;
  high: number | null;
}

/**
 * mean ± t(1 - (1 - confidence) / 2, n - 1) * sd / sqrt(n) from n, sum and sum of squares alone
 * (METHODOLOGY.md "Uncertainty"). The variance numerator n*S2 - S1^2 is computed in exact integers, so
 * there is no cancellation error however large the sums.
 */
export function meanWithInterval(t: ConstructTotals, confidence: number): MeanWithInterval | null {
  if (t.n === 0) return null;
  const mean = Number(t.sum) / t.n / MICRO;
  if (t.n < 2) return { n: t.n, mean, sd: null, standardError: null, low: null, high: null };
  const numerator = BigInt(t.n) * t.sumSquares - t.sum * t.sum;
  const variance = Number(numerator) / (t.n * (t.n - 1)) / (MICRO * MICRO);
  const sd = Math.sqrt(Math.max(0, variance));
  const standardError = sd / Math.sqrt(t.n);
  const half = tQuantile(1 - (1 - confidence) / 2, t.n - 1) * standardError;
  return { n: t.n, mean, sd, standardError, low: mean - half, high: mean + half };
}
