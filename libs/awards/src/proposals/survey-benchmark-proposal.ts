import {
  CategoryProposal,
  IndustryProposal,
  none,
  ProposalInput,
  roundOrNull,
  snapshotEvidence,
  SurveyEntry,
  withinLimit,
} from './category-proposal';
import { type FiguresOf, SURVEY_FIGURE_KEYS } from './figure-keys';

const surveyFigures = (e: SurveyEntry): FiguresOf<typeof SURVEY_FIGURE_KEYS> => ({
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
export function proposeSurveyBenchmark(input: ProposalInput): CategoryProposal {
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
