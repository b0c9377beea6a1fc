import { roundResults, RoundResults, RoundResultsInput } from './round-results';

/**
 * The round's inputs as if the hidden entrants had never been in it: no entrant row, no sheet, no missing sheet,
 * no place in the chair's order, no self-assessment. Everything computed from it (judge statistics, z-score
 * normalisation, inter-rater agreement, ranks) is then blind to them by construction.
 *
 * A top-N advancement is the one outcome that cannot be told honestly without them: who is in the top N depends
 * on the hidden entrants' scores, and recomputing it without them would publish decisions that were not taken.
 * So it is withheld (null) from such a view; a minimum score or band depends on each entrant alone and is kept.
 */
export function inputWithout(input: RoundResultsInput, hidden: ReadonlySet<string>): RoundResultsInput {
  const visible = (entrantId: string) => !hidden.has(entrantId);
  return {
    ...input,
    entrants: input.entrants.filter((e) => visible(e.entrantId)),
    sheets: input.sheets.filter((s) => visible(s.entrantId)),
    missingSheets: input.missingSheets.filter((m) => visible(m.entrantId)),
    chairOrder: input.chairOrder === null ? null : input.chairOrder.filter(visible),
    selfAssessment: new Map([...input.selfAssessment].filter(([entrantId]) => visible(entrantId))),
    advancementRule:
      input.advancementRule?.kind === 'top-n' && hidden.size > 0 ? null : input.advancementRule,
  };
}

/**
 * What a judge with conflicts reads: the round's results computed without the entrants the judge is conflicted
 * with. It is a pure function of the visible entrants' inputs, so nothing a hidden entrant's sheets hold can
 * change a byte of it (libs/judging/src/judge-view.spec.ts checks this for random rounds).
 */
export function resultsWithout(input: RoundResultsInput, hidden: ReadonlySet<string>): RoundResults {
  return roundResults(inputWithout(input, hidden));
}
