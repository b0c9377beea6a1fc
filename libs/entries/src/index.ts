export * from './form-definition';
export * from './entries.module';
export * from './entries.errors';
export { FORM_LIMITS, FIELD_DEFAULTS } from './forms/form-limits';
export { formDefinitionProblems, CONDITION_SOURCE_TYPES } from './forms/form-definition-problems';
export {
  conditionHolds,
  fieldOf,
  fieldsOf,
  isEmptyAnswer,
  missingAnswers,
  visibleAnswers,
  visibleFields,
} from './forms/form-fields';
export { answerProblems, normalizedAnswer } from './answers/answer-problems';
export { answerText } from './answers/answer-text';
export { EntryFormsService } from './forms/entry-forms.service';
export type { NewEntryForm } from './forms/entry-forms.service';
export { CategoryFormsService } from './forms/category-forms.service';
export type { FormInForce } from './forms/category-forms.service';
export type { StoredEntryForm, StoredEntryFormVersion } from './forms/entry-forms.repository';
export { EntriesService } from './answers/entries.service';
export type { EntryState, StoredRevision } from './answers/entries.repository';
export type {
  EntryRevision,
  EntryView,
  EntryViewState,
  UploadTarget,
  VisibleEntry,
} from './answers/entry-view';
export { EntryReportsService } from './reports/entry-reports.service';
export type {
  CandidacyRow,
  CategoryCompletenessReport,
  EntryExportRow,
} from './reports/entry-reports.service';
export type { CategoryCompleteness, CompletenessCounts } from './reports/completeness';
export { EntryFilesService } from './files/entry-files.service';
export type { EntryFieldFiles } from './files/entry-files.service';
export type { EntryDocument, ShownAnswers } from './files/entry-documents';
