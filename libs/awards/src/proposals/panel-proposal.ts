import { published } from '@app/judging';
import {
  CategoryProposal,
  finalRoundProblems,
  groupsOf,
  IndustryProposal,
  none,
  PanelEntrant,
  ProposalInput,
  roundEvidence,
  unproposed,
  withinLimit,
} from './category-proposal';
import { type FiguresOf, PANEL_FIGURE_KEYS } from './figure-keys';

export function proposePanel(input: ProposalInput): CategoryProposal {
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
  const figures = (e: PanelEntrant): FiguresOf<typeof PANEL_FIGURE_KEYS> => ({
    panelScore: published(e.score),
    band: e.band,
    roundRank: e.rank,
  });
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
