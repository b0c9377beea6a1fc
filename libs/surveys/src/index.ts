export * from './methodology';
export * from './respondent-scores';
export * from './response-quality';
export * from './instrument-rules';
export * from './response-row';
export * from './surveys.errors';
export * from './methodology.service';
export type { StoredMethodologyVersion } from './methodology.repository';
export * from './partner-keys.service';
export type { PartnerKey } from './partner-keys.repository';
export * from './survey-entrants.service';
export * from './response-arrivals';
export * from './response-batches.service';
export * from './stored-responses-statistics';
export type { ClaimedBatches, PendingBatches } from './response-batches.repository';
export * from './ingestion.service';
export type {
  ImportFormat,
  ImportRejection,
  ImportState,
  ImportSubmitter,
  IngestionTotals,
  SurveyImport,
} from './survey-imports.repository';
export * from './survey-imports.service';
export * from './surveys.module';
