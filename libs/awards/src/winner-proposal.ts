import { published } from '@app/judging';

/**
 * The platform's proposal of winners for one award category, from the evidence alone: the latest ranking
 * snapshots (survey-benchmark), the final finalised judging round (panel), or both through the category's
 * published formula (combined). Pure: the same evidence always gives the same proposal, which is what lets a
 * confirmation be frozen by a hash of it.
 */

/** Survey figures are published to one decimal (METHODOLOGY.md), combined scores to two. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

const roundOrNull = (value: number | null | undefined, decimals = 1) =>
  value === null || value === undefined ? null : round(value, decimals);

export type CategoryKind = 'survey-benchmark' | 'panel' | 'combined';

export interface CategoryRules {
  kind: CategoryKind;
  perIndustry: boolean;
  maxWinners: number;
  surveyWeight: number | null;
  panelWeight: number | null;
  minPanelBand: string | null;
}

/** What a proposal needs of a ranking snapshot entry (the rankings lib's SnapshotEntry fits). */
export interface SurveyEntry {
  enterpriseId: string;
  legalName: string;
  eligibility: 'ranked' | 'indicative' | 'unpublished';
  rank: number | null;
  n: number;
  publishedCsi: number | null;
  csi: { mean: number; low: number | null; high: number | null } | null;
  cli: { mean: number } | null;
  nps: { nps: number } | null;
  winnerSet: { leader: boolean; member: boolean; p: number | null; adjustedP: number | null } | null;
}

export interface SurveySnapshot {
  id: string;
  industryCode: string;
  sequence: number;
  methodologyVersion: string;
  entries: SurveyEntry[];
  winnerSet: string[];
  singleWinner: { enterpriseId: string | null; decidedBy: string } | null;
}

export interface PanelEntrant {
  enterpriseId: string;
  enterpriseName: string;
  industryCode: string;
  score: number;
  band: string;
  rank: number;
  decidedBy: string | null;
}

export interface FinalRound {
  roundId: string;
  position: number;
  name: string;
  checksum: string | null;
  tieBreak: string[];
  /** Bands of the round's rubric, for the combined category's gate: outcome and its lowest whole point. */
  bands: { outcome: string; min: number }[];
  entrants: PanelEntrant[];
}

export interface ProposedWinner {
  enterpriseId: string;
  enterpriseName: string;
  /** The figures the decision rests on, rounded as they are published. */
  figures: Record<string, number | string | null>;
  /** What separated this winner from the next candidate: a tie-break step, the score, or null. */
  decidedBy: string | null;
  /** The verified identity version the name is from; set by `withPublishedNames`. */
  identityVersion?: number | null;
}

export interface IndustryProposal {
  /** null for a category decided over all industries. */
  industryCode: string | null;
  winners: ProposedWinner[];
  /** Why there is no winner, when there is none. */
  noWinnerReason: string | null;
  notes: string[];
  /** The ordered field the winners were taken from, with the reason each excluded candidate was left out. */
  candidates: {
    enterpriseId: string;
    enterpriseName: string;
    rank: number | null;
    figures: ProposedWinner['figures'];
    excluded: string | null;
    identityVersion?: number | null;
  }[];
}

export interface ProposalEvidence {
  snapshots: { industryCode: string; snapshotId: string; sequence: number; methodologyVersion: string }[];
  round: { roundId: string; position: number; name: string; checksum: string | null } | null;
}

export interface CategoryProposal {
  kind: CategoryKind;
  /** The published rule, in words. */
  rule: string;
  evidence: ProposalEvidence;
  /** Why no proposal can be made at all (e.g. the final round is not finalised); empty when it can. */
  problems: string[];
  industries: IndustryProposal[];
}

export interface ProposalInput {
  rules: CategoryRules;
  industryCodes: string[];
  /** Approved candidates of this category: only they can win it. */
  candidates: Set<string>;
  jointWinnersOnTie: boolean;
  /** Latest snapshot per industry. */
  snapshots: Map<string, SurveySnapshot>;
  /** The category's last round, if any; its outcome counts only when it is finalised. */
  finalRound: (FinalRound & { state: string }) | null;
}

export function proposeWinners(input: ProposalInput): CategoryProposal {
  switch (input.rules.kind) {
    case 'survey-benchmark':
      return proposeSurveyBenchmark(input);
    case 'panel':
      return proposePanel(input);
    case 'combined':
      return proposeCombined(input);
  }
}

