import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Actor } from '@app/common';
import { documentsConfig, DocumentsConfig } from '@app/config';
import { Transactions } from '@app/database';
import { AuditLogService, UsersService } from '@app/identity';
import { opensInline } from './checks/media-types';
import type {
  DocumentLink,
  DocumentSubject,
  DocumentSubjectType,
  IncomingFile,
  StoredDocument,
  UploadRules,
} from './document';
import { DocumentErrors, storageFailure } from './documents.errors';
import { DocumentsRepository } from './documents.repository';
import { checkLink, linkKey, signLink } from './links/link-signature';
import { DOCUMENT_STORAGE, DocumentStorage, StoredBytesMissing } from './storage/document-storage';
import { AttachDocument, auditSummary, DocumentUploads, storedDocumentOf } from './uploads/document-uploads';

/** A signed link's parameters as the download route received them (anything: anyone can write a URL). */
export interface PresentedDocumentLink {
  reader?: unknown;
  expires?: unknown;
  signature?: unknown;
}

/** A document being downloaded: its record (for the headers) and its bytes. */
export interface DocumentDownload {
  document: StoredDocument;
  content: Readable;
}

export interface SweepOutcome {
  /** Objects the storage listed. */
  examined: number;
  /** Orphans (no row names them) older than the grace, deleted. */
  deleted: number;
  /** Objects younger than the grace, left alone whether named or not. */
  young: number;
}

/** Keys checked against the table per query while sweeping. */
const SWEEP_BATCH = 500;

