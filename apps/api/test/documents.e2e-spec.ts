import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { mkdtemp, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DocumentsService, StoredDocument } from '@app/documents';
import {
  as,
  createdStaffUser,
  eventually,
  filesUnder,
  listenLocally,
  organizerToken,
  rawUpload,
  resetTestDatabase,
  sampleExe,
  samplePdf,
  samplePng,
  sampleZip,
  TEST_ENV,
  TestApi,
} from '@app/testing';
import { startUploadsApi, SUBJECT } from './documents-test-routes';

const BASE_URL = 'http://documents.test.example';
const CEILING = 48 * 1024 * 1024;

/** A full garbage collection, without starting jest with --expose-gc. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The link's signature as the README documents it, computed here by hand. */
function handSigned(documentId: string, reader: string, expires: number): string {
  const key = Buffer.from(hkdfSync('sha256', TEST_ENV.JWT_SECRET, 'care-awards', 'document-links', 32));
  return createHmac('sha256', key)
    .update(`care-awards document link\n${documentId}\n${reader}\n${expires}`)
    .digest('base64url');
}

describe('Documents on the local disk: uploads through HTTP, signed links, the sweep', () => {
  let api: TestApi;
  let dir: string;
  let organizer: string;
  let organizerId: string;
  let judge: { id: string; token: string };
  let port: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-documents-'));
    await resetTestDatabase();
    api = await startUploadsApi({
      DOCUMENTS_DIR: dir,
      DOCUMENT_MAX_BYTES: String(CEILING),
      PUBLIC_BASE_URL: BASE_URL,
    });
    port = Number(new URL(await listenLocally(api)).port);
    organizer = await organizerToken(api.http);
    organizerId = (await api.http.get('/auth/me').set(as(organizer)).expect(200)).body.id;
    judge = await createdStaffUser(api.http, organizer, 'judge');
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const upload = (
    slot: string,
    file: Buffer,
    name: string,
    query: Record<string, string> = {},
    token = organizer,
  ) =>
    api.http
      .post(`/test-uploads/${slot}`)
      .query(query)
      .set(as(token))
      .attach('file', file, { filename: name, contentType: 'application/octet-stream' });

  const rowsOf = async (slot: string): Promise<{ id: string; storage_key: string; size_bytes: string }[]> =>
    api.dataSource.query(
      `SELECT id, storage_key, size_bytes FROM documents WHERE subject_id = $1 AND slot = $2 ORDER BY uploaded_at`,
      [SUBJECT, slot],
    );

  /** What is on disk besides the documents a row names: nothing, after any refusal. */
  const unnamedFiles = async (): Promise<string[]> => {
    const named: { storage_key: string }[] = await api.dataSource.query(`SELECT storage_key FROM documents`);
    const keys = new Set(named.map((r) => r.storage_key));
    return (await filesUnder(dir)).filter((f) => !keys.has(f.split('/').pop() as string));
  };

  describe('an upload', () => {
    it('stores a PDF and a PNG with what their bytes are, their SHA-256 and size, and audits it', async () => {
      const pdf = samplePdf();
      const res = await upload('report', pdf, 'Annual report 年报.pdf').expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        subject: { type: 'entry-field', id: SUBJECT, slot: 'report' },
        fileName: 'Annual report 年报.pdf',
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256: sha256(pdf),
        scan: 'unscanned',
        uploadedBy: organizerId,
        uploadedAt: expect.any(String),
      });
      const [row] = await rowsOf('report');
      expect(row.id).toBe(res.body.id);
      const stored = await readFile(join(dir, row.storage_key.slice(0, 2), row.storage_key));
      expect(stored.equals(pdf)).toBe(true);

      const png = samplePng();
      const image = await upload('photo', png, 'C:\\fakepath\\logo.png').expect(201);
      expect(image.body).toMatchObject({ fileName: 'logo.png', mediaType: 'image/png', sha256: sha256(png) });

      const audit = await api.dataSource.query(
        `SELECT actor_id, action, after FROM audit_log WHERE entity_type = 'document' AND entity_id = $1`,
        [res.body.id],
      );
      expect(audit).toEqual([
        {
          actor_id: organizerId,
          action: 'document.uploaded',
          after: expect.objectContaining({ slot: 'report', sha256: sha256(pdf), sizeBytes: pdf.length }),
        },
      ]);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('refuses PNG bytes under a .pdf name, saying what they are, and leaves nothing', async () => {
      const res = await upload('refused', samplePng(), 'report.pdf', { accept: 'application/pdf' }).expect(
        415,
      );
      expect(res.body).toMatchObject({ code: 'DOCUMENT_TYPE_REFUSED', details: [{ field: 'file' }] });
      expect(res.body.message).toContain('image/png');
      expect(res.body.message).toContain('application/pdf');
      expect(await rowsOf('refused')).toEqual([]);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('refuses an executable and an archive under image names', async () => {
      const exe = await upload('refused', sampleExe(), 'photo.jpg', { accept: 'image/*' }).expect(415);
      expect(exe.body.message).toContain('application/x-msdownload');
      const zip = await upload('refused', sampleZip(), 'photo.png', {
        accept: 'image/*,application/pdf',
      }).expect(415);
      expect(zip.body.message).toContain('application/zip');
      const zh = await upload('refused', sampleExe(), 'photo.jpg', { accept: 'image/*' })
        .set('accept-language', 'zh-CN')
        .expect(415);
      expect(zh.body.message).toContain('此处不接受');
      expect(await rowsOf('refused')).toEqual([]);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('takes UTF-8 text only where text is accepted, and refuses binary after a textual start', async () => {
      const csv = Buffer.from('名称,得分\nA,1\n');
      await upload('table', csv, 'scores.csv', { accept: 'text/csv' })
        .expect(201)
        .expect((r) => expect(r.body).toMatchObject({ mediaType: 'text/csv', sizeBytes: csv.length }));
      const tricked = Buffer.concat([Buffer.from('a'.repeat(5000)), Buffer.from([0, 1, 2, 0xff])]);
      await upload('table', tricked, 'scores.csv', { accept: 'text/csv' }).expect(415);
      await upload('table', csv, 'scores.csv', { accept: 'application/pdf' }).expect(415);
      expect(await rowsOf('table')).toHaveLength(1);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('refuses a file over the slot limit with 413 naming the limit, and leaves nothing', async () => {
      const big = Buffer.concat([samplePdf(), Buffer.alloc(300_000, 0x20)]);
      const res = await upload('big', big, 'big.pdf', { maxBytes: '100000' }).expect(413);
      expect(res.body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', details: [{ field: 'file' }] });
      expect(res.body.message).toContain('100000 bytes');
      // The limit itself is allowed.
      const exact = Buffer.concat([samplePdf(), Buffer.alloc(100_000 - samplePdf().length, 0x20)]);
      await upload('big', exact, 'exact.pdf', { maxBytes: '100000' }).expect(201);
      expect(await rowsOf('big')).toHaveLength(1);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('refuses an empty file, and a file beyond the slot count with 409', async () => {
      await upload('empty', Buffer.alloc(0), 'empty.pdf')
        .expect(400)
        .expect((r) => expect(r.body.code).toBe('DOCUMENT_EMPTY'));
      await upload('single', samplePdf('one'), 'one.pdf', { maxFiles: '1' }).expect(201);
      const second = await upload('single', samplePdf('two'), 'two.pdf', { maxFiles: '1' }).expect(409);
      expect(second.body).toMatchObject({ code: 'DOCUMENT_LIMIT', details: [{ field: 'file' }] });
      expect(await rowsOf('single')).toHaveLength(1);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('keeps the slot count under concurrent uploads', async () => {
      const answers = await Promise.all(
        [1, 2, 3, 4].map((i) => upload('race', samplePdf(`race ${i}`), `${i}.pdf`, { maxFiles: '2' })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 409, 409]);
      expect(await rowsOf('race')).toHaveLength(2);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('answers 400 naming `file` without multipart, without the part, with it misnamed or doubled', async () => {
      const json = await api.http
        .post('/test-uploads/bad')
        .set(as(organizer))
        .send({ file: 'x' })
        .expect(400);
      expect(json.body).toMatchObject({ code: 'UPLOAD_NOT_MULTIPART', details: [{ field: 'file' }] });
      const none = await api.http
        .post('/test-uploads/bad')
        .set(as(organizer))
        .field('note', 'no file')
        .expect(400);
      expect(none.body).toMatchObject({ code: 'UPLOAD_FILE_MISSING', details: [{ field: 'file' }] });
      await api.http
        .post('/test-uploads/bad')
        .set(as(organizer))
        .attach('document', samplePdf(), 'a.pdf')
        .expect(400)
        .expect((r) => expect(r.body.code).toBe('UPLOAD_FILE_MISSING'));
      await api.http
        .post('/test-uploads/bad')
        .set(as(organizer))
        .attach('file', samplePdf('a'), 'a.pdf')
        .attach('file', samplePdf('b'), 'b.pdf')
        .expect(400)
        .expect((r) =>
          expect(r.body).toMatchObject({ code: 'UPLOAD_EXTRA_FILES', details: [{ field: 'file' }] }),
        );
      // Small fields beside the file are allowed.
      await api.http
        .post('/test-uploads/fields')
        .set(as(organizer))
        .field('caption', 'the logo')
        .attach('file', samplePng(), 'logo.png')
        .field('after', 'x')
        .expect(201);
      expect(await rowsOf('bad')).toEqual([]);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('is refused with 415 on a route that takes no upload', async () => {
      const res = await api.http
        .post('/campaigns')
        .set(as(organizer))
        .attach('file', samplePdf(), 'a.pdf')
        .expect(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await unnamedFiles()).toEqual([]);
    });

    it('refuses an anonymous upload before reading it', async () => {
      await api.http.post('/test-uploads/anon').attach('file', samplePdf(), 'a.pdf').expect(401);
      expect(await rowsOf('anon')).toEqual([]);
    });

    it("deletes the bytes when the domain's own record refuses, in the same transaction", async () => {
      const res = await upload('attach', samplePdf(), 'a.pdf', { attach: 'refuse' }).expect(409);
      expect(res.body.code).toBe('TEST_REFUSED');
      expect(await rowsOf('attach')).toEqual([]);
      expect(
        await api.dataSource.query(
          `SELECT 1 FROM audit_log WHERE action = 'document.uploaded' AND after->>'slot' = 'attach'`,
        ),
      ).toEqual([]);
      expect(await unnamedFiles()).toEqual([]);
    });

    it('leaves no record and no bytes when the client goes away midway', async () => {
      const outcome = await rawUpload({
        port,
        path: '/test-uploads/cut?maxBytes=10000000',
        token: organizer,
        fileName: 'cut.pdf',
        chunks: (function* () {
          yield samplePdf();
          for (let i = 0; i < 100; i++) yield Buffer.alloc(64 * 1024, i);
        })(),
        abortAfterBytes: 2 * 1024 * 1024,
      });
      expect(outcome).toBe('aborted');
      await eventually(
        async () => ((await unnamedFiles()).length === 0 ? true : undefined),
        10_000,
        'no bytes',
      );
      expect(await rowsOf('cut')).toEqual([]);
    });

    it('streams a 40 MB file to disk without holding it in memory', async () => {
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const chunks = 640; // 40 MiB
      const hash = createHash('sha256').update(samplePdf());
      for (let i = 0; i < chunks; i++) hash.update(chunk);
      // What is still alive (heap and buffers) after a full collection, measured while the upload is under way:
      // buffering the file would grow it by the bytes sent so far.
      const live = async () => {
        // V8 frees the buffers a collection finds dead on a background thread: collect, let it, collect again.
        collectGarbage();
        await new Promise((r) => setTimeout(r, 20));
        collectGarbage();
        const m = process.memoryUsage();
        return m.heapUsed + m.arrayBuffers;
      };
      const baseline = await live();
      const startRss = process.memoryUsage().rss;
      let peakRss = startRss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
      const during: number[] = [];
      const answer = await rawUpload({
        port,
        path: `/test-uploads/large?maxBytes=${CEILING}`,
        token: organizer,
        fileName: 'large.pdf',
        chunks: (async function* () {
          yield samplePdf();
          for (let i = 1; i <= chunks; i++) {
            yield chunk;
            if (i % 128 === 0) {
              // Every 8 MiB, once the server has taken what was sent.
              await new Promise((r) => setTimeout(r, 50));
              during.push((await live()) - baseline);
            }
          }
        })(),
      });
      clearInterval(sampler);
      expect(answer).toMatchObject({ status: 201 });
      const body = JSON.parse((answer as { body: string }).body);
      expect(body).toMatchObject({
        sizeBytes: samplePdf().length + chunks * chunk.length,
        sha256: hash.digest('hex'),
      });
      const mib = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
      if (process.env.DOCUMENTS_MEMORY_REPORT) {
        const report = { liveGrowthMiB: during.map(mib), peakRssGrowthMiB: mib(peakRss - startRss) };
        process.stdout.write(`\n40 MiB upload: ${JSON.stringify(report)}\n`);
      }
      expect(during).toHaveLength(5);
      // Client and server share this process; neither holds more than a few chunks whatever has been sent.
      for (const growth of during) expect(growth).toBeLessThan(8 * 2 ** 20);
    });
  });

  describe('a signed link', () => {
    let pdf: StoredDocument;
    let png: StoredDocument;
    let csv: StoredDocument;
    const pdfBytes = samplePdf('linked');

    beforeAll(async () => {
      pdf = (await upload('linked', pdfBytes, '季度 report (final).pdf').expect(201)).body;
      png = (await upload('linked', samplePng(), 'logo.png').expect(201)).body;
      csv = (
        await upload('linked-text', Buffer.from('a,b\n1,2\n'), 'data.csv', { accept: 'text/csv' }).expect(201)
      ).body;
    });

    const linkFor = async (id: string, token = organizer) =>
      (await api.http.get(`/test-uploads/${id}/link`).set(as(token)).expect(200)).body as {
        url: string;
        expiresAt: string;
        inline: boolean;
      };
    const pathOf = (url: string) => url.slice(BASE_URL.length);

    it('is made for one reader, for DOCUMENT_LINK_TTL_SECONDS, at the public address', async () => {
      const link = await linkFor(pdf.id);
      expect(
        link.url.startsWith(`${BASE_URL}/documents/${pdf.id}/content?reader=${organizerId}&expires=`),
      ).toBe(true);
      expect(link.inline).toBe(true);
      const seconds = (new Date(link.expiresAt).getTime() - Date.now()) / 1000;
      expect(seconds).toBeGreaterThan(290);
      expect(seconds).toBeLessThanOrEqual(300);
      const expires = Number(new URL(link.url).searchParams.get('expires'));
      expect(new URL(link.url).searchParams.get('signature')).toBe(handSigned(pdf.id, organizerId, expires));
    });

    it('serves the bytes inline with safe headers, and audits the download as the reader', async () => {
      const res = await api.http
        .get(pathOf((await linkFor(pdf.id)).url))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((res.body as Buffer).equals(pdfBytes)).toBe(true);
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(pdfBytes.length),
        'content-disposition': `inline; filename="__ report (final).pdf"; filename*=UTF-8''%E5%AD%A3%E5%BA%A6%20report%20%28final%29.pdf`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': 'sandbox',
        'cache-control': 'private, no-store',
      });
      const audit = await api.dataSource.query(
        `SELECT actor_id, actor_role, action FROM audit_log WHERE action = 'document.downloaded' AND entity_id = $1`,
        [pdf.id],
      );
      expect(audit).toEqual([
        { actor_id: organizerId, actor_role: 'organizer', action: 'document.downloaded' },
      ]);
    });

    it('answers HEAD with the headers only, and records no download', async () => {
      const count = async () =>
        (
          await api.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_log WHERE action = 'document.downloaded' AND entity_id = $1`,
            [pdf.id],
          )
        )[0].n as number;
      const before = await count();
      const res = await api.http.head(pathOf((await linkFor(pdf.id)).url)).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-length']).toBe(String(pdfBytes.length));
      expect(await count()).toBe(before);
    });

    it('opens images inline and offers anything else as a download', async () => {
      const image = await api.http.get(pathOf((await linkFor(png.id)).url)).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.headers['content-disposition']).toMatch(/^inline; filename="logo.png"/);
      const link = await linkFor(csv.id, judge.token);
      expect(link.inline).toBe(false);
      const text = await api.http.get(pathOf(link.url)).expect(200);
      expect(text.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(text.headers['content-disposition']).toMatch(/^attachment; filename="data.csv"/);
      expect(text.text).toBe('a,b\n1,2\n');
    });

    it('is 403 once expired, for a link we signed', async () => {
      const past = Math.floor(Date.now() / 1000) - 1;
      const res = await api.http
        .get(`/documents/${pdf.id}/content`)
        .query({
          reader: organizerId,
          expires: String(past),
          signature: handSigned(pdf.id, organizerId, past),
        })
        .expect(403);
      expect(res.body.code).toBe('DOCUMENT_LINK_EXPIRED');
    });

    it('is 404 tampered, for another document, for another reader, forged or incomplete, and none is audited', async () => {
      const link = new URL((await linkFor(pdf.id)).url);
      const q = Object.fromEntries(link.searchParams);
      const flipped = (q.signature[0] === 'A' ? 'B' : 'A') + q.signature.slice(1);
      const past = Math.floor(Date.now() / 1000) - 60;
      const attempts = [
        { id: pdf.id, query: { ...q, signature: flipped } },
        { id: png.id, query: q },
        { id: pdf.id, query: { ...q, reader: judge.id } },
        { id: pdf.id, query: { ...q, expires: String(Number(q.expires) + 3600) } },
        // A forged link with a past expiry is not told it expired.
        { id: pdf.id, query: { ...q, expires: String(past) } },
        { id: pdf.id, query: { reader: q.reader, expires: q.expires } },
        { id: pdf.id, query: {} },
        { id: 'not-a-uuid', query: q },
      ];
      const downloadsBefore = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'document.downloaded'`,
      );
      for (const attempt of attempts) {
        const res = await api.http.get(`/documents/${attempt.id}/content`).query(attempt.query);
        expect({ attempt, status: res.status, code: res.body.code }).toEqual({
          attempt,
          status: 404,
          code: 'DOCUMENT_NOT_FOUND',
        });
      }
      expect(
        await api.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'document.downloaded'`,
        ),
      ).toEqual(downloadsBefore);
      // The judge's own link opens it for the judge.
      await api.http.get(pathOf((await linkFor(pdf.id, judge.token)).url)).expect(200);
    });
  });

  describe('the service', () => {
    let documents: DocumentsService;
    beforeAll(() => {
      documents = api.app.get(DocumentsService);
    });

    it('lists, opens and removes documents; the bytes go once the removal commits', async () => {
      const first = (await upload('kept', samplePdf('first'), 'first.pdf').expect(201))
        .body as StoredDocument;
      const second = (await upload('kept', samplePng(), 'second.png').expect(201)).body as StoredDocument;
      const listed = await documents.list('entry-field', [SUBJECT], 'kept');
      expect(listed.map((d) => d.id)).toEqual([first.id, second.id]);
      expect((await documents.list('entry-field', [SUBJECT])).length).toBeGreaterThan(2);
      expect(await documents.list('sheet-attachment', [SUBJECT])).toEqual([]);
      const chunks: Buffer[] = [];
      for await (const c of await documents.open(first)) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).equals(samplePdf('first'))).toBe(true);

      const [row] = await rowsOf('kept');
      const actor = { userId: organizerId, role: 'organizer' as const, requestId: null, ip: null };
      await documents.remove(first.id, actor);
      expect(await rowsOf('kept')).toHaveLength(1);
      await eventually(async () =>
        (await filesUnder(dir)).includes(`${row.storage_key.slice(0, 2)}/${row.storage_key}`)
          ? undefined
          : true,
      );
      await expect(documents.get(first.id)).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
      await expect(documents.remove(first.id, actor)).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
      const audit = await api.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [first.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'document.uploaded',
        'document.removed',
      ]);
    });

    it('refuses to store inside a transaction, where an upload would hold a connection', async () => {
      const { Transactions } = await import('@app/database');
      const transactions = api.app.get(Transactions);
      const { Readable } = await import('node:stream');
      await expect(
        transactions.run(() =>
          documents.store(
            { type: 'entry-field', id: SUBJECT, slot: 'tx' },
            { fileName: 'a.pdf', stream: Readable.from([samplePdf()]) },
            { accept: ['application/pdf'], maxBytes: 1000, maxFiles: 1 },
            { userId: organizerId, role: 'organizer', requestId: null, ip: null },
          ),
        ),
      ).rejects.toThrow(/must not run inside a transaction/);
    });

    it('sweeps orphans and leftovers older than the grace, keeping named, young and foreign files', async () => {
      const named = (await rowsOf('report'))[0].storage_key;
      const orphan = 'aaaaaaaa-1111-4111-8111-111111111111';
      const partial = `${'bbbbbbbb-2222-4222-8222-222222222222'}.0123abcd.partial`;
      const young = 'cccccccc-3333-4333-8333-333333333333';
      await mkdir(join(dir, 'aa'), { recursive: true });
      await mkdir(join(dir, 'bb'), { recursive: true });
      await mkdir(join(dir, 'cc'), { recursive: true });
      await writeFile(join(dir, 'aa', orphan), 'orphaned bytes');
      await writeFile(join(dir, 'bb', partial), 'half a file');
      await writeFile(join(dir, 'cc', young), 'an upload a moment before its row');
      await writeFile(join(dir, 'aa', 'notes.txt'), 'not ours');
      const hourAgo = new Date(Date.now() - 2 * 3600_000);
      for (const p of [join(dir, 'aa', orphan), join(dir, 'bb', partial), join(dir, 'aa', 'notes.txt')]) {
        await utimes(p, hourAgo, hourAgo);
      }
      const before = await filesUnder(dir);

      const outcome = await documents.sweep();
      // Everything uploaded by the tests above is young too; of the orphans, two are old.
      expect(outcome).toMatchObject({ deleted: 2, examined: before.length - 1 });
      expect(outcome.young).toBe(outcome.examined - 2);
      const after = await filesUnder(dir);
      expect(before.filter((f) => !after.includes(f)).sort()).toEqual([`aa/${orphan}`, `bb/${partial}`]);
      expect(after).toEqual(
        expect.arrayContaining([`aa/notes.txt`, `cc/${young}`, `${named.slice(0, 2)}/${named}`]),
      );

      // A grace of 0 takes every orphan, however young: what the crash tests use.
      expect(await documents.sweep({ graceMs: 0 })).toMatchObject({ deleted: 1, young: 0 });
      expect(await unnamedFiles()).toEqual(['aa/notes.txt']);
      const rows: { storage_key: string }[] = await api.dataSource.query(`SELECT storage_key FROM documents`);
      for (const r of rows)
        expect(await filesUnder(join(dir, r.storage_key.slice(0, 2)))).toContain(r.storage_key);
    });
  });
});
