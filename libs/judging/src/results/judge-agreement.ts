import { groupBy, mean, sampleSd, SheetTotal } from './panel-aggregation';
import { published } from './precision';

/**
 * ICC(1): one-way random-effects intraclass correlation for a single judge (Shrout & Fleiss 1979, case 1).
 * It fits how rounds are judged: each entrant is scored by its own set of judges drawn from the panel, so
 * judge effects cannot be separated from error. With unequal numbers of judges per entrant the group size is
 * the usual k0 = (N - sum k_i^2 / N) / (n - 1). Null when it is undefined (fewer than two entrants, or no
 * entrant with two judges).
 */
export function intraclassCorrelation(sheets: SheetTotal[]): number | null {
  const groups = groupBy(sheets, (s) => s.entrantId);
  const n = groups.size;
  const N = sheets.length;
  if (n < 2 || N - n < 1) return null;
  const grand = mean(sheets.map((s) => s.total));
  let ssBetween = 0;
  let ssWithin = 0;
  let sumSquaredSizes = 0;
  for (const group of groups.values()) {
    const xs = group.map((s) => s.total);
    const m = mean(xs);
    ssBetween += xs.length * (m - grand) ** 2;
    for (const x of xs) ssWithin += (x - m) ** 2;
    sumSquaredSizes += xs.length ** 2;
  }
  const msBetween = ssBetween / (n - 1);
  const msWithin = ssWithin / (N - n);
  const k0 = (N - sumSquaredSizes / N) / (n - 1);
  const denominator = msBetween + (k0 - 1) * msWithin;
  if (denominator === 0) return null;
  return published((msBetween - msWithin) / denominator);
}

export interface JudgeDiagnostics {
  judgeId: string;
  sheets: number;
  mean: number;
  sd: number;
  /**
   * Mean of (this judge's total - the other judges' mean total for the same entrant) over entrants scored by
   * someone else too: positive for a lenient judge, negative for a harsh one; null when never co-judged.
   */
  offsetFromPanel: number | null;
}

export function judgeDiagnostics(sheets: SheetTotal[]): JudgeDiagnostics[] {
  const byEntrant = groupBy(sheets, (s) => s.entrantId);
  const byJudge = groupBy(sheets, (s) => s.judgeId);
  return [...byJudge.keys()].sort().map((judgeId) => {
    const own = byJudge.get(judgeId) as SheetTotal[];
    const offsets = own.flatMap((s) => {
      const others = (byEntrant.get(s.entrantId) as SheetTotal[]).filter((o) => o.judgeId !== judgeId);
      return others.length === 0 ? [] : [s.total - mean(others.map((o) => o.total))];
    });
    const totals = own.map((s) => s.total);
    return {
      judgeId,
      sheets: own.length,
      mean: published(mean(totals)),
      sd: published(sampleSd(totals)),
      offsetFromPanel: offsets.length === 0 ? null : published(mean(offsets)),
    };
  });
}
