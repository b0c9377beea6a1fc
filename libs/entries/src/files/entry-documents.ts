import type { StoredDocument } from '@app/documents';
import type { AnswerValue, Answers, FormDefinition } from '../form-definition';
import { fieldsOf } from '../forms/form-fields';

/** A file of an entry's file field, as its entrants and organizers see it: what it is, never where it lies. */
export type EntryDocument = Pick<
  StoredDocument,
  'id' | 'fileName' | 'mediaType' | 'sizeBytes' | 'sha256' | 'scan' | 'uploadedAt'
>;

/** Answers as shown: a file field's answer is its documents, in the order they were attached. */
export type ShownAnswers = Record<string, AnswerValue | EntryDocument[]>;

export function entryDocumentOf(document: StoredDocument): EntryDocument {
  const { id, fileName, mediaType, sizeBytes, sha256, scan, uploadedAt } = document;
  return { id, fileName, mediaType, sizeBytes, sha256, scan, uploadedAt };
}

/**
 * The documents these ids name, in their order. An id with no document is left out: a document's row and its
 * id in the answers are written and removed in one transaction, so none should exist, and an entrant is
 * better shown the files there are than an error.
 */
export function documentsNamed(ids: string[], documents: StoredDocument[]): EntryDocument[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const document = byId.get(id);
    return document ? [entryDocumentOf(document)] : [];
  });
}

/** The answers with each file field's document ids replaced by those documents (see documentsNamed). */
export function withDocuments(
  definition: FormDefinition,
  answers: Answers,
  documents: StoredDocument[],
): ShownAnswers {
  const shown: ShownAnswers = { ...answers };
  for (const field of fieldsOf(definition)) {
    const ids = answers[field.key];
    if (field.type === 'file' && Array.isArray(ids))
      shown[field.key] = documentsNamed(ids as string[], documents);
  }
  return shown;
}
