import type { Publication } from '@app/awards';
import type { Lang } from './site-text';

type Rules = Publication['methodology']['rules'];

/**
 * The methodology in prose, in both languages, for the published version's parameters and the campaign's
 * rules: what METHODOLOGY.md says, with this campaign's numbers in it.
 */
export function methodologyProse(rules: Rules, p: Record<string, unknown>, lang: Lang): string[] {
  // A parameter as published, or METHODOLOGY.md's default when an older version did not publish it.
  const v = (key: string, fallback: number) => String(typeof p[key] === 'number' ? p[key] : fallback);
  const pct = (key: string, fallback: number) =>
    String(Math.round((typeof p[key] === 'number' ? p[key] : fallback) * 1000) / 10);
  const conf = pct('confidence', 0.95);
  if (lang === 'zh')
    return [
      `客户满意度指数（CSI）是有效受访者满意度得分的平均值：每位受访者在满意度题目上的回答按量表换算为 0-100 分后取加权平均。忠诚度指数（CLI）以同样方式由忠诚度题目得出。净推荐值（NPS）为推荐者（${v('promoterMin', 9)}-10 分）比例减去贬损者（0-${v('detractorMax', 6)} 分）比例，乘以 100。`,
      `CSI 和 CLI 的 ${conf}% 置信区间为 均值 ± t × 标准差 / √n；NPS 的区间为 NPS ± ${v('npsZ', 1.96)} × 标准误，截断在 -100 到 100 之间。所有数据都可以由累计值（n、和、平方和、推荐者和贬损者人数）计算，任何人都可以从原始答卷复算到最后一位。`,
      `数据质量：同一受访者对同一企业的第二份答卷视为重复，不计入（以第一份为准）。满意度题目作答少于 ${v('minSatisfactionItems', 2)} 个、计分题目缺答超过 ${pct('maxMissingShare', 0.2)}%、或完成时间不足本次评选中位时间 ${pct('minCompletionShareOfMedian', 0.4)}% 的答卷被排除；直线作答、注意力题未通过和前后矛盾为软标记，出现 ${v('softFlagsToExclude', 2)} 个或以上时排除。每个行业的排除数量按原因公布。`,
      `有效样本不少于 ${rules.minResponsesRanked} 份的企业参与排名并有资格获奖；${rules.minResponsesListed} 至 ${rules.minResponsesRanked - 1} 份的列为参考，不参与排名；更少的不公布。按 CSI 从高到低排名，数据保留 ${v('displayDecimals', 1)} 位小数，四舍五入后 CSI 相同者名次并列。`,
      `标杆奖获奖者为领先者以及与其无显著差异的所有企业：对领先者高于其他企业做单侧 Welch t 检验，p 值按 Holm 方法校正，校正后 p ≥ ${v('alpha', 0.05)} 即为并列获奖。${rules.jointWinnersOnTie ? '本次评选允许并列获奖。' : '本次评选只设一名获奖者，依次按 CLI、NPS、n 的公布值决定。'}`,
    ];
  return [
    `The customer satisfaction index (CSI) is the mean satisfaction score of an enterprise's valid respondents: each respondent's answers to the satisfaction items, rescaled from their scale to 0-100, averaged with the items' weights. The loyalty index (CLI) is made the same way from the loyalty items. The Net Promoter Score (NPS) is 100 × (share of promoters, ${v('promoterMin', 9)}-10, minus share of detractors, 0-${v('detractorMax', 6)}).`,
    `CSI and CLI carry a ${conf} % confidence interval, mean ± t × sd / √n; NPS carries NPS ± ${v('npsZ', 1.96)} × its standard error, clipped to -100…100. Every figure is computed from running totals (n, sum, sum of squares, promoter and detractor counts), so anyone can recompute it from the raw responses to the last digit.`,
    `Data quality: a second response of the same respondent for the same enterprise is a duplicate and is not counted (the first one wins). A response is excluded when fewer than ${v('minSatisfactionItems', 2)} satisfaction items are answered, more than ${pct('maxMissingShare', 0.2)} % of scored items are missing, or it was completed in under ${pct('minCompletionShareOfMedian', 0.4)} % of the campaign's median time; straight-lining, a failed attention item and contradictory answers are soft flags that exclude a response when ${v('softFlagsToExclude', 2)} or more are present. The exclusions of each industry are published by reason.`,
    `Enterprises with at least ${rules.minResponsesRanked} valid responses are ranked and can win; ${rules.minResponsesListed} to ${rules.minResponsesRanked - 1} are listed as indicative, not ranked; fewer are not published. Enterprises are ranked by CSI, highest first; figures are rounded to ${v('displayDecimals', 1)} decimal, and equal rounded CSI shares a rank.`,
    `The benchmark award goes to the leader and every enterprise not significantly below it: a one-sided Welch t-test of the leader against each other enterprise, p-values adjusted by Holm's method, joint winner when the adjusted p ≥ ${v('alpha', 0.05)}. ${rules.jointWinnersOnTie ? 'This campaign allows joint winners.' : 'This campaign names one winner, deciding ties by the published CLI, then NPS, then n.'}`,
  ];
}

