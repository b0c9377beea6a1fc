import { SCORED_CONSTRUCTS } from '@app/surveys';

/**
 * Adds the responses of the given batches ($2, ids) of campaign $1 to the running totals (per enterprise and
 * seconds key: the completion second inside the totals window $3..$4, the second just outside it for the
 * responses beyond either end, every second when both are null; totals-window.ts) and the data-quality
 * counts, and marks those industries dirty, in one statement that reads the rows once: they are first grouped
 * at the finest grain all need (enterprise, seconds key, exclusion, flags), and each table takes its sums from
 * those groups. Sums of integers are exact, so any split into batches gives the same totals. The incremental
 * path and the full recompute both use it; the completion-time histogram is added before it
 * (addCompletionTimes), since the window is drawn around the threshold the histogram gives.
 */
const constructGroupSums = SCORED_CONSTRUCTS.map(
  (c) =>
    `count(score_${c}) AS ${c}_n, sum(score_${c}) AS ${c}_sum, sum(score_${c}::bigint * score_${c}) AS ${c}_sum_squares`,
).join(',\n      ');
const constructColumns = SCORED_CONSTRUCTS.map((c) => `${c}_n, ${c}_sum, ${c}_sum_squares`).join(', ');
const constructTotals = SCORED_CONSTRUCTS.map(
  (c) => `sum(${c}_n), coalesce(sum(${c}_sum), 0), coalesce(sum(${c}_sum_squares), 0)`,
).join(', ');
const constructAdds = SCORED_CONSTRUCTS.flatMap((c) =>
  ['n', 'sum', 'sum_squares'].map((part) => `${c}_${part} = t.${c}_${part} + EXCLUDED.${c}_${part}`),
).join(',\n    ');
const qualityAdds = [
  'stored',
  'excluded_too_few_satisfaction',
  'excluded_too_many_missing',
  'excluded_soft_flags',
  'flagged_straight_lining',
  'flagged_failed_attention',
  'flagged_contradiction',
]
  .map((c) => `${c} = q.${c} + EXCLUDED.${c}`)
  .join(',\n    ');

/**
 * The responses of the batches `batches` of campaign $1 grouped by enterprise, seconds key (totals-window.ts
 * windowKey, the window's ends given as `window`; every second apart without one), exclusion and flags.
 */
function groupedByKey(batches: string, window: [string, string] | null, where = ''): string {
  const key = window
    ? `CASE WHEN completion_seconds IS NULL THEN -1 WHEN ${window[0]}::int IS NULL THEN completion_seconds
        ELSE least(greatest(completion_seconds, ${window[0]}::int - 1), ${window[1]}::int + 1) END`
    : `coalesce(completion_seconds, -1)`;
  return `
    SELECT enterprise_id, industry_code, ${key} AS completion_seconds, exclusion, flags,
      count(*) AS n,
      ${constructGroupSums},
      count(nps_category) AS nps_answered, count(*) FILTER (WHERE nps_category = 2) AS promoters,
      count(*) FILTER (WHERE nps_category = 1) AS passives, count(*) FILTER (WHERE nps_category = 0) AS detractors,
      count(complained) AS complaint_answered, count(*) FILTER (WHERE complained) AS complaints
    FROM scored_responses WHERE campaign_id = $1 AND batch_id = ANY(${batches}::bigint[]) ${where}
    GROUP BY enterprise_id, industry_code, 3, exclusion, flags`;
}

const insertTotals = `
    INSERT INTO response_totals AS t (campaign_id, enterprise_id, industry_code, completion_seconds, n,
      ${constructColumns}, nps_answered, promoters, passives, detractors, complaint_answered, complaints)
    SELECT $1, enterprise_id, industry_code, completion_seconds, sum(n), ${constructTotals}, sum(nps_answered), sum(promoters),
      sum(passives), sum(detractors), sum(complaint_answered), sum(complaints)
    FROM g WHERE exclusion IS NULL
    GROUP BY enterprise_id, industry_code, completion_seconds ORDER BY enterprise_id, completion_seconds
    ON CONFLICT (campaign_id, enterprise_id, completion_seconds) DO UPDATE SET
    n = t.n + EXCLUDED.n,
    ${constructAdds},
    nps_answered = t.nps_answered + EXCLUDED.nps_answered,
    promoters = t.promoters + EXCLUDED.promoters,
    passives = t.passives + EXCLUDED.passives,
    detractors = t.detractors + EXCLUDED.detractors,
    complaint_answered = t.complaint_answered + EXCLUDED.complaint_answered,
    complaints = t.complaints + EXCLUDED.complaints`;

