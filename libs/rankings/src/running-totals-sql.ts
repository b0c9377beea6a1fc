import { SCORED_CONSTRUCTS } from '@app/surveys';

/**
 * Adds the responses of the given batches ($2, ids) of campaign $1 to the running totals (per enterprise and
 * completion second), the data-quality counts and the completion-time histogram (every stored response, valid
 * or not: the campaign median is taken over all of them), and marks those industries dirty, in one statement
 * that reads the rows once: they are first grouped at the finest grain all need (enterprise, completion
 * second, exclusion, flags), and each table takes its sums from those groups. Sums of integers are exact, so
 * any split into batches gives the same totals. The incremental path and the full recompute both use it.
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

export const aggregateBatches = `
  WITH g AS MATERIALIZED (
    SELECT enterprise_id, industry_code, coalesce(completion_seconds, -1) AS completion_seconds, exclusion, flags,
      count(*) AS n,
      ${constructGroupSums},
      count(nps_category) AS nps_answered, count(*) FILTER (WHERE nps_category = 2) AS promoters,
      count(*) FILTER (WHERE nps_category = 1) AS passives, count(*) FILTER (WHERE nps_category = 0) AS detractors,
      count(complained) AS complaint_answered, count(*) FILTER (WHERE complained) AS complaints
    FROM scored_responses WHERE campaign_id = $1 AND batch_id = ANY($2::bigint[])
    GROUP BY enterprise_id, industry_code, coalesce(completion_seconds, -1), exclusion, flags
  ),
  totals AS (
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
    complaints = t.complaints + EXCLUDED.complaints
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
  completion AS (
    INSERT INTO response_completion_counts AS h (campaign_id, completion_seconds, n)
    SELECT $1, completion_seconds, sum(n) FROM g WHERE completion_seconds >= 0
    GROUP BY completion_seconds ORDER BY completion_seconds
    ON CONFLICT (campaign_id, completion_seconds) DO UPDATE SET n = h.n + EXCLUDED.n
  ),
  dirty AS (
    INSERT INTO ranking_dirty_industries (campaign_id, industry_code)
    SELECT DISTINCT $1::uuid, industry_code FROM g
    ON CONFLICT DO NOTHING
  )
  SELECT DISTINCT industry_code FROM quality ORDER BY industry_code`;

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

/**
 * Per enterprise of the given industries: the running totals of its valid responses that are not faster than
 * the speeding threshold ($3, seconds; null for none), and how many were. Sums a few rows per enterprise
 * and second: it never reads a response.
 */
export const validTotalsQuery = `
  SELECT enterprise_id, min(industry_code) AS industry_code,
    ${totalsColumns.map((c) => `coalesce(sum(${c}) FILTER (WHERE ${NOT_SPEEDING}), 0)::text AS ${c}`).join(',\n    ')},
    coalesce(sum(n) FILTER (WHERE NOT (${NOT_SPEEDING})), 0)::int AS speeding
  FROM response_totals WHERE campaign_id = $1 AND industry_code = ANY($2)
  GROUP BY enterprise_id`;

/**
 * Completion seconds -> stored responses of the campaign with that duration, whatever their exclusion or
 * flags (METHODOLOGY.md: the threshold must not depend on the exclusions it decides), for the campaign median.
 */
export const completionHistogramQuery = `
  SELECT completion_seconds AS s, n FROM response_completion_counts WHERE campaign_id = $1`;
