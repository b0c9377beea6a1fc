import { isAbsolute } from 'node:path';
import { EnvironmentError, parseEnvironment } from './environment';
import { documentsConfig } from './namespaces';

const VALID = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/care_awards',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a-secret-that-is-at-least-32-characters-long',
};

function problemsOf(raw: Record<string, string>): string[] {
  try {
    parseEnvironment({ ...VALID, ...raw });
  } catch (error) {
    return (error as EnvironmentError).problems.map((p) => p.variable);
  }
  return [];
}

/** The documents namespace as a process with `raw` in its environment reads it. */
function configWith(raw: Record<string, string>) {
  const saved = process.env;
  process.env = { ...VALID, ...raw };
  try {
    return documentsConfig();
  } finally {
    process.env = saved;
  }
}

describe('the documents settings', () => {
  it('default to the local disk under .data, 50 MiB, five-minute links, no scanner, an hourly grace', () => {
    const config = configWith({});
    expect(config.storage).toEqual({ kind: 'local', directory: expect.stringMatching(/\.data\/documents$/) });
    expect(isAbsolute((config.storage as { directory: string }).directory)).toBe(true);
    expect(config).toMatchObject({
      maxBytes: 52_428_800,
      linkTtlSeconds: 300,
      linkSecret: VALID.JWT_SECRET,
      clamd: null,
      orphanGraceMs: 3_600_000,
      sweepMs: 600_000,
      publicBaseUrl: 'http://localhost:3000',
    });
  });

  it('read S3 storage and a clamd address', () => {
    const config = configWith({
      DOCUMENT_STORAGE: 's3',
      DOCUMENTS_S3_BUCKET: 'care-docs',
      DOCUMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000',
      DOCUMENTS_S3_ACCESS_KEY_ID: 'minio',
      DOCUMENTS_S3_SECRET_ACCESS_KEY: 'minio-secret',
      DOCUMENTS_S3_FORCE_PATH_STYLE: 'true',
      CLAMD_URL: 'tcp://clamav.internal:3310',
      CLAMD_TIMEOUT_MS: '5000',
      DOCUMENT_LINK_SECRET: 'another-secret-of-at-least-32-characters',
    });
    expect(config.storage).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'care-docs',
      prefix: 'documents/',
      credentials: { accessKeyId: 'minio', secretAccessKey: 'minio-secret' },
      forcePathStyle: true,
    });
    expect(config.clamd).toEqual({ host: 'clamav.internal', port: 3310, timeoutMs: 5000 });
    expect(config.linkSecret).toBe('another-secret-of-at-least-32-characters');
  });

  it('refuse S3 without a bucket, a key without its secret, a clamd that is not tcp://host:port', () => {
    expect(problemsOf({ DOCUMENT_STORAGE: 's3' })).toEqual(['DOCUMENTS_S3_BUCKET']);
    expect(problemsOf({ DOCUMENTS_S3_ACCESS_KEY_ID: 'key' })).toEqual(['DOCUMENTS_S3_SECRET_ACCESS_KEY']);
    expect(problemsOf({ CLAMD_URL: 'http://127.0.0.1:3310' })).toEqual(['CLAMD_URL']);
    expect(problemsOf({ CLAMD_URL: 'tcp://127.0.0.1' })).toEqual(['CLAMD_URL']);
    expect(problemsOf({ DOCUMENT_STORAGE: 'ftp' })).toEqual(['DOCUMENT_STORAGE']);
    expect(problemsOf({ DOCUMENTS_S3_PREFIX: '../up' })).toEqual(['DOCUMENTS_S3_PREFIX']);
    expect(problemsOf({ DOCUMENT_LINK_SECRET: 'short' })).toEqual(['DOCUMENT_LINK_SECRET']);
    expect(problemsOf({ DOCUMENT_ORPHAN_GRACE_MS: '0', DOCUMENT_SWEEP_MS: '1000' })).toEqual([]);
  });
});
