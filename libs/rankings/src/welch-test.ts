import tCdf from '@stdlib/stats-base-dists-t-cdf';

export interface SampleSummary {
  mean: number;
  /** Sample variance (n - 1 denominator). */
  variance: number;
  n: number;
}

export interface WelchResult {
  t: number;
  degreesOfFreedom: number;
  /** One-sided p-value of H1: leader's mean > other's mean. */
  p: number;
}

/** One-sided Welch t-test that the leader's mean exceeds the other's, with Welch-Satterthwaite df. */
export function welchOneSided(leader: SampleSummary, other: SampleSummary): WelchResult {
  const a = leader.variance / leader.n;
  const b = other.variance / other.n;
  const diff = leader.mean - other.mean;
  const se = Math.sqrt(a + b);
  const df = (a + b) ** 2 / (a ** 2 / (leader.n - 1) + b ** 2 / (other.n - 1));
  if (se === 0) {
    // No spread at all: the difference is certain, or there is none (the t = 0 limit gives p = 0.5).
    return {
      t: diff === 0 ? 0 : Math.sign(diff) * Infinity,
      degreesOfFreedom: Infinity,
      p: diff > 0 ? 0 : diff < 0 ? 1 : 0.5,
    };
  }
  const t = diff / se;
  return { t, degreesOfFreedom: df, p: 1 - tCdf(t, df) };
}
