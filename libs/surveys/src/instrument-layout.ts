import { InstrumentItem, MethodologyParameters, SCORED_CONSTRUCTS, ScoredConstruct } from './methodology';

/**
 * Where each kind of item sits in an instrument, worked out once per instrument and parameter set: scoring
 * and quality checks run for every one of millions of rows and only walk the positions they need.
 */
export interface InstrumentLayout {
  byConstruct: Record<ScoredConstruct, number[]>;
  scored: number[];
  satisfaction: number[];
  attention: number[];
  complaint: number;
  nps: number;
  contradictions: { a: number; b: number; maxGapPoints: number }[];
}

const layouts = new WeakMap<InstrumentItem[], WeakMap<MethodologyParameters, InstrumentLayout>>();

export function layoutOf(items: InstrumentItem[], p: MethodologyParameters): InstrumentLayout {
  let byParameters = layouts.get(items);
  if (!byParameters) layouts.set(items, (byParameters = new WeakMap()));
  let layout = byParameters.get(p);
  if (!layout) byParameters.set(p, (layout = computeLayout(items, p)));
  return layout;
}

function computeLayout(items: InstrumentItem[], p: MethodologyParameters): InstrumentLayout {
  const positions = (keep: (item: InstrumentItem) => boolean) =>
    items.flatMap((item, i) => (keep(item) ? [i] : []));
  const indexOf = new Map(items.map((item, i) => [item.key, i]));
  return {
    byConstruct: Object.fromEntries(
      SCORED_CONSTRUCTS.map((c) => [c, positions((item) => item.construct === c)]),
    ) as Record<ScoredConstruct, number[]>,
    scored: positions((item) => (SCORED_CONSTRUCTS as readonly string[]).includes(item.construct)),
    satisfaction: positions((item) => item.construct === 'satisfaction'),
    attention: positions((item) => item.construct === 'attention' && item.expected !== undefined),
    complaint: items.findIndex((item) => item.construct === 'complaint'),
    nps: items.findIndex((item) => item.key === p.npsItem),
    contradictions: p.contradictions.flatMap((rule) => {
      const a = indexOf.get(rule.itemA);
      const b = indexOf.get(rule.itemB);
      return a === undefined || b === undefined ? [] : [{ a, b, maxGapPoints: rule.maxGapPoints }];
    }),
  };
}
