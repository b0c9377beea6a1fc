import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';
import type { DocumentSubject, DocumentSubjectType, ScanVerdict, StoredDocument } from './document';

/** A document's row: what the service stores and reads, its storage key included (never shown outside the lib). */
export interface DocumentRecord extends StoredDocument {
  storageKey: string;
}

export interface NewDocument {
  subject: DocumentSubject;
  storageKey: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  scan: ScanVerdict;
  uploadedBy: string;
}

interface DocumentRow {
  id: string;
  subject_type: DocumentSubjectType;
  subject_id: string;
  slot: string;
  storage_key: string;
  file_name: string;
  media_type: string;
  size_bytes: string;
  sha256: string;
  scan: ScanVerdict;
  uploaded_by: string;
  uploaded_at: Date;
}

const COLUMNS = `id, subject_type, subject_id, slot, storage_key, file_name, media_type, size_bytes, sha256, scan,
  uploaded_by, uploaded_at`;

function recordOf(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    subject: { type: row.subject_type, id: row.subject_id, slot: row.slot },
    storageKey: row.storage_key,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    scan: row.scan,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}

@Injectable()
export class DocumentsRepository {
  constructor(private readonly transactions: Transactions) {}

  /**
   * Holds the slot until the transaction ends, so two uploads to one slot count its documents one after the
   * other and its limit holds.
   */
  async lockSlot(subject: DocumentSubject): Promise<void> {
    await this.transactions.manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('documents-slot:' || $1 || ':' || $2 || ':' || $3, 0))`,
      [subject.type, subject.id, subject.slot],
    );
  }

  async countInSlot(subject: DocumentSubject): Promise<number> {
    const rows: { n: number }[] = await this.transactions.manager.query(
      `SELECT count(*)::int AS n FROM documents WHERE subject_type = $1 AND subject_id = $2 AND slot = $3`,
      [subject.type, subject.id, subject.slot],
    );
    return rows[0].n;
  }

  async insert(document: NewDocument): Promise<DocumentRecord> {
    const rows: DocumentRow[] = await this.transactions.manager.query(
      `INSERT INTO documents (subject_type, subject_id, slot, storage_key, file_name, media_type, size_bytes, sha256,
                              scan, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING ${COLUMNS}`,
      [
        document.subject.type,
        document.subject.id,
        document.subject.slot,
        document.storageKey,
        document.fileName,
        document.mediaType,
        document.sizeBytes,
        document.sha256,
        document.scan,
        document.uploadedBy,
      ],
    );
    return recordOf(rows[0]);
  }

  async find(id: string): Promise<DocumentRecord | null> {
    const rows: DocumentRow[] = await this.transactions.manager.query(
      `SELECT ${COLUMNS} FROM documents WHERE id = $1`,
      [id],
    );
    return rows[0] ? recordOf(rows[0]) : null;
  }

  async listOf(type: DocumentSubjectType, subjectIds: string[], slot?: string): Promise<DocumentRecord[]> {
    if (subjectIds.length === 0) return [];
    const rows: DocumentRow[] = await this.transactions.manager.query(
      `SELECT ${COLUMNS} FROM documents
        WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) AND ($3::varchar IS NULL OR slot = $3)
        ORDER BY subject_id, slot, uploaded_at, id`,
      [type, subjectIds, slot ?? null],
    );
    return rows.map(recordOf);
  }

  /** The removed row, or null when there was none (removed already). */
  async delete(id: string): Promise<DocumentRecord | null> {
    const removed = await modifiedRows<DocumentRow>(
      this.transactions.manager,
      `DELETE FROM documents WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return removed[0] ? recordOf(removed[0]) : null;
  }

  /** Which of these storage keys a document names: the sweep keeps those. */
  async namedKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows: { storage_key: string }[] = await this.transactions.manager.query(
      `SELECT storage_key FROM documents WHERE storage_key = ANY($1::varchar[])`,
      [keys],
    );
    return new Set(rows.map((r) => r.storage_key));
  }
}
