import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded documents: a file an entrant attached to an entry form's field, or a judge to a score sheet.
 *
 * A row exists only for bytes that are fully and durably stored under `storage_key` (written first, the row
 * inserted after), so no row ever points at missing bytes; bytes that no row names (an upload cut off, a
 * refused one whose cleanup failed, a removed document) are deleted by the worker's sweep once older than its
 * grace. `subject_type` and `subject_id` say what the document belongs to (a candidacy's field, a judge
 * assignment's slot) without a foreign key: the subject's lib owns that table and records the document in its
 * own. `media_type` is what the bytes are, sniffed, never what the client declared; `scan` is `clean` when
 * clamd passed it and `unscanned` when no scanner is configured (an infected file is never stored).
 */
export class CreateDocuments1797800000000 implements MigrationInterface {
  name = 'CreateDocuments1797800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_type  varchar(32)  NOT NULL,
        subject_id    uuid         NOT NULL,
        slot          varchar(100) NOT NULL,
        storage_key   varchar(200) NOT NULL,
        file_name     varchar(255) NOT NULL,
        media_type    varchar(255) NOT NULL,
        size_bytes    bigint       NOT NULL,
        sha256        char(64)     NOT NULL,
        scan          varchar(16)  NOT NULL,
        uploaded_by   uuid         NOT NULL REFERENCES users (id),
        uploaded_at   timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT documents_storage_key UNIQUE (storage_key),
        CONSTRAINT documents_subject_type_check CHECK (subject_type IN ('entry-field', 'sheet-attachment')),
        CONSTRAINT documents_scan_check CHECK (scan IN ('clean', 'unscanned')),
        CONSTRAINT documents_size_check CHECK (size_bytes >= 0),
        CONSTRAINT documents_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT documents_file_name_check CHECK (length(file_name) > 0)
      )`);
    // A slot's documents, and the count an upload checks against the slot's limit under its lock.
    await q.query(`CREATE INDEX documents_subject_idx ON documents (subject_type, subject_id, slot)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE documents`);
  }
}
