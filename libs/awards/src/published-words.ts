/**
 * The words the awards lib writes in English (category rules, why no proposal can be made, reasons for no
 * winner, certification bands), said in the reader's language: the one place both the public site and the
 * organizer's proposals answer take them from. A publication is frozen at the announcement, so its English
 * text stays the record; a reader gets the known shapes translated, and the English text itself for any shape
 * not known here, rather than a guess.
 */

export type Lang = 'en' | 'zh';

const SURVEY_RULE =
  /^Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it \(one-sided Welch test, Holm-adjusted, alpha as published\)(?:; one winner by the published tie-break \(CLI, NPS, n\)|; at most (\d+))$/;
const PANEL_RULE =
  /^The top (\d+) of the final finalised round (in each industry|over all industries), by the round score and then its published tie-break$/;
const COMBINED_RULE =
  /^(\d+(?:\.\d+)?) % survey CSI \+ (\d+(?:\.\d+)?) % final panel score, each on 0-100(?:, only for a panel band of at least "([a-z-]+)")?; the top (\d+) (in each industry|over all industries); ties by the panel score, then the CSI\. Only enterprises ranked in the survey \(enough valid responses\) qualify$/;

const BANDS_ZH: Record<string, string> = {
  'certified-five-star': '通过认证，达到5星级客户服务中心运营标准',
  certified: '通过认证',
  conditional: '有条件地通过认证',
  'not-certified': '未通过认证',
};

const NO_WINNER_ZH: [prefix: string, zh: string][] = [
  ['no ranking snapshot', '无排名快照：该行业没有汇总任何调查答卷'],
  ['no eligible enterprise', '无合格企业：没有企业的有效样本足以参与排名'],
  ['no scored entrant in the final round', '最终轮次中没有已评分的参评者'],
  ['no entrant in the final round', '最终轮次中没有参评者'],
  ['no entrant qualifies', '没有参评者符合条件'],
];

const PROBLEM_NO_ROUND = 'the category has no judging round';
const PROBLEM_NOT_FINALISED = /^the final round "(.*)" \(position (\d+)\) is not finalised$/;

const scope = (words: string) => (words === 'in each industry' ? '每个行业' : '全部行业中');

/** A category's rule in the reader's language; the English text itself when its shape is not known. */
export function ruleText(rule: string, lang: Lang): string {
  if (lang === 'en') return rule;
  const survey = SURVEY_RULE.exec(rule);
  if (survey) {
    const limit = survey[1] ? `；最多 ${survey[1]} 名` : '；按公布的并列处理规则（CLI、NPS、n）只选一名';
    return `每个行业中，参与排名企业里 CSI 最高者，以及与其无显著差异的所有企业（单侧 Welch 检验，Holm 校正，显著性水平见公布参数）${limit}`;
  }
  const panel = PANEL_RULE.exec(rule);
  if (panel) {
    return `最终且已定稿评审轮次中${scope(panel[2])}的前 ${panel[1]} 名，按轮次得分排序，再按公布的并列处理规则`;
  }
  const combined = COMBINED_RULE.exec(rule);
  if (combined) {
    const gate = combined[3] ? `，仅限评审等级不低于“${bandText(combined[3], 'zh')}”的企业` : '';
    return `${combined[1]}% 调查 CSI + ${combined[2]}% 最终评审得分（均为 0-100）${gate}；${scope(combined[5])}前 ${combined[4]} 名；同分时先比评审得分，再比 CSI。仅在调查中参与排名（有效样本足够）的企业有资格`;
  }
  return rule;
}

/** The bands' names in English, as the CCCS-OP rubric means them (the slug is not a reader's word). */
const BANDS_EN: Record<string, string> = {
  'certified-five-star': 'certified at five-star level',
  certified: 'certified',
  conditional: 'conditionally certified',
  'not-certified': 'not certified',
};

/** A certification band's name in the reader's language; the band's own name when it is not a known one. */
export function bandText(band: string, lang: Lang): string {
  return (lang === 'zh' ? BANDS_ZH : BANDS_EN)[band] ?? band;
}

/** Why no proposal can be made for a category, in the reader's language (the English when not known). */
export function problemText(problem: string, lang: Lang): string {
  if (lang === 'en') return problem;
  if (problem === PROBLEM_NO_ROUND) return '该类别没有评审轮次';
  const round = PROBLEM_NOT_FINALISED.exec(problem);
  return round ? `最终轮次“${round[1]}”（第 ${round[2]} 轮）尚未定稿` : problem;
}

/** Why a group has no winner, in the reader's language (the English reason when it is not a known one). */
export function noWinnerText(reason: string | null, lang: Lang): string {
  if (reason === null || lang === 'en') return reason ?? '';
  const unproposed = /^no proposal: (.*)$/.exec(reason);
  if (unproposed) {
    const problems = unproposed[1].split('; ').map((p) => problemText(p, lang));
    return problems.some((p, i) => p === unproposed[1].split('; ')[i])
      ? reason
      : `无法提出建议：${problems.join('；')}`;
  }
  return NO_WINNER_ZH.find(([prefix]) => reason.startsWith(prefix))?.[1] ?? reason;
}

/** Labels of a winner's figures, in the order they are shown. */
export const FIGURE_LABELS: Record<Lang, Record<string, string>> = {
  en: {
    n: 'n',
    csi: 'CSI',
    cli: 'CLI',
    nps: 'NPS',
    combined: 'combined score',
    panelScore: 'panel score',
    band: 'band',
  },
  zh: {
    n: '样本数',
    csi: 'CSI',
    cli: 'CLI',
    nps: 'NPS',
    combined: '综合得分',
    panelScore: '评审得分',
    band: '等级',
  },
};