/**
 * Documents: their bytes in storage, their rows, and who may read them through signed links. The subject's lib
 * (entries for entry fields, judging for sheet attachments) decides who may upload and read; this lib checks
 * the file, stores it, and serves it to the reader a link was signed for.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');
  private readonly linkKey: Buffer;

  constructor(
    private readonly uploads: DocumentUploads,
    private readonly documents: DocumentsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditLogService,
    private readonly users: UsersService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(documentsConfig.KEY) private readonly config: DocumentsConfig,
  ) {
    this.linkKey = linkKey(config.linkSecret);
  }

  /**
   * Checks and stores one uploaded file for a subject's slot (see DocumentUploads). Call it outside any
   * transaction; `attach` runs inside the upload's own, after its row is written, for the caller's records.
   * Refusals: DOCUMENT_TYPE_REFUSED 415, DOCUMENT_TOO_LARGE 413, DOCUMENT_LIMIT 409, DOCUMENT_EMPTY 400,
   * DOCUMENT_INFECTED 422, SCANNER_UNAVAILABLE 503, and whatever the incoming stream errors with.
   */
  store(
    subject: DocumentSubject,
    incoming: IncomingFile,
    rules: UploadRules,
    actor: Actor,
    attach?: AttachDocument,
  ): Promise<StoredDocument> {
    return this.uploads.store(subject, incoming, rules, actor, attach);
  }

  /** A link to the document's content for this reader alone, good for DOCUMENT_LINK_TTL_SECONDS. */
  link(document: Pick<StoredDocument, 'id' | 'mediaType'>, reader: Actor): DocumentLink {
    if (!reader.userId) throw new Error('A document link is signed for a user');
    const expires = Math.floor(Date.now() / 1000) + this.config.linkTtlSeconds;
    const signature = signLink(this.linkKey, { documentId: document.id, readerId: reader.userId, expires });
    const query = new URLSearchParams({ reader: reader.userId, expires: String(expires), signature });
    return {
      url: `${this.config.publicBaseUrl}/documents/${document.id}/content?${query.toString()}`,
      expiresAt: new Date(expires * 1000),
      inline: opensInline(document.mediaType),
    };
  }

  /**
   * Opens a document through a signed link: DOCUMENT_LINK_EXPIRED (403) for a link we signed whose time has
   * passed, DOCUMENT_NOT_FOUND (404) for anything else that does not open it (another document, another reader,
   * a forged or altered signature, a reader no longer active). The download is in the audit log, with the
   * reader as its actor, before a byte is sent.
   */
  async download(
    documentId: string,
    presented: PresentedDocumentLink,
    request: Pick<Actor, 'requestId' | 'ip'>,
  ): Promise<DocumentDownload> {
    const { reader, record } = await this.granted(documentId, presented);
    const content = await this.bytesOf(record.storageKey);
    const document = storedDocumentOf(record);
    try {
      await this.audit.record(
        { userId: reader.id, role: reader.role, requestId: request.requestId, ip: request.ip },
        {
          action: 'document.downloaded',
          entityType: 'document',
          entityId: document.id,
          after: auditSummary(document),
        },
      );
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { document, content };
  }

  /**
   * What a HEAD request on a link learns: the document a valid link opens, without its bytes and without an
   * audit entry, since nothing was downloaded.
   */
  async inspect(documentId: string, presented: PresentedDocumentLink): Promise<StoredDocument> {
    return storedDocumentOf((await this.granted(documentId, presented)).record);
  }

  private async granted(documentId: string, presented: PresentedDocumentLink) {
    const check = checkLink(this.linkKey, { documentId, ...presented }, Math.floor(Date.now() / 1000));
    if (!check.valid)
      throw check.reason === 'expired' ? DocumentErrors.linkExpired() : DocumentErrors.notFound();
    const reader = await this.users.getActiveUser(check.grant.readerId);
    const record = reader ? await this.documents.find(documentId) : null;
    if (!reader || !record) throw DocumentErrors.notFound();
    return { reader, record };
  }

  /** The document's bytes, for the lib's own readers (an export); no link, no audit entry of its own. */
  async open(document: Pick<StoredDocument, 'id'>): Promise<Readable> {
    const record = await this.documents.find(document.id);
    if (!record) throw DocumentErrors.notFound();
    return this.bytesOf(record.storageKey);
  }

  /** A row's bytes. Missing ones break the lib's promise (a row only for stored bytes): that stays a fault. */
  private async bytesOf(key: string): Promise<Readable> {
    try {
      return await this.storage.get(key);
    } catch (error) {
      if (error instanceof StoredBytesMissing) throw error;
      throw storageFailure(this.logger, error);
    }
  }

  async get(id: string): Promise<StoredDocument> {
    const record = await this.documents.find(id);
    if (!record) throw DocumentErrors.notFound();
    return storedDocumentOf(record);
  }

  /** The documents of these subjects (of one slot, or all), per subject and slot in upload order. */
  async list(
    subjectType: DocumentSubjectType,
    subjectIds: string[],
    slot?: string,
  ): Promise<StoredDocument[]> {
    return (await this.documents.listOf(subjectType, subjectIds, slot)).map(storedDocumentOf);
  }

  /**
   * Removes a document: its row in the ambient transaction (one of its own when there is none), audited; its
   * bytes once that commits, so a rollback keeps both. Bytes whose deletion fails are the sweep's.
   */
  remove(id: string, actor: Actor): Promise<StoredDocument> {
    return this.transactions.run(async () => {
      const record = await this.documents.delete(id);
      if (!record) throw DocumentErrors.notFound();
      const document = storedDocumentOf(record);
      await this.audit.record(actor, {
        action: 'document.removed',
        entityType: 'document',
        entityId: id,
        before: auditSummary(document),
      });
      this.transactions.afterCommit(() => {
        this.storage
          .delete(record.storageKey)
          .catch((e: Error) =>
            this.logger.warn(`Bytes of removed document ${id} are left for the sweep: ${e.message}`),
          );
      });
      return document;
    });
  }

  /**
   * Deletes stored objects that no document names and that are older than the grace (DOCUMENT_ORPHAN_GRACE_MS
   * unless given; 0 takes every orphan, for tests and for operators after a crash): bytes of uploads cut off or
   * refused whose cleanup failed, of removed documents, of writes interrupted midway. The grace spares uploads
   * in progress, whose bytes are stored a moment before their row is.
   */
  async sweep(options: { graceMs?: number } = {}): Promise<SweepOutcome> {
    const cutoff = Date.now() - (options.graceMs ?? this.config.orphanGraceMs);
    const outcome: SweepOutcome = { examined: 0, deleted: 0, young: 0 };
    let batch: string[] = [];
    const settle = async () => {
      const named = await this.documents.namedKeys(batch);
      for (const key of batch.filter((k) => !named.has(k))) {
        await this.storage.delete(key);
        outcome.deleted += 1;
      }
      batch = [];
    };
    for await (const object of this.storage.list()) {
      outcome.examined += 1;
      if (object.modifiedAt.getTime() > cutoff) {
        outcome.young += 1;
        continue;
      }
      batch.push(object.key);
      if (batch.length >= SWEEP_BATCH) await settle();
    }
    await settle();
    if (outcome.deleted > 0)
      this.logger.log(`Swept ${outcome.deleted} orphaned object(s) in ${this.storage.describe()}`);
    return outcome;
  }
}
