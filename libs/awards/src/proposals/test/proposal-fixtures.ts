import type { TieBreakStep } from '@app/rankings';
import type {
  CategoryRules,
  FinalRound,
  PanelEntrant,
  ProposalInput,
  SurveyEntry,
  SurveySnapshot,
} from '../winner-proposal';

/** The evidence the proposal specs share: three industries' snapshots and a finalised final round. */

/** Only the mean and the interval are read by a proposal; the rest of the rankings' figure is filler. */
export const interval = (mean: number, low: number | null, high: number | null) => ({
  n: 120,
  mean,
  sd: null,
  standardError: null,
  low,
  high,
});

export const entry = (
  id: string,
  o: Partial<Omit<SurveyEntry, 'csi'>> & { csi?: number; member?: boolean },
): SurveyEntry => ({
  enterpriseId: id,
  legalName: `Enterprise ${id}`,
  eligibility: o.eligibility ?? 'ranked',
  rank: o.rank ?? 1,
  n: o.n ?? 120,
  publishedCsi: o.csi ?? 80,
  csi: interval(o.csi ?? 80, (o.csi ?? 80) - 2.04, (o.csi ?? 80) + 2.04),
  cli: interval(70.04, null, null),
  nps: { n: o.n ?? 120, nps: 30, variance: 0, low: 30, high: 30 },
  winnerSet:
    o.eligibility && o.eligibility !== 'ranked'
      ? null
      : { leader: false, member: o.member ?? false, p: 0.2, adjustedP: 0.4, degreesOfFreedom: null },
});

export const snapshot = (
  industryCode: string,
  entries: SurveyEntry[],
  winnerSet: string[],
  single?: [string | null, TieBreakStep],
): SurveySnapshot => ({
  id: `snap-${industryCode}`,
  industryCode,
  sequence: 3,
  methodologyVersion: 'csi-2026.1',
  entries,
  winnerSet,
  singleWinner: single ? { enterpriseId: single[0], decidedBy: single[1] } : null,
});

export const RULES: CategoryRules = {
  kind: 'survey-benchmark',
  perIndustry: true,
  maxWinners: 3,
  surveyWeight: null,
  panelWeight: null,
  minPanelBand: null,
};

export const input = (o: Partial<ProposalInput>): ProposalInput => ({
  rules: RULES,
  industryCodes: ['telecom', 'finance', 'retail'],
  candidates: new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']),
  jointWinnersOnTie: true,
  snapshots: new Map(),
  finalRound: null,
  ...o,
});

// telecom: A leads, B not significantly below (joint), C below; finance: E and F tied, F wins on CLI;
// retail: only G, with too few responses to be ranked.
export const SNAPSHOTS = new Map([
  [
    'telecom',
    snapshot(
      'telecom',
      [
        entry('A', { csi: 90.04, member: true }),
        entry('B', { csi: 89.5, member: true, rank: 2 }),
        entry('C', { csi: 70, rank: 3 }),
      ],
      ['A', 'B'],
      ['A', 'cli'],
    ),
  ],
  [
    'finance',
    snapshot(
      'finance',
      [entry('E', { csi: 80, member: true }), entry('F', { csi: 80, member: true })],
      ['E', 'F'],
      ['F', 'cli'],
    ),
  ],
  ['retail', snapshot('retail', [entry('G', { eligibility: 'indicative', rank: null, n: 40 })], [])],
]);

export const entrant = (
  id: string,
  industryCode: string,
  score: number,
  rank: number,
  band = 'certified',
): PanelEntrant => ({
  enterpriseId: id,
  enterpriseName: `Enterprise ${id}`,
  industryCode,
  score,
  band,
  rank,
  decidedBy: 'score',
});

export const ROUND: FinalRound & { state: string } = {
  roundId: 'r2',
  position: 2,
  name: 'Site visit',
  checksum: 'c'.repeat(64),
  tieBreak: ['heaviest-category'],
  bands: [
    { outcome: 'certified-five-star', min: 81 },
    { outcome: 'certified', min: 61 },
    { outcome: 'conditional', min: 41 },
    { outcome: 'not-certified', min: 0 },
  ],
  entrants: [
    entrant('A', 'telecom', 86, 1, 'certified-five-star'),
    entrant('E', 'finance', 70, 2),
    entrant('B', 'telecom', 68, 3),
    entrant('F', 'finance', 68, 3),
    entrant('C', 'telecom', 46, 5, 'conditional'),
  ],
  state: 'finalised',
};
