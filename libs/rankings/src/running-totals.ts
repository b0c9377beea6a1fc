import { RespondentScores, SCORED_CONSTRUCTS, ScoredConstruct } from '@app/surveys';

/** n, sum and sum of squares of one construct's scores, in micro-points; integers, so merging is exact. */
export interface ConstructTotals {
  n: number;
  sum: bigint;
  sumSquares: bigint;
}

/** Everything the rankings need about an enterprise's valid responses, and nothing that needs rereading them. */
export interface RunningTotals {
  n: number;
  constructs: Record<ScoredConstruct, ConstructTotals>;
  npsAnswered: number;
  promoters: number;
  passives: number;
  detractors: number;
  complaintAnswered: number;
  complaints: number;
}

export function emptyTotals(): RunningTotals {
  return {
    n: 0,
    constructs: Object.fromEntries(
      SCORED_CONSTRUCTS.map((c) => [c, { n: 0, sum: 0n, sumSquares: 0n }]),
    ) as Record<ScoredConstruct, ConstructTotals>,
    npsAnswered: 0,
    promoters: 0,
    passives: 0,
    detractors: 0,
    complaintAnswered: 0,
    complaints: 0,
  };
}

/** The totals with one more valid response (the same arithmetic the aggregation SQL does). */
export function addResponse(t: RunningTotals, r: RespondentScores): RunningTotals {
  const constructs = { ...t.constructs };
  for (const c of SCORED_CONSTRUCTS) {
    const s = r.scores[c];
    if (s === null) continue;
    const b = BigInt(s);
    constructs[c] = {
      n: constructs[c].n + 1,
      sum: constructs[c].sum + b,
      sumSquares: constructs[c].sumSquares + b * b,
    };
  }
  return {
    n: t.n + 1,
    constructs,
    npsAnswered: t.npsAnswered + (r.nps === null ? 0 : 1),
    promoters: t.promoters + (r.nps === 'promoter' ? 1 : 0),
    passives: t.passives + (r.nps === 'passive' ? 1 : 0),
    detractors: t.detractors + (r.nps === 'detractor' ? 1 : 0),
    complaintAnswered: t.complaintAnswered + (r.complained === null ? 0 : 1),
    complaints: t.complaints + (r.complained ? 1 : 0),
  };
}

export function mergeTotals(a: RunningTotals, b: RunningTotals): RunningTotals {
  const constructs = Object.fromEntries(
    SCORED_CONSTRUCTS.map((c) => [
      c,
      {
        n: a.constructs[c].n + b.constructs[c].n,
        sum: a.constructs[c].sum + b.constructs[c].sum,
        sumSquares: a.constructs[c].sumSquares + b.constructs[c].sumSquares,
      },
    ]),
  ) as Record<ScoredConstruct, ConstructTotals>;
  return {
    n: a.n + b.n,
    constructs,
    npsAnswered: a.npsAnswered + b.npsAnswered,
    promoters: a.promoters + b.promoters,
    passives: a.passives + b.passives,
    detractors: a.detractors + b.detractors,
    complaintAnswered: a.complaintAnswered + b.complaintAnswered,
    complaints: a.complaints + b.complaints,
  };
}

/** JSON has no bigint: totals are stored in snapshots with sums as decimal strings. */
export function totalsToJson(t: RunningTotals) {
  return {
    ...t,
    constructs: Object.fromEntries(
      SCORED_CONSTRUCTS.map((c) => [
        c,
        {
          n: t.constructs[c].n,
          sum: t.constructs[c].sum.toString(),
          sumSquares: t.constructs[c].sumSquares.toString(),
        },
      ]),
    ),
  };
}
