import { Inject, Injectable, Logger } from '@nestjs/common';
import { pipeline } from 'node:stream';
import { Actor, DomainError } from '@app/common';
import { documentsConfig, DocumentsConfig } from '@app/config';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { cleanFileName } from '../checks/file-names';
import { isAcceptPattern } from '../checks/media-types';
import { sniff, SNIFF_BYTES } from '../checks/sniff';
import type { DocumentSubject, IncomingFile, StoredDocument, UploadRules } from '../document';
import { DocumentErrors, storageFailure } from '../documents.errors';
import { DocumentRecord, DocumentsRepository } from '../documents.repository';
import { ClamdScanner, ScannerFailure, ScanSession } from '../scanning/clamd-scanner';
import { DOCUMENT_STORAGE, DocumentStorage } from '../storage/document-storage';
import { newStorageKey } from '../storage/storage-keys';
import { MeteredStream, MeterRefusal } from './metered-stream';
import { splitHead } from './split-head';

export const CLAMD_SCANNER = Symbol('ClamdScanner');

/** Called in the upload's transaction once its row is written, for the subject's lib to record it in its own. */
export type AttachDocument = (document: StoredDocument) => Promise<void>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public shape of a row: everything but where its bytes are. */
export function storedDocumentOf(record: DocumentRecord): StoredDocument {
  return {
    id: record.id,
    subject: record.subject,
    fileName: record.fileName,
    mediaType: record.mediaType,
    sizeBytes: record.sizeBytes,
    sha256: record.sha256,
    scan: record.scan,
    uploadedBy: record.uploadedBy,
    uploadedAt: record.uploadedAt,
  };
}

/**
 * One upload, from the client's stream to a committed row: type sniffed from the first bytes, then the bytes
 * streamed to storage under a fresh key while they are counted, hashed and scanned, then the row written in one
 * transaction with the slot's count checked under its lock. A refusal at any step deletes what was written, so
 * nothing is left but bytes whose deletion itself failed (the sweep's to remove): never a row without its bytes.
 */
