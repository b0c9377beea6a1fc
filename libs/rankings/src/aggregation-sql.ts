import { SCORED_CONSTRUCTS } from '@app/surveys/methodology';

/**
 * The aggregation statements, shared by the incremental path (scope: the claimed batches) and the full
 * recompute (scope: the whole campaign), so both add up exactly the same way. $1 is always the campaign id;
 * the scope's own parameter, if any, is $2.
 */
export type AggregationScope = 'batches' | 'campaign';

const scopeFilter = (scope: AggregationScope) =>
  scope === 'batches' ? 'campaign_id = $1 AND batch_id = ANY($2::bigint[])' : 'campaign_id = $1';

const constructSums = SCORED_CONSTRUCTS.map(
  (c) => `count(score_${c}), coalesce(sum(score_${c}), 0), coalesce(sum(score_${c}::bigint * score_${c}), 0)`,
).join(',\n    ');
const constructColumns = SCORED_CONSTRUCTS.map((c) => `${c}_n, ${c}_sum, ${c}_sum_squares`).join(', ');
const constructAdds = SCORED_CONSTRUCTS.flatMap((c) =>
  ['n', 'sum', 'sum_squares'].map((part) => `${c}_${part} = t.${c}_${part} + EXCLUDED.${c}_${part}`),
).join(',\n    ');

/** Valid responses (no exclusion) into per-enterprise running totals: n, sums and sums of squares. */
export const addToTotals = (scope: AggregationScope) => `
  INSERT INTO response_totals AS t (campaign_id, enterprise_id, industry_code, n, ${constructColumns},
    nps_answered, promoters, passives, detractors, complaint_answered, complaints)
  SELECT campaign_id, enterprise_id, industry_code, count(*),
    ${constructSums},
    count(nps_category), count(*) FILTER (WHERE nps_category = 2), count(*) FILTER (WHERE nps_category = 1),
    count(*) FILTER (WHERE nps_category = 0), count(complained), count(*) FILTER (WHERE complained)
  FROM survey_responses WHERE ${scopeFilter(scope)} AND exclusion IS NULL
  GROUP BY campaign_id, enterprise_id, industry_code
  ON CONFLICT (campaign_id, enterprise_id) DO UPDATE SET
    n = t.n + EXCLUDED.n,
    ${constructAdds},
    nps_answered = t.nps_answered + EXCLUDED.nps_answered,
    promoters = t.promoters + EXCLUDED.promoters,
    passives = t.passives + EXCLUDED.passives,
    detractors = t.detractors + EXCLUDED.detractors,
    complaint_answered = t.complaint_answered + EXCLUDED.complaint_answered,
    complaints = t.complaints + EXCLUDED.complaints`;

/** Every stored response into the data-quality counts; returns the industries touched. */
export const addToQualityCounts = (scope: AggregationScope) => `
  INSERT INTO response_quality_counts AS q (campaign_id, enterprise_id, industry_code, stored,
    excluded_too_few_satisfaction, excluded_too_many_missing, excluded_soft_flags,
    flagged_straight_lining, flagged_failed_attention, flagged_contradiction)
  SELECT campaign_id, enterprise_id, industry_code, count(*),
    count(*) FILTER (WHERE exclusion = 'too-few-satisfaction-items'),
    count(*) FILTER (WHERE exclusion = 'too-many-missing'),
    count(*) FILTER (WHERE exclusion = 'soft-flags'),
    count(*) FILTER (WHERE flags & 1 <> 0), count(*) FILTER (WHERE flags & 2 <> 0), count(*) FILTER (WHERE flags & 4 <> 0)
  FROM survey_responses WHERE ${scopeFilter(scope)}
  GROUP BY campaign_id, enterprise_id, industry_code
  ON CONFLICT (campaign_id, enterprise_id) DO UPDATE SET
    stored = q.stored + EXCLUDED.stored,
    excluded_too_few_satisfaction = q.excluded_too_few_satisfaction + EXCLUDED.excluded_too_few_satisfaction,
    excluded_too_many_missing = q.excluded_too_many_missing + EXCLUDED.excluded_too_many_missing,
    excluded_soft_flags = q.excluded_soft_flags + EXCLUDED.excluded_soft_flags,
    flagged_straight_lining = q.flagged_straight_lining + EXCLUDED.flagged_straight_lining,
    flagged_failed_attention = q.flagged_failed_attention + EXCLUDED.flagged_failed_attention,
    flagged_contradiction = q.flagged_contradiction + EXCLUDED.flagged_contradiction
  RETURNING industry_code`;

/** Completion times of otherwise valid responses, for the campaign median. */
export const addToCompletionHistogram = (scope: AggregationScope) => `
  INSERT INTO completion_time_histogram AS h (campaign_id, completion_seconds, responses)
  SELECT campaign_id, completion_seconds, count(*)
  FROM survey_responses WHERE ${scopeFilter(scope)} AND exclusion IS NULL AND completion_seconds IS NOT NULL
  GROUP BY campaign_id, completion_seconds
  ON CONFLICT (campaign_id, completion_seconds) DO UPDATE SET responses = h.responses + EXCLUDED.responses`;

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

/**
 * Per enterprise of the given industries: running totals minus the responses faster than the speeding
 * threshold ($3, seconds; null for none), counting only responses already in the totals. One statement, so
 * the totals and the subtraction come from the same snapshot of the database. The fast responses are found
 * by a scan, not an index (see the migration): it runs once per snapshot, not once per response.
 */
export const validTotalsQuery = `
  WITH speeders AS (
    SELECT r.enterprise_id, count(*) AS n,
      ${SCORED_CONSTRUCTS.map((c) => `count(score_${c}) AS ${c}_n, coalesce(sum(score_${c}), 0) AS ${c}_sum, coalesce(sum(score_${c}::bigint * score_${c}), 0) AS ${c}_sum_squares`).join(',\n      ')},
      count(nps_category) AS nps_answered, count(*) FILTER (WHERE nps_category = 2) AS promoters,
      count(*) FILTER (WHERE nps_category = 1) AS passives, count(*) FILTER (WHERE nps_category = 0) AS detractors,
      count(complained) AS complaint_answered, count(*) FILTER (WHERE complained) AS complaints
    FROM survey_responses r JOIN response_batches b ON b.id = r.batch_id AND b.aggregated_at IS NOT NULL
    WHERE r.campaign_id = $1 AND r.exclusion IS NULL AND r.completion_seconds < $3::numeric AND r.industry_code = ANY($2)
    GROUP BY r.enterprise_id
  )
  SELECT t.enterprise_id, t.industry_code,
    ${totalsColumns.map((c) => `(t.${c} - coalesce(s.${c}, 0))::text AS ${c}`).join(', ')},
    coalesce(s.n, 0)::int AS speeding
  FROM response_totals t LEFT JOIN speeders s ON s.enterprise_id = t.enterprise_id
  WHERE t.campaign_id = $1 AND t.industry_code = ANY($2)`;
