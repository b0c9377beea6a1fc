import { published } from '@app/judging';
import {
  CategoryProposal,
  finalRoundProblems,
  groupsOf,
  IndustryProposal,
  none,
  ProposalInput,
  round,
  roundEvidence,
  roundOrNull,
  snapshotEvidence,
  unproposed,
  withinLimit,
} from './category-proposal';
import { COMBINED_FIGURE_KEYS, type FiguresOf } from './figure-keys';

interface CombinedCandidate {
  enterpriseId: string;
  enterpriseName: string;
  industryCode: string;
  /** The survey mean, which the weighted score is computed from. */
  csi: number | null;
  /** The CSI as the ranking publishes it (one decimal), which ties are broken on. */
  publishedCsi: number | null;
  panel: number;
  band: string;
  combined: number | null;
  excluded: string | null;
}

/**
 * The published order: the combined score, then the panel score, then the CSI, each compared exactly as it is
 * published (combined at two decimals, the panel score at the round's precision, the CSI at the ranking's one
 * decimal), so two candidates are tied only when every figure anyone can read is equal.
 */
const combinedKey = (c: CombinedCandidate) => [
  round(c.combined ?? -1, 2),
  published(c.panel),
  c.publishedCsi ?? -1,
];

function compareCombined(a: CombinedCandidate, b: CombinedCandidate): number {
  const ka = combinedKey(a);
  const kb = combinedKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
  return a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0;
}

function decidedByCombined(a: CombinedCandidate, b: CombinedCandidate | undefined): string | null {
  if (!b) return null;
  const [steps, ka, kb] = [['combined', 'panel-score', 'csi'], combinedKey(a), combinedKey(b)];
  const i = ka.findIndex((x, j) => x !== kb[j]);
  return i === -1 ? 'unresolved' : steps[i];
}

/** The combined score on 0-100: the category's weights over the survey CSI and the final panel score. */
export function combinedScore(csi: number, panel: number, surveyWeight: number, panelWeight: number): number {
  return (surveyWeight * csi + panelWeight * panel) / (surveyWeight + panelWeight);
}

export function proposeCombined(input: ProposalInput): CategoryProposal {
  const { rules } = input;
  const sw = rules.surveyWeight ?? 0;
  const pw = rules.panelWeight ?? 0;
  const rule =
    `${sw} % survey CSI + ${pw} % final panel score, each on 0-100` +
    (rules.minPanelBand ? `, only for a panel band of at least "${rules.minPanelBand}"` : '') +
    `; the top ${rules.maxWinners}` +
    (rules.perIndustry ? ' in each industry' : ' over all industries') +
    '; ties by the panel score, then the CSI. Only enterprises ranked in the survey (enough valid responses) qualify';
  const problems = finalRoundProblems(input);
  const r = input.finalRound;
  const evidence = { snapshots: snapshotEvidence(input), round: r && roundEvidence(r) };
  if (problems.length > 0 || !r)
    return { kind: 'combined', rule, evidence, problems, industries: unproposed(input, problems) };

  const surveyEntry = (id: string, industry: string) =>
    input.snapshots.get(industry)?.entries.find((e) => e.enterpriseId === id);
  const all: CombinedCandidate[] = r.entrants
    .filter((e) => input.candidates.has(e.enterpriseId))
    .map((e) => {
      const s = surveyEntry(e.enterpriseId, e.industryCode);
      const csi = s?.eligibility === 'ranked' && s.csi && s.publishedCsi !== null ? s.csi.mean : null;
      const gateBand = rules.minPanelBand;
      const bandMin = (o: string) => r.bands.find((b) => b.outcome === o)?.min ?? -Infinity;
      const excluded =
        csi === null
          ? 'not ranked in the survey (too few valid responses)'
          : gateBand && bandMin(e.band) < bandMin(gateBand)
            ? `panel band "${e.band}" is below "${gateBand}"`
            : null;
      return {
        enterpriseId: e.enterpriseId,
        enterpriseName: e.enterpriseName,
        industryCode: e.industryCode,
        csi,
        publishedCsi: csi === null ? null : (s?.publishedCsi ?? null),
        panel: e.score,
        band: e.band,
        combined: csi === null ? null : combinedScore(csi, e.score, sw, pw),
        excluded,
      };
    });
  const figures = (c: CombinedCandidate): FiguresOf<typeof COMBINED_FIGURE_KEYS> => ({
    combined: roundOrNull(c.combined, 2),
    csi: c.publishedCsi,
    panelScore: published(c.panel),
    band: c.band,
  });
  const industries = groupsOf(input, all).map(({ industryCode, items }): IndustryProposal => {
    const qualified = items.filter((c) => c.excluded === null).sort(compareCombined);
    const excluded = items.filter((c) => c.excluded !== null);
    const { ranks, winners } = withinLimit(
      qualified,
      (a, b) => decidedByCombined(a, b) === 'unresolved',
      rules.maxWinners,
    );
    const candidates = [
      ...qualified.map((c, i) => ({
        enterpriseId: c.enterpriseId,
        enterpriseName: c.enterpriseName,
        rank: ranks[i],
        figures: figures(c),
        excluded: ranks[i] <= rules.maxWinners ? null : `rank ${ranks[i]}`,
      })),
      ...excluded.map((c) => ({
        enterpriseId: c.enterpriseId,
        enterpriseName: c.enterpriseName,
        rank: null,
        figures: figures(c),
        excluded: c.excluded,
      })),
    ];
    if (winners.length === 0) {
      return {
        ...none(industryCode, items.length === 0 ? 'no entrant in the final round' : 'no entrant qualifies'),
        candidates,
      };
    }
    const next = qualified[winners.length];
    return {
      industryCode,
      winners: winners.map((c, i) => ({
        enterpriseId: c.enterpriseId,
        enterpriseName: c.enterpriseName,
        figures: figures(c),
        decidedBy: decidedByCombined(c, i === winners.length - 1 ? next : qualified[i + 1]),
      })),
      noWinnerReason: null,
      notes: winners.length > rules.maxWinners ? ['an unresolved tie on the boundary: joint winners'] : [],
      candidates,
    };
  });
  return { kind: 'combined', rule, evidence, problems, industries };
}
