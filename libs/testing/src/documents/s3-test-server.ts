import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type S3rver from 's3rver';

/**
 * An S3-speaking server in this process (s3rver, on a free port, with its data in a temp directory), and the
 * environment that points the documents storage at it, exactly as a deployment would point it at MinIO.
 */
export class S3TestServer {
  private constructor(
    private readonly server: S3rver,
    private readonly directory: string,
    readonly endpoint: string,
    readonly bucket: string,
  ) {}

  static async start(bucket = 'care-documents'): Promise<S3TestServer> {
    const directory = await mkdtemp(join(tmpdir(), 'care-s3rver-'));
    // Loaded here, not with @app/testing: only the specs that start one pay for it.
    const { default: S3rverServer } = await import('s3rver');
    const server = new S3rverServer({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: bucket }],
    });
    const { port } = await server.run();
    return new S3TestServer(server, directory, `http://127.0.0.1:${port}`, bucket);
  }

  /** The documents settings for this server; s3rver takes its own fixed credentials. */
  env(prefix = 'documents/'): Record<string, string> {
    return {
      DOCUMENT_STORAGE: 's3',
      DOCUMENTS_S3_ENDPOINT: this.endpoint,
      DOCUMENTS_S3_BUCKET: this.bucket,
      DOCUMENTS_S3_PREFIX: prefix,
      DOCUMENTS_S3_ACCESS_KEY_ID: 'S3RVER',
      DOCUMENTS_S3_SECRET_ACCESS_KEY: 'S3RVER',
      DOCUMENTS_S3_FORCE_PATH_STYLE: 'true',
    };
  }

  async close(): Promise<void> {
    await this.server.close();
    await rm(this.directory, { recursive: true, force: true });
  }
}
