export * from './running-totals';
export * from './summary-statistics';
export * from './nps';
export * from './welch-test';
export * from './holm';
export * from './median';
export * from './enterprise-figures';
export * from './ranking';
export * from './industry-aggregate';
export * from './industry-snapshot';
export type { NewSnapshot, RankingSnapshot, SnapshotSummary } from './ranking-snapshots.repository';
// Only until awards reads through RankingSnapshotsService; then this line and the module's export go.
export { RankingSnapshotsRepository } from './ranking-snapshots.repository';
export * from './ranking-snapshots.service';
export type { EnterpriseQualityCounts, IndustryCandidate } from './rankings.repository';
export * from './rankings.service';
export * from './rankings-read.service';
export * from './ranking-jobs.service';
export * from './rankings.module';
