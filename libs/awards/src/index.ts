export * from './awards.module';
export * from './awards.service';
export * from './publication/public-results.service';
export * from './publication/enterprise-certificates.service';
export { proposeWinners } from './proposals/winner-proposal';
export type {
  CategoryKind,
  CategoryProposal,
  CategoryRules,
  IndustryProposal,
  ProposedWinner,
} from './proposals/winner-proposal';
export type { DecidedWinners } from './award-decision';
export type { CertificateContent } from './awards.repository';
export type {
  Publication,
  PublishedCategory,
  PublishedDataQuality,
  PublishedEntry,
  PublishedRanking,
  PublishedWinner,
} from './publication/publication';
export { FIGURE_KEYS } from './proposals/figure-keys';
export { bandText, FIGURE_LABELS, noWinnerText, problemText, ruleText } from './published-words';
export type { Lang } from './published-words';
