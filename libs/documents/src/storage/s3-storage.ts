import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  NoSuchKey,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import type { DocumentStorageConfig } from '@app/config';
import { DocumentStorage, StoredBytesMissing, StoredObject } from './document-storage';
import { isStorageName } from './storage-keys';

type S3Settings = Extract<DocumentStorageConfig, { kind: 's3' }>;

/** Parts of a multipart upload: S3's minimum. At most one is held in memory per upload (queueSize 1). */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Documents in an S3-compatible bucket (AWS, MinIO, a cloud provider's), every object under the configured
 * prefix. A stream of unknown length goes up with lib-storage's Upload: one PutObject when it is smaller than a
 * part, else a multipart upload whose parts are invisible until it completes, so an object exists whole or not
 * at all. A multipart upload whose process died is never listed as an object; a bucket lifecycle rule
 * (AbortIncompleteMultipartUpload) reclaims its parts (see the README).
 */
export class S3Storage implements DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
      forcePathStyle: settings.forcePathStyle,
      // Current SDKs add CRC checksums to every upload, sent with aws-chunked encoding, which older
      // S3-compatible servers (and s3rver, which the tests use) refuse. Checksums only where an operation
      // requires one keeps the same code working on AWS, MinIO and the rest.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  describe(): string {
    const where = this.settings.endpoint ?? `AWS ${this.settings.region}`;
    return `S3 bucket ${this.settings.bucket} at ${where}, under ${this.settings.prefix || '/'}`;
  }

  async put(key: string, bytes: Readable): Promise<void> {
    // The stream's own error (too large, the client gone) is the reason; the SDK may report its abort instead.
    let streamError: unknown = null;
    bytes.once('error', (e) => (streamError = e));
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: this.objectKey(key), Body: bytes },
      partSize: PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // A single PutObject cut off leaves nothing; the failed multipart upload was aborted by lib-storage.
      throw streamError ?? error;
    }
    if (streamError) {
      await this.delete(key);
      throw streamError as Error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') {
        throw new StoredBytesMissing(key);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.settings.bucket,
          Prefix: this.settings.prefix,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.settings.prefix.length);
        if (key && isStorageName(key) && object.LastModified) yield { key, modifiedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async check(): Promise<string | null> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
      return null;
    } catch (error) {
      const e = error as { name?: string; message?: string };
      return `${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
    }
  }

  destroy(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    if (!isStorageName(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return `${this.settings.prefix}${key}`;
  }
}