function snapshotEvidence(input: ProposalInput): ProposalEvidence['snapshots'] {
  return input.industryCodes.flatMap((code) => {
    const s = input.snapshots.get(code);
    return s
      ? [
          {
            industryCode: code,
            snapshotId: s.id,
            sequence: s.sequence,
            methodologyVersion: s.methodologyVersion,
          },
        ]
      : [];
  });
}

const surveyFigures = (e: SurveyEntry): ProposedWinner['figures'] => ({
  n: e.n,
  csi: e.publishedCsi,
  csiLow: roundOrNull(e.csi?.low),
  csiHigh: roundOrNull(e.csi?.high),
  cli: roundOrNull(e.cli?.mean),
  nps: roundOrNull(e.nps?.nps),
  p: e.winnerSet?.p ?? null,
  adjustedP: e.winnerSet?.adjustedP ?? null,
});

/** METHODOLOGY.md steps 2-3: the winner set (joint winners), or one winner by the recorded tie-break. */
function proposeSurveyBenchmark(input: ProposalInput): CategoryProposal {
  const { rules } = input;
  const single = rules.maxWinners === 1 || !input.jointWinnersOnTie;
  const industries = input.industryCodes.map((code): IndustryProposal => {
    const s = input.snapshots.get(code);
    if (!s) return none(code, 'no ranking snapshot: no responses were aggregated for this industry');
    const ranked = s.entries.filter(
      (e) => e.eligibility === 'ranked' && input.candidates.has(e.enterpriseId),
    );
    const candidates = ranked.map((e) => ({
      enterpriseId: e.enterpriseId,
      enterpriseName: e.legalName,
      rank: e.rank,
      figures: surveyFigures(e),
      excluded: e.winnerSet?.member ? null : 'significantly below the leader (Holm-adjusted p < alpha)',
    }));
    if (ranked.length === 0)
      return { ...none(code, 'no eligible enterprise: none has enough valid responses to be ranked') };
    const byId = new Map(ranked.map((e) => [e.enterpriseId, e]));
    const notes: string[] = [];
    let winnerIds = s.winnerSet.filter((id) => byId.has(id));
    let decidedBy: string | null = 'winner-set';
    if (single && winnerIds.length > 1) {
      const chosen = s.singleWinner?.enterpriseId ?? null;
      decidedBy = s.singleWinner?.decidedBy ?? 'unresolved';
      if (chosen && byId.has(chosen)) {
        notes.push(`${winnerIds.length} statistically tied; one winner by the tie-break step "${decidedBy}"`);
        winnerIds = [chosen];
      } else {
        notes.push('the tie-break left the statistically tied enterprises tied: joint winners');
      }
    } else if (winnerIds.length > rules.maxWinners) {
      // Ranks are competition ranks on the published CSI, so the cut never separates two enterprises whose
      // published figures are equal: a tie on the boundary gives joint winners, as in the panel's limit.
      const inRankOrder = winnerIds
        .map((id) => byId.get(id) as SurveyEntry)
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
      const { winners } = withinLimit(inRankOrder, (a, b) => a.rank === b.rank, rules.maxWinners);
      notes.push(`${winnerIds.length} in the winner set; the first ${rules.maxWinners} by rank win`);
      if (winners.length > rules.maxWinners)
        notes.push('an equal published CSI on the boundary: joint winners beyond the limit');
      winnerIds = winners.map((e) => e.enterpriseId);
    }
    if (winnerIds.length > 1) notes.push('joint winners: not significantly different from the leader');
    for (const c of candidates)
      if (!c.excluded && !winnerIds.includes(c.enterpriseId)) c.excluded = 'tie-break';
    return {
      industryCode: code,
      winners: winnerIds.map((id) => {
        const e = byId.get(id) as SurveyEntry;
        return { enterpriseId: id, enterpriseName: e.legalName, figures: surveyFigures(e), decidedBy };
      }),
      noWinnerReason: null,
      notes,
      candidates,
    };
  });
  return {
    kind: 'survey-benchmark',
    rule:
      'Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it ' +
      '(one-sided Welch test, Holm-adjusted, alpha as published)' +
      (single ? '; one winner by the published tie-break (CLI, NPS, n)' : `; at most ${rules.maxWinners}`),
    evidence: { snapshots: snapshotEvidence(input), round: null },
    problems: [],
    industries,
  };
}

