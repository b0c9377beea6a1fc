import type { RankingSnapshot, SnapshotEntry } from '@app/rankings';

/**
 * What a proposal is made of and what it says, and the steps every kind of category shares: its groups
 * (one per industry or one over all), the limit on winners, and the evidence it names.
 */

/** Survey figures are published to one decimal (METHODOLOGY.md), combined scores to two. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

export const roundOrNull = (value: number | null | undefined, decimals = 1) =>
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

/**
 * What a proposal reads of a ranking snapshot: the rankings lib's own types, narrowed to the figures used, so a
 * change of the snapshot is a compile error here rather than a wrong figure at run time.
 */
export type SurveyEntry = Pick<
  SnapshotEntry,
  | 'enterpriseId'
  | 'legalName'
  | 'eligibility'
  | 'rank'
  | 'n'
  | 'publishedCsi'
  | 'csi'
  | 'cli'
  | 'nps'
  | 'winnerSet'
>;

export type SurveySnapshot = Pick<
  RankingSnapshot,
  'id' | 'industryCode' | 'sequence' | 'methodologyVersion' | 'winnerSet' | 'singleWinner'
> & { entries: SurveyEntry[] };

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

export function snapshotEvidence(input: ProposalInput): ProposalEvidence['snapshots'] {
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

export function none(industryCode: string | null, reason: string): IndustryProposal {
  return { industryCode, winners: [], noWinnerReason: reason, notes: [], candidates: [] };
}

/** The final round counts only when finalised: its results are then frozen with a checksum. */
export function finalRoundProblems(input: ProposalInput): string[] {
  const r = input.finalRound;
  if (!r) return ['the category has no judging round'];
  if (r.state !== 'finalised')
    return [`the final round "${r.name}" (position ${r.position}) is not finalised`];
  return [];
}

export const roundEvidence = (r: FinalRound): ProposalEvidence['round'] => ({
  roundId: r.roundId,
  position: r.position,
  name: r.name,
  checksum: r.checksum,
});

/** Every group without a winner, saying why no proposal could be made. */
export function unproposed(input: ProposalInput, problems: string[]): IndustryProposal[] {
  return groupsOf(input, []).map((g) => none(g.industryCode, `no proposal: ${problems.join('; ')}`));
}

/** Groups of candidates the category is decided in: one per industry, or one over all. */
export function groupsOf<T extends { industryCode: string }>(input: ProposalInput, items: T[]) {
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
export function withinLimit<T>(sorted: T[], sameAsPrevious: (a: T, b: T) => boolean, maxWinners: number) {
  const ranks: number[] = [];
  sorted.forEach((x, i) => ranks.push(i > 0 && sameAsPrevious(sorted[i - 1], x) ? ranks[i - 1] : i + 1));
  return { ranks, winners: sorted.filter((_, i) => ranks[i] <= maxWinners) };
}
