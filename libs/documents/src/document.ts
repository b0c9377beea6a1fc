import type { Readable } from 'node:stream';

/**
 * What a document belongs to. The documents lib stores, checks and serves bytes; the lib that owns the
 * subject decides who may read it and gives the link (entries for an entry's field, judging for a sheet).
 *  - `entry-field`: `id` is the candidacy, `slot` the entry form field's key.
 *  - `sheet-attachment`: `id` is the judge assignment, `slot` the round's attachment slot key.
 */
export type DocumentSubjectType = 'entry-field' | 'sheet-attachment';

export interface DocumentSubject {
  type: DocumentSubjectType;
  id: string;
  slot: string;
}

/** `unscanned` when no virus scanner is configured; an infected file is refused and never stored. */
export type ScanVerdict = 'clean' | 'unscanned';

export interface StoredDocument {
  id: string;
  subject: DocumentSubject;
  /** The uploader's file name, cleaned of paths and control characters. */
  fileName: string;
  /** As sniffed from the bytes, never as declared by the client. */
  mediaType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
  scan: ScanVerdict;
  uploadedBy: string;
  uploadedAt: Date;
}

/** What one subject's slot accepts: media types (`image/*` allowed), a size limit and a count limit. */
export interface UploadRules {
  accept: string[];
  maxBytes: number;
  maxFiles: number;
}

/** One file as it arrives: its declared name and its bytes, streamed. */
export interface IncomingFile {
  fileName: string;
  stream: Readable;
}

/** A short-lived signed address of a document's content, good for one reader. */
export interface DocumentLink {
  url: string;
  expiresAt: Date;
  /** PDFs and images open in the browser; anything else downloads. */
  inline: boolean;
}
