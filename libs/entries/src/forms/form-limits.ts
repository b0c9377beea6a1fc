/**
 * The bounds a form definition must stay within, and what a field that leaves a limit out gets. They bound
 * what one entry can hold, so an entry is always read, checked, shown and exported whole.
 */
export const FORM_LIMITS = {
  sections: 50,
  fieldsPerForm: 300,
  labelChars: 300,
  helpChars: 2000,
  options: 200,
  optionValueChars: 100,
  conditionValues: 50,
  columns: 20,
  tableRows: 200,
  maxFiles: 20,
  acceptTypes: 30,
  shortTextChars: 1000,
  longTextChars: 50_000,
} as const;

export const FIELD_DEFAULTS = {
  shortTextMaxLength: 300,
  longTextMaxLength: 10_000,
  maxFiles: 1,
  maxRows: 50,
  /** A text cell of a table. */
  tableTextChars: 1000,
  urlChars: 2048,
  emailChars: 254,
} as const;