/** What each published parameter means. A parameter not listed here is shown with its name only. */
export const PARAMETER_MEANINGS: Record<string, Record<Lang, string>> = {
  npsItem: { en: 'The item whose 0-10 answer gives NPS', zh: '用于计算 NPS 的题目（0-10 分）' },
  promoterMin: { en: 'Lowest answer counted as a promoter', zh: '计为推荐者的最低分' },
  detractorMax: { en: 'Highest answer counted as a detractor', zh: '计为贬损者的最高分' },
  confidence: { en: 'Confidence level of the CSI and CLI intervals', zh: 'CSI 与 CLI 区间的置信水平' },
  npsZ: { en: 'z value of the NPS interval', zh: 'NPS 区间的 z 值' },
  minSatisfactionItems: {
    en: 'Satisfaction items a response must answer to be valid',
    zh: '有效答卷至少需作答的满意度题目数',
  },
  maxMissingShare: {
    en: 'Largest share of scored items that may be missing',
    zh: '计分题目允许缺答的最大比例',
  },
  minCompletionShareOfMedian: {
    en: 'Shortest completion time, as a share of the campaign’s median',
    zh: '最短完成时间占本次评选中位时间的比例',
  },
  softFlagsToExclude: { en: 'Soft flags that exclude a response', zh: '导致答卷被排除的软标记数' },
  straightLiningMinItems: {
    en: 'Answered rated items needed before identical answers count as straight-lining',
    zh: '判定直线作答所需的最少已答评分题目数',
  },
  contradictions: {
    en: 'Pairs of items whose rescaled answers may not be further apart (a contradiction soft flag)',
    zh: '换算后得分相差不得超过限值的题目对（超过即为矛盾软标记）',
  },
  exclusionAlertRate: {
    en: 'Exclusion rate above which organizers are alerted',
    zh: '超过即提醒组织方的排除率',
  },
  exclusionAlertIndustryMultiple: {
    en: 'Multiple of the industry’s median exclusion rate that alerts organizers',
    zh: '超过行业排除率中位数的倍数即提醒组织方',
  },
  alpha: {
    en: 'Significance level: a joint winner when the Holm-adjusted p is at least this',
    zh: '显著性水平：Holm 校正后 p 不小于此值即并列获奖',
  },
  displayDecimals: { en: 'Decimals of every published figure', zh: '公布数据保留的小数位数' },
  minResponsesRanked: {
    en: 'Valid responses an enterprise needs to be ranked (the campaign’s rule)',
    zh: '企业参与排名所需的最少有效样本（本次评选的规则）',
  },
  minResponsesListed: {
    en: 'Valid responses an enterprise needs to be listed as indicative (the campaign’s rule)',
    zh: '企业列为参考所需的最少有效样本（本次评选的规则）',
  },
};

/** A parameter's value as a person reads it: contradiction rules in words, anything else as written. */
export function parameterValue(key: string, value: unknown, lang: Lang): string {
  if (key === 'contradictions' && Array.isArray(value))
    return (value as { itemA: string; itemB: string; maxGapPoints: number }[])
      .map((c) =>
        lang === 'zh'
          ? `${c.itemA} 与 ${c.itemB} 相差超过 ${c.maxGapPoints} 分`
          : `${c.itemA} and ${c.itemB} more than ${c.maxGapPoints} points apart`,
      )
      .join('; ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
