import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  as,
  EICAR,
  EICAR_SIGNATURE,
  FakeClamd,
  filesUnder,
  organizerToken,
  resetTestDatabase,
  samplePdf,
  TestApi,
} from '@app/testing';
import { startUploadsApi, SUBJECT } from './documents-test-routes';

const CEILING = 1024 * 1024;

/**
 * Uploads with clamd configured, against a fake clamd that speaks INSTREAM over a real socket: clean files
 * are stored as `clean`, infected ones refused, and a scanner that does not answer, or is not there, refuses
 * the upload (fail closed) rather than letting it in unscanned.
 */
describe('Documents scanned by clamd', () => {
  let api: TestApi;
  let clamd: FakeClamd;
  let dir: string;
  let organizer: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-documents-scan-'));
    clamd = await FakeClamd.start();
    await resetTestDatabase();
    api = await startUploadsApi({
      DOCUMENTS_DIR: dir,
      DOCUMENT_MAX_BYTES: String(CEILING),
      CLAMD_URL: clamd.url,
      CLAMD_TIMEOUT_MS: '500',
    });
    organizer = await organizerToken(api.http);
  });
  afterAll(async () => {
    await api.close();
    await clamd.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  const upload = (file: Buffer, name: string, query: Record<string, string> = {}) =>
    api.http.post('/test-uploads/scanned').query(query).set(as(organizer)).attach('file', file, name);
  const stored = async () => ({
    rows: (
      await api.dataSource.query(`SELECT scan FROM documents WHERE subject_id = $1 ORDER BY uploaded_at`, [
        SUBJECT,
      ])
    ).map((r: { scan: string }) => r.scan),
    files: (await filesUnder(dir)).length,
  });

  it('stores a clean file as clean, every byte having passed through clamd', async () => {
    const pdf = samplePdf('clean');
    const res = await upload(pdf, 'clean.pdf').expect(201);
    expect(res.body.scan).toBe('clean');
    expect(clamd.scans.at(-1)).toEqual({ bytes: pdf.length, answer: 'stream: OK' });
    expect(await stored()).toEqual({ rows: ['clean'], files: 1 });
  });

  it('refuses an infected file with 422 naming what was found, and keeps nothing', async () => {
    const infected = Buffer.concat([samplePdf('carrier'), Buffer.from(EICAR)]);
    const res = await upload(infected, 'invoice.pdf').expect(422);
    expect(res.body).toMatchObject({ code: 'DOCUMENT_INFECTED', details: [{ field: 'file' }] });
    expect(res.body.message).toContain(EICAR_SIGNATURE);
    // The signature split across two of clamd's 64 KiB chunks is found all the same.
    const text = Buffer.concat([Buffer.alloc(65_536 - 20, 'a'), Buffer.from(EICAR), Buffer.from('\n')]);
    await upload(text, 'notes.txt', { accept: 'text/plain' }).expect(422);
    expect(await stored()).toEqual({ rows: ['clean'], files: 1 });
  });

  it('refuses with 503 when clamd takes the file but never answers', async () => {
    clamd.mode = 'silent';
    try {
      const res = await upload(samplePdf('waiting'), 'waiting.pdf').expect(503);
      expect(res.body.code).toBe('SCANNER_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      clamd.mode = 'scan';
    }
    expect(await stored()).toEqual({ rows: ['clean'], files: 1 });
  });

  it('refuses an upload past the platform ceiling whatever the slot allows, naming the ceiling', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(CEILING, 0x20)]);
    const res = await upload(big, 'big.pdf', { maxBytes: String(10 * CEILING) }).expect(413);
    expect(res.body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', details: [{ field: 'file' }] });
    expect(res.body.message).toContain(`1 MiB (${CEILING} bytes)`);
    expect(await stored()).toEqual({ rows: ['clean'], files: 1 });
  });

  it('refuses with 503 when clamd is not there at all', async () => {
    await clamd.close();
    const res = await upload(samplePdf('unscanned'), 'unscanned.pdf').expect(503);
    expect(res.body.code).toBe('SCANNER_UNAVAILABLE');
    expect(await stored()).toEqual({ rows: ['clean'], files: 1 });
  });
});
