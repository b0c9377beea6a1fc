import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DocumentsService, StoredDocument } from '@app/documents';
import {
  as,
  eventually,
  listenLocally,
  organizerToken,
  rawUpload,
  resetTestDatabase,
  S3TestServer,
  samplePdf,
  samplePng,
  TestApi,
  unreachableClamdUrl,
} from '@app/testing';
import { startUploadsApi, SUBJECT } from './documents-test-routes';

const PREFIX = 'documents/';
const MIB = 1024 * 1024;

/**
 * The same uploads, links, removal and sweep against an S3-speaking server (s3rver, started here): the code
 * path a deployment on MinIO or a cloud bucket takes. Files past 5 MiB go up as multipart uploads.
 */
describe('Documents in an S3-compatible bucket', () => {
  let s3: S3TestServer;
  let client: S3Client;
  let api: TestApi;
  let organizer: string;
  let organizerId: string;
  let port: number;

  beforeAll(async () => {
    s3 = await S3TestServer.start();
    client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    await resetTestDatabase();
    api = await startUploadsApi({ ...s3.env(PREFIX), DOCUMENT_MAX_BYTES: String(16 * MIB) });
    port = Number(new URL(await listenLocally(api)).port);
    organizer = await organizerToken(api.http);
    organizerId = (await api.http.get('/auth/me').set(as(organizer)).expect(200)).body.id;
  });
  afterAll(async () => {
    await api.close();
    client.destroy();
    await s3.close();
  });

  const upload = (slot: string, file: Buffer, name: string, query: Record<string, string> = {}) =>
    api.http.post(`/test-uploads/${slot}`).query(query).set(as(organizer)).attach('file', file, name);
  const objects = async (prefix = ''): Promise<string[]> =>
    ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }))).Contents ?? [])
      .map((o) => o.Key as string)
      .sort();
  const objectBytes = async (key: string) =>
    buffer((await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body as Readable);
  const storageKeys = async (): Promise<string[]> =>
    (await api.dataSource.query(`SELECT storage_key FROM documents ORDER BY storage_key`)).map(
      (r: { storage_key: string }) => `${PREFIX}${r.storage_key}`,
    );
  const bigPdf = (bytes: number) =>
    Buffer.concat([samplePdf(), Buffer.alloc(bytes - samplePdf().length, 0x25)]);

  it('stores a small file in one request and a large one in parts, each object whole under the prefix', async () => {
    const small = samplePdf('small');
    const large = bigPdf(6 * MIB + 123);
    const a = (await upload('files', small, 'small.pdf').expect(201)).body as StoredDocument;
    const b = (await upload('files', large, 'large.pdf', { maxBytes: String(8 * MIB) }).expect(201))
      .body as StoredDocument;
    expect(b).toMatchObject({
      sizeBytes: large.length,
      sha256: createHash('sha256').update(large).digest('hex'),
    });
    expect(await objects()).toEqual(await storageKeys());
    const [rowA] = await api.dataSource.query(`SELECT storage_key FROM documents WHERE id = $1`, [a.id]);
    const [rowB] = await api.dataSource.query(`SELECT storage_key FROM documents WHERE id = $1`, [b.id]);
    expect((await objectBytes(`${PREFIX}${rowA.storage_key}`)).equals(small)).toBe(true);
    expect((await objectBytes(`${PREFIX}${rowB.storage_key}`)).equals(large)).toBe(true);
  });

  it('serves a document from the bucket through its signed link', async () => {
    const png = samplePng();
    const doc = (await upload('linked', png, 'logo.png').expect(201)).body as StoredDocument;
    const link = (await api.http.get(`/test-uploads/${doc.id}/link`).set(as(organizer)).expect(200)).body;
    const res = await api.http
      .get(new URL(link.url).pathname + new URL(link.url).search)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((res.body as Buffer).equals(png)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
  });

  it('leaves no object for a refused type, a file past its limit in either path, or a cut-off upload', async () => {
    const before = await objects();
    await upload('refused', samplePng(), 'report.pdf', { accept: 'application/pdf' }).expect(415);
    await upload('refused', bigPdf(200_000), 'a.pdf', { maxBytes: '100000' }).expect(413);
    await upload('refused', bigPdf(7 * MIB), 'b.pdf', { maxBytes: String(6 * MIB) }).expect(413);
    const cut = await rawUpload({
      port,
      path: `/test-uploads/refused?maxBytes=${16 * MIB}`,
      token: organizer,
      fileName: 'cut.pdf',
      chunks: (function* () {
        yield samplePdf();
        for (let i = 0; i < 160; i++) yield Buffer.alloc(64 * 1024, i);
      })(),
      abortAfterBytes: 7 * MIB,
    });
    expect(cut).toBe('aborted');
    // The cut-off upload fails on the server a moment after the client has gone.
    await new Promise((r) => setTimeout(r, 500));
    expect(await api.dataSource.query(`SELECT id FROM documents WHERE slot = 'refused'`)).toEqual([]);
    expect(await objects()).toEqual(before);
    expect(await objects()).toEqual(await storageKeys());
  });

  it('removes the object once the removal commits', async () => {
    const doc = (await upload('removed', samplePdf('bye'), 'bye.pdf').expect(201)).body as StoredDocument;
    const [row] = await api.dataSource.query(`SELECT storage_key FROM documents WHERE id = $1`, [doc.id]);
    await api.app
      .get(DocumentsService)
      .remove(doc.id, { userId: organizerId, role: 'organizer', requestId: null, ip: null });
    await eventually(async () =>
      (await objects()).includes(`${PREFIX}${row.storage_key}`) ? undefined : true,
    );
    expect(await objects()).toEqual(await storageKeys());
  });

  it('sweeps orphans under the prefix once past the grace, and nothing else', async () => {
    const orphan = `${PREFIX}aaaaaaaa-1111-4111-8111-111111111111`;
    const foreign = ['other/aaaaaaaa-2222-4222-8222-222222222222', `${PREFIX}notes.txt`];
    for (const key of [orphan, ...foreign]) {
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: 'bytes no row names' }));
    }
    const documents = api.app.get(DocumentsService);
    // Just written: younger than the hour's grace, so kept (it could be an upload about to commit).
    expect(await documents.sweep()).toMatchObject({ deleted: 0 });
    expect(await objects()).toContain(orphan);
    expect(await documents.sweep({ graceMs: 0 })).toMatchObject({ deleted: 1, young: 0 });
    const left = await objects();
    expect(left).not.toContain(orphan);
    expect(left).toEqual([...(await storageKeys()), ...foreign].sort());
    expect(
      await api.dataSource.query(`SELECT count(*)::int AS n FROM documents WHERE subject_id = $1`, [SUBJECT]),
    ).toEqual([{ n: 3 }]);
  });
});

describe('Documents storage that is away at start', () => {
  it('is logged, not fatal: the API starts, and uploads fail with 503 leaving no row', async () => {
    await resetTestDatabase();
    const deadPort = new URL(await unreachableClamdUrl()).port;
    const api = await startUploadsApi({
      DOCUMENT_STORAGE: 's3',
      DOCUMENTS_S3_ENDPOINT: `http://127.0.0.1:${deadPort}`,
      DOCUMENTS_S3_BUCKET: 'nowhere',
      DOCUMENTS_S3_ACCESS_KEY_ID: 'key',
      DOCUMENTS_S3_SECRET_ACCESS_KEY: 'secret',
      DOCUMENTS_S3_FORCE_PATH_STYLE: 'true',
    });
    try {
      await api.http.get('/health/live').expect(200);
      const organizer = await organizerToken(api.http);
      const res = await api.http
        .post('/test-uploads/away')
        .set(as(organizer))
        .attach('file', samplePdf(), 'a.pdf')
        .expect(503);
      expect(res.body.code).toBe('STORAGE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('5');
      expect(await api.dataSource.query(`SELECT id FROM documents`)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