@Injectable()
export class DocumentUploads {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly documents: DocumentsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditLogService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(CLAMD_SCANNER) private readonly scanner: ClamdScanner | null,
    @Inject(documentsConfig.KEY) private readonly config: DocumentsConfig,
  ) {}

  async store(
    subject: DocumentSubject,
    incoming: IncomingFile,
    rules: UploadRules,
    actor: Actor,
    attach?: AttachDocument,
  ): Promise<StoredDocument> {
    try {
      this.checkCall(subject, rules, actor);
    } catch (error) {
      incoming.stream.destroy();
      throw error;
    }
    const limit = Math.min(rules.maxBytes, this.config.maxBytes);
    // Full already: refuse before reading the file. The count that counts is taken again under the slot's lock.
    if ((await this.documents.countInSlot(subject)) >= rules.maxFiles) {
      incoming.stream.destroy();
      throw DocumentErrors.limitReached(rules.maxFiles);
    }
    const fileName = cleanFileName(incoming.fileName);
    const split = await splitHead(incoming.stream, SNIFF_BYTES);
    if (split.head.length === 0) {
      split.discard();
      throw DocumentErrors.empty();
    }
    const type = await sniff(split.head, rules.accept, fileName);
    if (!type.accepted) {
      split.discard();
      throw DocumentErrors.typeRefused(type.found, rules.accept);
    }

    let scan: ScanSession | null = null;
    try {
      scan = this.scanner ? await this.scanner.start() : null;
    } catch (error) {
      split.discard();
      throw this.refusalOf(error, limit, rules);
    }
    const key = newStorageKey();
    const meter = new MeteredStream(limit, { text: type.text, scan });
    // Whether a failed put failed for the bytes (refused, cut off) or for the storage itself.
    let streamError: unknown = null;
    meter.once('error', (e) => (streamError ??= e));
    try {
      // Errors of the source (the client gone, a part too many) reach the meter, and through it the storage.
      await this.storage.put(
        key,
        pipeline(split.whole, meter, () => undefined),
      );
      const verdict = scan ? await scan.verdict() : null;
      if (verdict?.verdict === 'infected') throw DocumentErrors.infected(verdict.signature);
      if (verdict?.verdict === 'error') throw new ScannerFailure(verdict.message);
    } catch (error) {
      scan?.abort();
      meter.destroy();
      await this.deleteBytes(key);
      if (streamError === null && !(error instanceof DomainError) && !(error instanceof ScannerFailure)) {
        throw storageFailure(this.logger, error);
      }
      throw this.refusalOf(streamError ?? error, limit, rules);
    }

    try {
      return await this.transactions.run(async () => {
        await this.documents.lockSlot(subject);
        if ((await this.documents.countInSlot(subject)) >= rules.maxFiles) {
          throw DocumentErrors.limitReached(rules.maxFiles);
        }
        const document = storedDocumentOf(
          await this.documents.insert({
            subject,
            storageKey: key,
            fileName,
            mediaType: type.mediaType,
            sizeBytes: meter.bytes,
            sha256: meter.digest(),
            scan: scan ? 'clean' : 'unscanned',
            uploadedBy: actor.userId as string,
          }),
        );
        await this.audit.record(actor, {
          action: 'document.uploaded',
          entityType: 'document',
          entityId: document.id,
          after: auditSummary(document),
        });
        if (attach) await attach(document);
        return document;
      });
    } catch (error) {
      await this.deleteBytes(key);
      throw error;
    }
  }

  /** Mistakes of the calling code, not of the uploader: they fail loudly, as a 500. */
  private checkCall(subject: DocumentSubject, rules: UploadRules, actor: Actor): void {
    // An upload takes as long as the client sends: inside a transaction it would hold a connection all that
    // time, and a rollback after `store` returned would leave its bytes without a row. `attach` is the way to
    // write in the upload's own transaction.
    if (this.transactions.inTransaction) {
      throw new Error('DocumentsService.store must not run inside a transaction; pass `attach` instead');
    }
    if (!['entry-field', 'sheet-attachment'].includes(subject.type) || !UUID.test(subject.id)) {
      throw new Error(`Not a document subject: ${JSON.stringify(subject)}`);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(subject.slot)) {
      throw new Error(`Not a slot key: ${JSON.stringify(subject.slot)}`);
    }
    if (
      rules.accept.length === 0 ||
      !rules.accept.every(isAcceptPattern) ||
      !(rules.maxBytes > 0) ||
      !Number.isInteger(rules.maxFiles) ||
      rules.maxFiles < 1
    ) {
      throw new Error(`Not upload rules: ${JSON.stringify(rules)}`);
    }
    if (!actor.userId) throw new Error('An upload needs the user who sends it');
  }

  private refusalOf(error: unknown, limit: number, rules: UploadRules): unknown {
    if (error instanceof MeterRefusal) {
      return error.reason === 'too-large'
        ? DocumentErrors.tooLarge(limit)
        : DocumentErrors.typeRefused(null, rules.accept);
    }
    if (error instanceof ScannerFailure) {
      // Fail closed: storing the file unscanned while a scanner is configured would let an infected file in
      // whenever clamd is down (or made to be).
      this.logger.warn(`Upload refused, the scanner failed: ${error.message}`);
      return DocumentErrors.scannerUnavailable();
    }
    return error;
  }

  private async deleteBytes(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.warn(
        `Bytes of a refused upload (${key}) are left for the sweep: ${(error as Error).message}`,
      );
    }
  }
}

/** What the audit log keeps of a document: enough to recognise it, nothing of its content. */
export function auditSummary(document: StoredDocument): Record<string, unknown> {
  return {
    subjectType: document.subject.type,
    subjectId: document.subject.id,
    slot: document.subject.slot,
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    scan: document.scan,
  };
}
