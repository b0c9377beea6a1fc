import type { Readable } from 'node:stream';

/** One stored object as a listing sees it. */
export interface StoredObject {
  key: string;
  modifiedAt: Date;
}

/**
 * Where documents' bytes live: the local disk by default, an S3-compatible bucket when configured. Every
 * implementation makes `put` all or nothing (a reader never sees half an object, and a failed put leaves
 * nothing to find under its key) and `delete` idempotent.
 */
export interface DocumentStorage {
  /** Stores the stream's bytes under `key`; rejects, having kept nothing, when the stream errors. */
  put(key: string, bytes: Readable): Promise<void>;
  /** The object's bytes; rejects with StoredBytesMissing when there is none (before any byte is read). */
  get(key: string): Promise<Readable>;
  /** Removes the object; nothing to remove is not an error. */
  delete(key: string): Promise<void>;
  /** Every object this storage holds, leftovers of interrupted writes included, in no particular order. */
  list(): AsyncIterable<StoredObject>;
  /** Whether the storage can be reached and written to, for the start banner; the reason when not. */
  check(): Promise<string | null>;
  describe(): string;
}

export const DOCUMENT_STORAGE = Symbol('DocumentStorage');

export class StoredBytesMissing extends Error {
  constructor(key: string) {
    super(`No stored bytes under ${key}`);
    this.name = 'StoredBytesMissing';
  }
}
