import type { Localized } from '@app/common';
import type { UploadRules } from '@app/documents';
import type { ShownAnswers } from '../files/entry-documents';
import type { Answers, FormDefinition, FormField } from '../form-definition';
import type { FormInForce } from '../forms/category-forms.service';
import type { EntryState, StoredRevision } from './entries.repository';

/** `not-started` until the first answer is saved. */
export type EntryViewState = EntryState | 'not-started';

/** A candidacy's entry as its entrants and organizers see it. */
export interface EntryView {
  candidacyId: string;
  campaignId: string;
  categoryId: string;
  form: Omit<FormInForce, 'categoryId' | 'frozen'>;
  state: EntryViewState;
  /**
   * Every saved answer, those of hidden fields included (they come back if the field shows again); a file
   * field's answer is its documents.
   */
  answers: ShownAnswers;
  /** The keys of the fields that show with these answers, in form order. */
  visibleFields: string[];
  /** The required fields that show and are empty: what keeps the entry from being submitted. */
  missingFields: { key: string; label: Localized }[];
  revision: number;
  updatedAt: Date | null;
  updatedBy: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  /** Whether answers may change now; `lockedReason` says why not. */
  editable: boolean;
  /** Registration's close: answers may change until then (null: until the campaign leaves registration). */
  editableUntil: Date | null;
  lockedReason: Localized | null;
}

/** An entry as another lib reads it: only what shows, for whom the entry is shown (judges). */
export interface VisibleEntry {
  candidacyId: string;
  formKey: string;
  formVersion: number;
  definition: FormDefinition;
  state: EntryState;
  /** Only the answers of visible fields, non-empty ones. */
  answers: Answers;
}

/** A revision of one field, with who made it. */
export interface EntryRevision extends StoredRevision {
  changedByName: string | null;
}

/** Where an upload for a file field goes, and what it accepts. */
export interface UploadTarget {
  candidacyId: string;
  field: FormField;
  rules: UploadRules;
}
