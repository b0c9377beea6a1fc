import { CategoryProposal, ProposalInput } from './category-proposal';
import { proposeCombined } from './combined-proposal';
import { proposePanel } from './panel-proposal';
import { proposeSurveyBenchmark } from './survey-benchmark-proposal';

export * from './category-proposal';
export { combinedScore } from './combined-proposal';

/**
 * The platform's proposal of winners for one award category, from the evidence alone: the latest ranking
 * snapshots (survey-benchmark), the final finalised judging round (panel), or both through the category's
 * published formula (combined). Pure: the same evidence always gives the same proposal, which is what lets a
 * confirmation be frozen by a hash of it.
 */
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
