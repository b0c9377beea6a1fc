/**
 * Labels of every figure a proposal can carry (libs/awards/src/proposals/figure-keys.ts lists them; a unit test
 * checks each has a label here in both languages). Spread into the `organizerJudging` namespace as `figure`.
 */
export const FIGURE_TEXT = {
  en: {
    n: 'n',
    csi: 'CSI',
    csiLow: 'CSI low',
    csiHigh: 'CSI high',
    cli: 'CLI',
    nps: 'NPS',
    p: 'p',
    adjustedP: 'adjusted p',
    panelScore: 'panel score',
    band: 'band',
    roundRank: 'round rank',
    combined: 'combined score',
    score: 'Score',
  },
  zh: {
    n: '样本数',
    csi: 'CSI',
    csiLow: 'CSI 下限',
    csiHigh: 'CSI 上限',
    cli: 'CLI',
    nps: 'NPS',
    p: 'p 值',
    adjustedP: '校正后 p 值',
    panelScore: '评审得分',
    band: '等级',
    roundRank: '轮次名次',
    combined: '综合得分',
    score: '得分',
  },
};
