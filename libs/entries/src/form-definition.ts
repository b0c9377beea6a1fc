import type { Localized } from '@app/common';

/**
 * An entry form as organizers write it: ordered sections of ordered fields. A version of a form is
 * immutable; an edit is the next version.
 */
export const FIELD_TYPES = [
  'short-text',
  'long-text',
  'number',
  'single-choice',
  'multiple-choice',
  'date',
  'url',
  'email',
  'file',
  'table',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface ChoiceOption {
  value: string;
  label: Localized;
}

export const TABLE_COLUMN_TYPES = ['text', 'number', 'date'] as const;
export type TableColumnType = (typeof TABLE_COLUMN_TYPES)[number];

export interface TableColumn {
  key: string;
  label: Localized;
  type: TableColumnType;
  required?: boolean;
}

/** Show the field only when another (earlier) field's answer equals one of `in` (or includes one, for a multiple choice). */
export interface FieldCondition {
  field: string;
  in: (string | number | boolean)[];
}

export interface FormField {
  key: string;
  type: FieldType;
  label: Localized;
  help?: Localized;
  required: boolean;
  showWhen?: FieldCondition;
  /** short-text, long-text: length in characters. */
  minLength?: number;
  maxLength?: number;
  /** number: range, and whether only integers are answers. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** single-choice, multiple-choice. */
  options?: ChoiceOption[];
  minChoices?: number;
  maxChoices?: number;
  /** file: media types (`image/*` allowed), size per file and file count. */
  accept?: string[];
  maxBytes?: number;
  maxFiles?: number;
  /** table: typed columns and a row count range. */
  columns?: TableColumn[];
  minRows?: number;
  maxRows?: number;
}

export interface FormSection {
  key: string;
  title: Localized;
  description?: Localized;
  fields: FormField[];
}

export interface FormDefinition {
  sections: FormSection[];
}

/** A section, field, column key: a letter, then letters, digits or `_`; at most 63 characters. */
export const FORM_KEY = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * The platform's ceiling for one uploaded file. A file field may ask for less; the documents lib enforces
 * the bytes, entries only refuses a form that asks for more.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** What an answer holds, per field type (null clears it). */
export type TableCell = string | number | null;
export type TableRow = Record<string, TableCell>;
export type AnswerValue = string | number | string[] | TableRow[] | null;
/** A candidacy's answers by field key; a field never answered (or cleared) is absent. */
export type Answers = Record<string, AnswerValue>;