export const aggregateBatches = `
  WITH g AS MATERIALIZED (${groupedByKey('$2', ['$3', '$4'])}
  ),
  totals AS (${insertTotals}
  ),
  quality AS (
    INSERT INTO response_quality_counts AS q (campaign_id, enterprise_id, industry_code, stored,
      excluded_too_few_satisfaction, excluded_too_many_missing, excluded_soft_flags,
      flagged_straight_lining, flagged_failed_attention, flagged_contradiction)
    SELECT $1, enterprise_id, industry_code, sum(n),
      coalesce(sum(n) FILTER (WHERE exclusion = 'too-few-satisfaction-items'), 0),
      coalesce(sum(n) FILTER (WHERE exclusion = 'too-many-missing'), 0),
      coalesce(sum(n) FILTER (WHERE exclusion = 'soft-flags'), 0),
      coalesce(sum(n) FILTER (WHERE flags & 1 <> 0), 0), coalesce(sum(n) FILTER (WHERE flags & 2 <> 0), 0),
      coalesce(sum(n) FILTER (WHERE flags & 4 <> 0), 0)
    FROM g GROUP BY enterprise_id, industry_code ORDER BY enterprise_id
    ON CONFLICT (campaign_id, enterprise_id) DO UPDATE SET
    ${qualityAdds}
    RETURNING industry_code
  ),
  dirty AS (
    INSERT INTO ranking_dirty_industries (campaign_id, industry_code)
    SELECT DISTINCT $1::uuid, industry_code FROM g
    ON CONFLICT DO NOTHING
  )
  SELECT DISTINCT industry_code FROM quality ORDER BY industry_code`;

/** Only the running totals of the given batches ($2), keyed by the window $3..$4: a rebuild around a new window. */
export const addBatchTotals = `
  WITH g AS (${groupedByKey('$2', ['$3', '$4'], 'AND exclusion IS NULL')}
  )${insertTotals}`;

/**
 * Adds the given batches' responses (valid or not, METHODOLOGY.md) to the campaign's completion-time
 * histogram, by their own second: the median, and so the window, is taken from it.
 */
export const addCompletionTimes = `
  INSERT INTO response_completion_counts AS h (campaign_id, completion_seconds, n)
  SELECT $1, completion_seconds, count(*) FROM scored_responses
  WHERE campaign_id = $1 AND batch_id = ANY($2::bigint[]) AND completion_seconds >= 0
  GROUP BY completion_seconds ORDER BY completion_seconds
  ON CONFLICT (campaign_id, completion_seconds) DO UPDATE SET n = h.n + EXCLUDED.n`;

const totalsColumns = [
  'n',
  ...SCORED_CONSTRUCTS.flatMap((c) => [`${c}_n`, `${c}_sum`, `${c}_sum_squares`]),
  'nps_answered',
  'promoters',
  'passives',
  'detractors',
  'complaint_answered',
  'complaints',
];

/** Seconds rows that count: no time given (-1), no threshold, or at least the threshold. */
const NOT_SPEEDING = 'completion_seconds = -1 OR $3::numeric IS NULL OR completion_seconds >= $3::numeric';

/** `rows`: a FROM clause giving running-totals rows (per enterprise and seconds key). */
const validTotalsOf = (rows: string) => `
  SELECT enterprise_id, min(industry_code) AS industry_code,
    ${totalsColumns.map((c) => `coalesce(sum(${c}) FILTER (WHERE ${NOT_SPEEDING}), 0)::text AS ${c}`).join(',\n    ')},
    coalesce(sum(n) FILTER (WHERE NOT (${NOT_SPEEDING})), 0)::int AS speeding
  ${rows}
  GROUP BY enterprise_id`;

/**
 * Per enterprise of the given industries: the running totals of its valid responses that are not faster than
 * the speeding threshold ($3, seconds; null for none), and how many were. Sums a few rows per enterprise
 * and seconds key: it never reads a response. Exact only for a threshold the campaign's window holds.
 */
export const validTotalsQuery = validTotalsOf(
  `FROM response_totals WHERE campaign_id = $1 AND industry_code = ANY($2)`,
);

/**
 * The same figures from the stored responses of the given batches ($4, the aggregated ones), every second
 * apart: for a threshold the window does not hold (the methodology changed without new data), and the full
 * recomputation the windowed totals are tested against.
 */
export const validTotalsFromResponsesQuery = validTotalsOf(
  `FROM (${groupedByKey('$4', null, 'AND exclusion IS NULL AND industry_code = ANY($2)')}) per_second`,
);

/**
 * Completion seconds -> stored responses of the campaign with that duration, whatever their exclusion or
 * flags (METHODOLOGY.md: the threshold must not depend on the exclusions it decides), for the campaign median.
 */
export const completionHistogramQuery = `
  SELECT completion_seconds AS s, n FROM response_completion_counts WHERE campaign_id = $1`;