function none(industryCode: string | null, reason: string): IndustryProposal {
  return { industryCode, winners: [], noWinnerReason: reason, notes: [], candidates: [] };
}

/** The final round counts only when finalised: its results are then frozen with a checksum. */
function finalRoundProblems(input: ProposalInput): string[] {
  const r = input.finalRound;
  if (!r) return ['the category has no judging round'];
  if (r.state !== 'finalised')
    return [`the final round "${r.name}" (position ${r.position}) is not finalised`];
  return [];
}

const roundEvidence = (r: FinalRound): ProposalEvidence['round'] => ({
  roundId: r.roundId,
  position: r.position,
  name: r.name,
  checksum: r.checksum,
});

/** Every group without a winner, saying why no proposal could be made. */
function unproposed(input: ProposalInput, problems: string[]): IndustryProposal[] {
  return groupsOf(input, []).map((g) => none(g.industryCode, `no proposal: ${problems.join('; ')}`));
}

/** Groups of candidates the category is decided in: one per industry, or one over all. */
function groupsOf<T extends { industryCode: string }>(input: ProposalInput, items: T[]) {
  if (!input.rules.perIndustry) return [{ industryCode: null, items }];
  return input.industryCodes.map((code) => ({
    industryCode: code,
    items: items.filter((i) => i.industryCode === code),
  }));
}

/**
 * Competition ranks within a group from an order in which equal keys are adjacent: 1, 1, 3. Winners are the
 * candidates ranked within `maxWinners`, so a tie on the boundary that no tie-break resolved gives joint winners.
 */
function withinLimit<T>(sorted: T[], sameAsPrevious: (a: T, b: T) => boolean, maxWinners: number) {
  const ranks: number[] = [];
  sorted.forEach((x, i) => ranks.push(i > 0 && sameAsPrevious(sorted[i - 1], x) ? ranks[i - 1] : i + 1));
  return { ranks, winners: sorted.filter((_, i) => ranks[i] <= maxWinners) };
}

function proposePanel(input: ProposalInput): CategoryProposal {
  const problems = finalRoundProblems(input);
  const r = input.finalRound;
  const rule =
    `The top ${input.rules.maxWinners} of the final finalised round` +
    (input.rules.perIndustry ? ' in each industry' : ' over all industries') +
    ', by the round score and then its published tie-break';
  if (problems.length > 0 || !r)
    return {
      kind: 'panel',
      rule,
      evidence: { snapshots: [], round: r && roundEvidence(r) },
      problems,
      industries: unproposed(input, problems),
    };
  const entrants = r.entrants.filter((e) => input.candidates.has(e.enterpriseId));
  // The round's ranks (and so the winners) compare scores at judging's published precision: the score is
  // published at that precision too, so an excluded entrant never shows the same score as the last winner.
  const figures = (e: PanelEntrant) => ({ panelScore: published(e.score), band: e.band, roundRank: e.rank });
  const industries = groupsOf(input, entrants).map(({ industryCode, items }): IndustryProposal => {
    if (items.length === 0) return none(industryCode, 'no scored entrant in the final round');
    const sorted = [...items].sort((a, b) => a.rank - b.rank);
    const { ranks, winners } = withinLimit(sorted, (a, b) => a.rank === b.rank, input.rules.maxWinners);
    const notes =
      winners.length > input.rules.maxWinners
        ? ["a tie the round's tie-break did not resolve: joint winners"]
        : [];
    return {
      industryCode,
      winners: winners.map((e) => ({
        enterpriseId: e.enterpriseId,
        enterpriseName: e.enterpriseName,
        figures: figures(e),
        decidedBy: e.decidedBy,
      })),
      noWinnerReason: null,
      notes,
      candidates: sorted.map((e, i) => ({
        enterpriseId: e.enterpriseId,
        enterpriseName: e.enterpriseName,
        rank: ranks[i],
        figures: figures(e),
        excluded: ranks[i] <= input.rules.maxWinners ? null : `rank ${ranks[i]}`,
      })),
    };
  });
  return { kind: 'panel', rule, evidence: { snapshots: [], round: roundEvidence(r) }, problems, industries };
}

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

function proposeCombined(input: ProposalInput): CategoryProposal {
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
  const figures = (c: CombinedCandidate) => ({
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
