import { layoutOf } from './instrument-layout';
import { InstrumentItem, MethodologyParameters, ScoredConstruct } from './methodology';

/**
 * Scores are kept as integer micro-points (1 point = 1,000,000) so that running totals of sums and sums of
 * squares are exact integers: adding responses in any order or batch gives the same totals to the last digit.
 */
export const MICRO = 1_000_000;

export type Answers = (number | null)[];

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export interface RespondentScores {
  /** Per scored construct, s_r(C) in micro-points (0..100,000,000), null when no item of it was answered. */
  scores: Record<ScoredConstruct, number | null>;
  nps: NpsCategory | null;
  complained: boolean | null;
}

/** A rescaled 0..1 answer, reverse keying applied. */
export function rescaled(item: InstrumentItem, x: number): number {
  const keyed = item.reverse ? item.scaleMax + item.scaleMin - x : x;
  return (keyed - item.scaleMin) / (item.scaleMax - item.scaleMin);
}

/**
 * s_r(C) = 100 * sum_j w_j (x_rj - min_j) / (max_j - min_j) / sum_j w_j over the answered items of C
 * (METHODOLOGY.md, "Per-respondent scores"), in micro-points.
 */
export function constructScore(
  items: InstrumentItem[],
  answers: Answers,
  construct: ScoredConstruct,
  positions: number[] = items.flatMap((item, i) => (item.construct === construct ? [i] : [])),
) {
  let weighted = 0;
  let weights = 0;
  for (const i of positions) {
    const x = answers[i];
    if (x === null || x === undefined) continue;
    weighted += items[i].weight * rescaled(items[i], x);
    weights += items[i].weight;
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 100 * MICRO);
}

export function npsCategory(x: number | null, p: MethodologyParameters): NpsCategory | null {
  if (x === null) return null;
  if (x >= p.promoterMin) return 'promoter';
  return x <= p.detractorMax ? 'detractor' : 'passive';
}

export function respondentScores(
  items: InstrumentItem[],
  answers: Answers,
  p: MethodologyParameters,
): RespondentScores {
  const layout = layoutOf(items, p);
  const at = layout.byConstruct;
  // Written out rather than filled key by key in a loop over SCORED_CONSTRUCTS: every row's object then has
  // one shape from the start (the type checks that no construct is missing).
  const scores: Record<ScoredConstruct, number | null> = {
    image: constructScore(items, answers, 'image', at.image),
    expectations: constructScore(items, answers, 'expectations', at.expectations),
    quality: constructScore(items, answers, 'quality', at.quality),
    value: constructScore(items, answers, 'value', at.value),
    satisfaction: constructScore(items, answers, 'satisfaction', at.satisfaction),
    loyalty: constructScore(items, answers, 'loyalty', at.loyalty),
  };
  const complaint = layout.complaint < 0 ? null : answers[layout.complaint];
  return {
    scores,
    nps: layout.nps < 0 ? null : npsCategory(answers[layout.nps], p),
    complained: complaint === null || complaint === undefined ? null : complaint === 1,
  };
}
