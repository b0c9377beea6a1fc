import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentsService } from '@app/documents';
import {
  as,
  createdEntryForm,
  createdStaffUser,
  entryCampaign,
  eventually,
  filesUnder,
  FILES_FORM,
  listenLocally,
  organizerToken,
  rawUpload,
  registeredEnterpriseUser,
  sampleExe,
  samplePdf,
  samplePng,
  TestApi,
  unnamedFiles,
  uploadToEntry,
} from '@app/testing';
import { csvRows } from './spreadsheets';
import { startFreshTestApi } from './test-apps';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Entry files: uploads to file fields, removal, submission, export', () => {
  let api: TestApi;
  let dir: string;
  let port: number;
  let organizer: string;
  let form: { id: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-entry-files-'));
    api = await startFreshTestApi({ DOCUMENTS_DIR: dir });
    port = Number(new URL(await listenLocally(api)).port);
    organizer = await organizerToken(api.http);
    form = await createdEntryForm(api, organizer, FILES_FORM);
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const newEntrant = async (industries = ['telecom']) => entryCampaign(api, organizer, { form, industries });
  const upload = (e: { token: string; candidacyId: string }, field: string, bytes: Buffer, name: string) =>
    uploadToEntry(api.http, e.token, e.candidacyId, field, bytes, name);
  const entry = (token: string, candidacyId: string) =>
    api.http.get(`/candidacies/${candidacyId}/entry`).set(as(token)).expect(200);
  const rowsOf = (candidacyId: string): Promise<{ id: string; slot: string; storage_key: string }[]> =>
    api.dataSource.query(
      `SELECT id, slot, storage_key FROM documents WHERE subject_id = $1 ORDER BY uploaded_at`,
      [candidacyId],
    );
  const leftovers = () => unnamedFiles(dir, api.dataSource);

  it('stores a PDF with its SHA-256 and size, adds it to the answer, and shows it in the entry', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const pdf = samplePdf('quality report');
    const res = await upload(e, 'report', pdf, 'Quality report 质量报告.pdf').expect(201);
    const document = {
      id: expect.any(String),
      fileName: 'Quality report 质量报告.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      scan: 'unscanned',
      uploadedAt: expect.any(String),
    };
    expect(res.body).toEqual({ document, fieldKey: 'report', value: [res.body.document], revision: 1 });

    const [row] = await rowsOf(e.candidacyId);
    expect(row).toMatchObject({ id: res.body.document.id, slot: 'report' });
    expect((await readFile(join(dir, row.storage_key.slice(0, 2), row.storage_key))).equals(pdf)).toBe(true);

    const view = (await entry(e.token, e.candidacyId)).body;
    expect(view).toMatchObject({ state: 'draft', revision: 1, answers: { report: [res.body.document] } });
    expect((await entry(organizer, e.candidacyId)).body.answers.report).toEqual([res.body.document]);
    const history = await api.http
      .get(`/candidacies/${e.candidacyId}/entry/history`)
      .set(as(e.token))
      .expect(200);
    expect(history.body.items).toMatchObject([
      { revision: 1, fieldKey: 'report', before: null, after: [res.body.document.id], changedBy: e.userId },
    ]);
    const audit = await api.dataSource.query(
      `SELECT action, actor_id FROM audit_log WHERE entity_id IN ($1, $2) AND entity_type IN ('entry', 'document') ORDER BY id`,
      [res.body.document.id, e.candidacyId],
    );
    expect(audit).toEqual([
      { action: 'document.uploaded', actor_id: e.userId },
      { action: 'entry.document-attached', actor_id: e.userId },
    ]);
    expect(await leftovers()).toEqual([]);
  });

  it('takes a file in a field its condition hides, and keeps it there', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const res = await upload(e, 'contract', samplePdf('contract'), 'contract.pdf').expect(201);
    const view = (await entry(e.token, e.candidacyId)).body;
    expect(view.visibleFields).not.toContain('contract');
    expect(view.answers.contract).toEqual([res.body.document]);
  });

  it('refuses wrong bytes under a right name with 415, leaving nothing on disk or in the tables', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const png = await upload(e, 'report', samplePng(), 'report.pdf').expect(415);
    expect(png.body).toMatchObject({ code: 'DOCUMENT_TYPE_REFUSED', details: [{ field: 'file' }] });
    expect(png.body.message).toContain('image/png');
    const exe = await upload(e, 'report', sampleExe(), 'report.pdf').expect(415);
    expect(exe.body.message).toContain('application/x-msdownload');
    const pdfAsPhoto = await upload(e, 'photos', samplePdf(), 'photo.png').expect(415);
    expect(pdfAsPhoto.body.message).toContain('application/pdf');
    expect(await rowsOf(e.candidacyId)).toEqual([]);
    expect((await entry(e.token, e.candidacyId)).body).toMatchObject({ state: 'not-started', answers: {} });
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a file over the field’s size with 413, and one past its count with 409', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const big = Buffer.concat([samplePng(), Buffer.alloc(100_001 - samplePng().length)]);
    const tooBig = await upload(e, 'photos', big, 'big.png').expect(413);
    expect(tooBig.body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', details: [{ field: 'file' }] });
    expect(tooBig.body.message).toContain('100000 bytes');
    await upload(e, 'photos', samplePng(), 'one.png').expect(201);
    const second = await upload(e, 'photos', samplePng(), 'two.png').expect(409);
    expect(second.body).toMatchObject({ code: 'DOCUMENT_LIMIT', details: [{ field: 'file' }] });
    await upload(e, 'report', samplePdf('1'), '1.pdf').expect(201);
    await upload(e, 'report', samplePdf('2'), '2.pdf').expect(201);
    await upload(e, 'report', samplePdf('3'), '3.pdf').expect(409);
    expect((await rowsOf(e.candidacyId)).map((r) => r.slot)).toEqual(['photos', 'report', 'report']);
    expect((await entry(e.token, e.candidacyId)).body.answers.report).toHaveLength(2);
    expect(await leftovers()).toEqual([]);
  });

  it('answers 404 for an unknown field and 400 for one that takes no files, before looking at the file', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const unknown = await upload(e, 'nothing', samplePdf(), 'a.pdf').expect(404);
    expect(unknown.body.code).toBe('ENTRY_FIELD_NOT_FOUND');
    // The field is refused first, whatever the file is.
    await upload(e, 'nothing', sampleExe(), 'a.exe')
      .expect(404)
      .expect((r) => expect(r.body.code).toBe('ENTRY_FIELD_NOT_FOUND'));
    await upload(e, 'Not-A-Key', samplePdf(), 'a.pdf').expect(404);
    const text = await upload(e, 'centre_name', samplePdf(), 'a.pdf').expect(400);
    expect(text.body).toMatchObject({ code: 'ENTRY_NOT_A_FILE_FIELD', details: [{ field: 'centre_name' }] });
    await api.http
      .post(`/candidacies/${e.candidacyId}/entry/files/report`)
      .set(as(e.token))
      .send({ file: 'x' })
      .expect(400)
      .expect((r) => expect(r.body.code).toBe('UPLOAD_NOT_MULTIPART'));
    expect(await rowsOf(e.candidacyId)).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('is the enterprise’s members’: other enterprises 404, judges and organizers 403, the public 401', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const stranger = await registeredEnterpriseUser(api.http);
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    await upload({ ...e, token: stranger.token }, 'report', samplePdf(), 'a.pdf').expect(404);
    await upload({ ...e, token: judge.token }, 'report', samplePdf(), 'a.pdf').expect(403);
    await upload({ ...e, token: organizer }, 'report', samplePdf(), 'a.pdf').expect(403);
    await api.http
      .post(`/candidacies/${e.candidacyId}/entry/files/report`)
      .attach('file', samplePdf(), 'a.pdf')
      .expect(401);
    const mine = (await upload(e, 'report', samplePdf(), 'a.pdf').expect(201)).body.document;
    const remove = (token: string) =>
      api.http.delete(`/candidacies/${e.candidacyId}/entry/files/report/${mine.id}`).set(as(token));
    await remove(stranger.token).expect(404);
    await remove(judge.token).expect(403);
    await remove(organizer).expect(403);
    expect(await rowsOf(e.candidacyId)).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it('leaves no row after an upload cut off midway, and no bytes after the sweep', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    const outcome = await rawUpload({
      port,
      path: `/candidacies/${e.candidacyId}/entry/files/report`,
      token: e.token,
      fileName: 'cut.pdf',
      chunks: (function* () {
        yield samplePdf();
        for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, 0x20);
      })(),
      abortAfterBytes: 2 * 1024 * 1024,
    });
    expect(outcome).toBe('aborted');
    // The API notices the cut when the socket closes; a moment later nothing of the upload is left.
    await eventually(async () => ((await leftovers()).length === 0 ? true : undefined), 10_000, 'cleanup');
    await api.app.get(DocumentsService).sweep({ graceMs: 0 });
    expect(await leftovers()).toEqual([]);
    expect(await rowsOf(e.candidacyId)).toEqual([]);
    expect((await entry(e.token, e.candidacyId)).body.answers).toEqual({});
  });

  it('needs a required file field’s file to submit, and keeps its last file once submitted', async () => {
    const { entrants } = await newEntrant();
    const [e] = entrants;
    await api.http
      .put(`/candidacies/${e.candidacyId}/entry/answers/centre_name`)
      .set(as(e.token))
      .send({ value: 'Shenzhen Care' })
      .expect(200);
    const submit = () => api.http.post(`/candidacies/${e.candidacyId}/entry/submit`).set(as(e.token));
    const incomplete = await submit().expect(409);
    expect(incomplete.body).toMatchObject({
      code: 'ENTRY_INCOMPLETE',
      details: [{ field: 'report', message: 'is required' }],
    });
    const first = (await upload(e, 'report', samplePdf('first'), 'first.pdf').expect(201)).body.document;
    await submit().expect(200);

    const remove = (id: string, field = 'report') =>
      api.http.delete(`/candidacies/${e.candidacyId}/entry/files/${field}/${id}`).set(as(e.token));
    const last = await remove(first.id).expect(409);
    expect(last.body).toMatchObject({ code: 'ENTRY_WOULD_BE_INCOMPLETE', details: [{ field: 'report' }] });
    expect(await rowsOf(e.candidacyId)).toHaveLength(1);

    // With a second file, the first can go: its row at once, its bytes once that commits.
    const second = (await upload(e, 'report', samplePdf('second'), 'second.pdf').expect(201)).body.document;
    const [firstRow] = await rowsOf(e.candidacyId);
    const removed = await remove(first.id).expect(200);
    expect(removed.body).toEqual({ fieldKey: 'report', value: [second], revision: 4 });
    expect((await rowsOf(e.candidacyId)).map((r) => r.id)).toEqual([second.id]);
    await eventually(async () =>
      (await filesUnder(dir)).some((f) => f.endsWith(firstRow.storage_key)) ? undefined : true,
    );
    expect((await entry(e.token, e.candidacyId)).body).toMatchObject({
      state: 'submitted',
      answers: { report: [second] },
    });
    const audit = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) AND entity_type IN ('entry', 'document') ORDER BY id`,
      [first.id, e.candidacyId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'entry.answers-saved',
      'document.uploaded',
      'entry.document-attached',
      'entry.submitted',
      'entry.document-attached',
      'entry.document-detached',
      'document.removed',
    ]);

    // Not in that field, or not there at all: 404, and nothing changes.
    await remove(first.id).expect(404);
    await remove(second.id, 'photos')
      .expect(404)
      .expect((r) => expect(r.body.code).toBe('ENTRY_DOCUMENT_NOT_FOUND'));
    await remove('not-a-uuid').expect(400);
    expect(await rowsOf(e.candidacyId)).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses uploads and removals with 409 once registration closes, and keeps the files', async () => {
    const { campaign, entrants } = await newEntrant();
    const [e] = entrants;
    const kept = (await upload(e, 'report', samplePdf('kept'), 'kept.pdf').expect(201)).body.document;
    await api.http
      .patch(`/campaigns/${campaign.id}`)
      .set(as(organizer))
      .send({ schedule: { registrationClosesAt: new Date(Date.now() - 1000).toISOString() } })
      .expect(200);
    const late = await upload(e, 'report', samplePdf('late'), 'late.pdf').expect(409);
    await upload(e, 'report', sampleExe(), 'late.exe')
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('ENTRY_LOCKED'));
    expect(late.body).toMatchObject({
      code: 'ENTRY_LOCKED',
      message: expect.stringMatching(/registration has closed/),
    });
    await api.http
      .delete(`/candidacies/${e.candidacyId}/entry/files/report/${kept.id}`)
      .set(as(e.token))
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('ENTRY_LOCKED'));
    expect((await rowsOf(e.candidacyId)).map((r) => r.id)).toEqual([kept.id]);
    expect((await entry(e.token, e.candidacyId)).body.answers.report).toEqual([kept]);
    expect(await leftovers()).toEqual([]);
  });

  it('exports files by their names', async () => {
    const { campaign, categoryId, entrants } = await newEntrant(['telecom', 'finance']);
    const [a, b] = entrants;
    await upload(a, 'report', samplePdf('a1'), 'Report A.pdf').expect(201);
    await upload(a, 'report', samplePdf('a2'), '报告 A2.pdf').expect(201);
    await upload(b, 'photos', samplePng(), 'team.png').expect(201);
    const res = await api.http
      .get(`/campaigns/${campaign.id}/entries/export?categoryId=${categoryId}&format=csv`)
      .set(as(organizer))
      .expect(200);
    const rows = csvRows(res.text);
    const header = rows[0];
    const cell = (candidacyId: string, label: string) =>
      rows.find((r) => r[0] === candidacyId)?.[header.indexOf(label)];
    expect(cell(a.candidacyId, 'Quality report')).toBe('Report A.pdf; 报告 A2.pdf');
    expect(cell(b.candidacyId, 'Photos')).toBe('team.png');
    expect(cell(b.candidacyId, 'Quality report')).toBe('');
  });
});
