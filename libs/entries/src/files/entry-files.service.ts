import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { Transactions } from '@app/database';
import {
  DocumentErrors,
  DocumentLink,
  DocumentsService,
  DocumentSubject,
  IncomingFile,
  StoredDocument,
} from '@app/documents';
import { CandidaciesService } from '@app/enterprises';
import { EntriesRepository } from '../answers/entries.repository';
import { EntriesService } from '../answers/entries.service';
import { documentsNamed, EntryDocument, entryDocumentOf } from './entry-documents';

/** A file field's answer after a change (its documents), and the entry's revision after it. */
export interface EntryFieldFiles {
  fieldKey: string;
  value: EntryDocument[];
  revision: number;
}

const slotOf = (candidacyId: string, fieldKey: string): DocumentSubject => ({
  type: 'entry-field',
  id: candidacyId,
  slot: fieldKey,
});

/**
 * The files of an entry's file fields: uploaded by the candidacy's members while the entry is editable (the
 * bytes through the documents lib, the id into the answers in the upload's own transaction), removed the
 * same way, and read by members and organizers through signed links. Judges read them through judging.
 */
@Injectable()
export class EntryFilesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly entries: EntriesService,
    private readonly answers: EntriesRepository,
    private readonly documents: DocumentsService,
    private readonly candidacies: CandidaciesService,
  ) {}

  /**
   * Stores one file in a file field. Everything that can refuse without the file (who asks, the lock, the
   * field, its count) is checked before `receive` is called, so a refused upload reads no more of the body
   * than it must; the file's own checks are the documents lib's. The document's row, the answer's change,
   * its revision and both audit entries commit together, or none of them does and the bytes are deleted.
   */
  async upload(
    candidacyId: string,
    fieldKey: string,
    receive: () => Promise<IncomingFile>,
    actor: Actor,
  ): Promise<EntryFieldFiles & { document: EntryDocument }> {
    const target = await this.entries.uploadTarget(candidacyId, fieldKey, actor);
    const stored: StoredDocument = await this.documents.store(
      slotOf(candidacyId, fieldKey),
      await receive(),
      target.rules,
      actor,
      (document) => this.entries.attachDocument(candidacyId, fieldKey, document.id, actor),
    );
    return { document: entryDocumentOf(stored), ...(await this.filesOf(candidacyId, fieldKey)) };
  }

  /**
   * Takes a document out of its field and removes it: the answer's change and the row in one transaction
   * (409 if a submitted entry would lose a required field's last file), the bytes once that commits.
   */
  async remove(
    candidacyId: string,
    fieldKey: string,
    documentId: string,
    actor: Actor,
  ): Promise<EntryFieldFiles> {
    await this.transactions.run(async () => {
      await this.entries.detachDocument(candidacyId, fieldKey, documentId, actor);
      // The answers name only documents uploaded to this slot; checked anyway before anything is deleted.
      const document = await this.documents.get(documentId);
      if (!this.belongs(document, candidacyId, fieldKey)) throw DocumentErrors.notFound();
      await this.documents.remove(documentId, actor);
    });
    return this.filesOf(candidacyId, fieldKey);
  }

  /**
   * A signed link to one of the entry's documents, for its enterprise's members and organizers (whoever may
   * see the candidacy; 404 otherwise, and for a document that is not this entry's).
   */
  async link(candidacyId: string, documentId: string, viewer: Actor): Promise<DocumentLink> {
    await this.candidacies.get(candidacyId, viewer);
    const document = await this.documents.get(documentId);
    if (!this.belongs(document, candidacyId)) throw DocumentErrors.notFound();
    return this.documents.link(document, viewer);
  }

  /** The file names of every document of these candidacies' entries, by id: one query, for the export. */
  async fileNames(candidacyIds: string[]): Promise<Map<string, string>> {
    const documents = await this.documents.list('entry-field', candidacyIds);
    return new Map(documents.map((d) => [d.id, d.fileName]));
  }

  private belongs(document: StoredDocument, candidacyId: string, fieldKey?: string): boolean {
    const { subject } = document;
    return (
      subject.type === 'entry-field' &&
      subject.id === candidacyId &&
      (fieldKey === undefined || subject.slot === fieldKey)
    );
  }

  private async filesOf(candidacyId: string, fieldKey: string): Promise<EntryFieldFiles> {
    const entry = await this.answers.find(candidacyId);
    const ids = (entry?.answers[fieldKey] as string[] | undefined) ?? [];
    const documents = await this.documents.list('entry-field', [candidacyId], fieldKey);
    return { fieldKey, value: documentsNamed(ids, documents), revision: entry?.revision ?? 0 };
  }
}
