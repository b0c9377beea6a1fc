import { published } from './precision';

/** How a round combines its judges' totals for one entrant. */
export const AGGREGATION_METHODS = ['mean', 'trimmed-mean', 'median', 'z-score'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** One submitted sheet's weighted total. */
export interface SheetTotal {
  judgeId: string;
  entrantId: string;
  total: number;
}

export const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Sample standard deviation (n - 1); 0 for fewer than two values. */
export function sampleSd(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** With at least 4 judges the highest and the lowest total are dropped; with fewer, the plain mean. */
export function trimmedMean(xs: number[]): number {
  if (xs.length < 4) return mean(xs);
  const s = [...xs].sort((a, b) => a - b);
  return mean(s.slice(1, -1));
}

/**
 * Each sheet's total re-expressed on the round's scale after removing its judge's leniency or harshness:
 * round mean + round sd x (total - judge's mean) / judge's sd. A judge with fewer than two sheets, or who gave
 * every entrant the same total, says nothing about order, so their sheets normalise to the round mean.
 */
export function zScoreNormalise(sheets: SheetTotal[]): Map<SheetTotal, number> {
  const all = sheets.map((s) => s.total);
  const roundMean = all.length > 0 ? mean(all) : 0;
  const roundSd = sampleSd(all);
  const judgeStats = new Map(
    [...groupBy(sheets, (s) => s.judgeId)].map(([judge, own]) => {
      const totals = own.map((s) => s.total);
      return [judge, { mean: mean(totals), sd: sampleSd(totals) }];
    }),
  );
  const normalised = new Map<SheetTotal, number>();
  for (const s of sheets) {
    const j = judgeStats.get(s.judgeId) as { mean: number; sd: number };
    const z = j.sd > 0 ? (s.total - j.mean) / j.sd : 0;
    normalised.set(s, roundMean + roundSd * z);
  }
  return normalised;
}

export interface EntrantAggregate {
  entrantId: string;
  judges: number;
  /** Each judge's own total (raw), in judge id order. */
  totals: { judgeId: string; total: number; normalised: number | null }[];
  score: number;
  /** Highest minus lowest raw total. */
  spread: number;
  disagreement: boolean;
}

/** The round's score for every entrant with at least one submitted sheet, by the round's method. */
export function aggregateRound(
  sheets: SheetTotal[],
  method: AggregationMethod,
  disagreementThreshold: number,
): EntrantAggregate[] {
  const normalised = method === 'z-score' ? zScoreNormalise(sheets) : null;
  return [...groupBy(sheets, (s) => s.entrantId)].map(([entrantId, own]) => {
    const sorted = [...own].sort((a, b) => (a.judgeId < b.judgeId ? -1 : 1));
    const raw = sorted.map((s) => s.total);
    const score =
      method === 'mean'
        ? mean(raw)
        : method === 'trimmed-mean'
          ? trimmedMean(raw)
          : method === 'median'
            ? median(raw)
            : mean(sorted.map((s) => normalised?.get(s) as number));
    const spread = Math.max(...raw) - Math.min(...raw);
    return {
      entrantId,
      judges: sorted.length,
      totals: sorted.map((s) => ({
        judgeId: s.judgeId,
        total: s.total,
        normalised: normalised ? published(normalised.get(s) as number) : null,
      })),
      score: published(score),
      spread: published(spread),
      disagreement: spread > disagreementThreshold,
    };
  });
}

/**
 * The self-assessment beside the panel's score, and their mix only when the round gives the self-assessment a
 * weight (percent): the result always shows both parts and the weight, so nothing is mixed silently.
 */
export function withSelfAssessment(panel: number, self: number | null, weightPercent: number) {
  const combined =
    self === null || weightPercent === 0
      ? panel
      : ((100 - weightPercent) * panel + weightPercent * self) / 100;
  return {
    panelScore: panel,
    selfAssessmentScore: self,
    selfAssessmentWeight: weightPercent,
    score: published(combined),
  };
}

/** Sheets (or entrants) grouped by a key such as the entrant, groups and items in the order first seen. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
