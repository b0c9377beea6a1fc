import type { Localized } from '@app/common';
import type { ScanVerdict, StoredDocument } from '@app/documents';
import { answerText, visibleFields } from '@app/entries';
import type { AnswerValue, FieldType, TableColumn, VisibleEntry } from '@app/entries';

/** A document as judges and organizers see it listed: what it is, never where its bytes are or who sent it. */
export interface ListedDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  scan: ScanVerdict;
}

export interface ShownField {
  key: string;
  type: FieldType;
  label: Localized;
  help: Localized | null;
  required: boolean;
  /** As stored: a choice's values, a table's rows, a file field's document ids; null when unanswered. */
  answer: AnswerValue;
  /** The answer as a person reads it, in each language: choices by label, a table one row per line. */
  text: { en: string | number | null; zh: string | number | null };
  /** A choice field's options and a table's columns, with their labels, so the raw answer reads too. */
  options: { value: string; label: Localized }[] | null;
  columns: TableColumn[] | null;
  /** A file field's documents, in the order the entrant attached them; null for other fields. */
  documents: ListedDocument[] | null;
}

export interface ShownSection {
  key: string;
  title: Localized;
  description: Localized | null;
  fields: ShownField[];
}

/** An entry as a round shows it: only fields the round shows that show with the entrant's answers. */
export interface ShownEntry {
  formKey: string;
  formVersion: number;
  state: VisibleEntry['state'];
  sections: ShownSection[];
}

export const listedDocument = (d: StoredDocument): ListedDocument => ({
  id: d.id,
  fileName: d.fileName,
  mediaType: d.mediaType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  scan: d.scan,
});

/**
 * What a round shows of an entry: the fields it shows (`shownFields`, null for all) that show with the
 * answers, empty ones included so a judge sees what was left unanswered, in form order; sections with no such
 * field are left out. `documents` are the candidacy's stored documents; a file field lists those its answer
 * names, in its order (a document no answer names, or of a field not shown, is not shown).
 */
export function shownEntryOf(
  entry: VisibleEntry,
  shownFields: readonly string[] | null,
  documents: readonly StoredDocument[],
): ShownEntry {
  // `entry.answers` holds only the answers of showing fields; conditions look only at earlier fields, so
  // the fields that show with them are exactly those that show with the whole draft.
  const showing = new Set(visibleFields(entry.definition, entry.answers));
  const shown = shownFields === null ? null : new Set(shownFields);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const sections = entry.definition.sections.flatMap((section) => {
    const fields = section.fields
      .filter((f) => showing.has(f.key) && (shown === null || shown.has(f.key)))
      .map((field): ShownField => {
        const stored = entry.answers[field.key] ?? null;
        const ids = field.type === 'file' && Array.isArray(stored) ? (stored as string[]) : [];
        const attached = ids.flatMap((id) => {
          const d = byId.get(id);
          return d && d.subject.slot === field.key ? [listedDocument(d)] : [];
        });
        // A file field names only documents that exist: an id whose document is gone is no part of the entry.
        const answer =
          field.type !== 'file' ? stored : attached.length > 0 ? attached.map((d) => d.id) : null;
        const names = new Map(attached.map((d) => [d.id, d.fileName]));
        return {
          key: field.key,
          type: field.type,
          label: field.label,
          help: field.help ?? null,
          required: field.required,
          answer,
          text: {
            en: answerText(field, answer, 'en', names),
            zh: answerText(field, answer, 'zh', names),
          },
          options: field.options ?? null,
          columns: field.columns ?? null,
          documents: field.type === 'file' ? attached : null,
        };
      });
    return fields.length === 0
      ? []
      : [{ key: section.key, title: section.title, description: section.description ?? null, fields }];
  });
  return { formKey: entry.formKey, formVersion: entry.formVersion, state: entry.state, sections };
}

/** Every document the shown entry lists, with the field it belongs to. */
export function shownDocuments(entry: ShownEntry | null): { field: string; document: ListedDocument }[] {
  return (entry?.sections ?? []).flatMap((s) =>
    s.fields.flatMap((f) => (f.documents ?? []).map((document) => ({ field: f.key, document }))),
  );
}
