import { AdvancementRule } from './advancement';
import { AggregationMethod } from './panel-aggregation';
import { roundResults, RoundResults, RoundResultsInput } from './round-results';

/**
 * Whether a round's advancement decision on a visible entrant is the same with or without the hidden entrants,
 * so that a view computed without them may tell it. Only a minimum score or band, and only when each entrant's
 * score comes from its own sheets alone (mean, trimmed mean, median; the self-assessment mix is per entrant
 * too). Never a top N: who is in it depends on every entrant's score. Never under z-score: each judge's mean
 * and sd, and the round's, take in the judge's sheets on the hidden entrants, so a visible entrant's score and
 * therefore its minimum-score or band decision move with them.
 */
export function advancementVisibleWithout(method: AggregationMethod, rule: AdvancementRule | null): boolean {
  if (rule === null) return false;
  const perEntrantScore = method !== 'z-score';
  switch (rule.kind) {
    case 'top-n':
      return false;
    case 'min-score':
    case 'min-band':
      return perEntrantScore;
  }
}

/**
 * The round's inputs as if the hidden entrants had never been in it: no entrant row, no sheet, no missing sheet,
 * no place in the chair's order, no self-assessment. Everything computed from it (judge statistics, z-score
 * normalisation, inter-rater agreement, ranks) is then blind to them by construction.
 *
 * An advancement decision that depends on the hidden entrants cannot be told honestly without them: recomputed
 * without them it would show decisions that were not taken (and the difference from the real one could reveal
 * what they hold). So every decision that could depend on them is withheld (null) from such a view: always a top
 * N, and under z-score a minimum score or band too (see advancementVisibleWithout). Only a minimum score or band
 * over per-entrant aggregation, which depends on each entrant alone, is kept.
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
      hidden.size === 0 || advancementVisibleWithout(input.method, input.advancementRule)
        ? input.advancementRule
        : null,
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
