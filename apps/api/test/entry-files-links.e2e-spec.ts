import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'superagent';
import {
  as,
  createdEntryForm,
  createdStaffUser,
  entryCampaign,
  FILES_FORM,
  organizerToken,
  registeredEnterpriseUser,
  samplePdf,
  samplePng,
  TestApi,
  uploadToEntry,
} from '@app/testing';
import { binary } from './spreadsheets';
import { startFreshTestApi } from './test-apps';

const BASE_URL = 'http://entries.test.example';

interface Link {
  url: string;
  expiresAt: string;
  inline: boolean;
}

describe('Entry files: signed links for members and organizers', () => {
  let api: TestApi;
  let dir: string;
  let organizer: { token: string; id: string };
  let a: { token: string; userId: string; candidacyId: string };
  let b: { token: string; userId: string; candidacyId: string };
  const pdfBytes = samplePdf('linked report');
  const csvBytes = Buffer.from('month,calls\n2026-01,1200\n');
  let pdf: { id: string };
  let png: { id: string };
  let csv: { id: string };
  let othersPdf: { id: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-entry-links-'));
    api = await startFreshTestApi({ DOCUMENTS_DIR: dir, PUBLIC_BASE_URL: BASE_URL });
    const token = await organizerToken(api.http);
    organizer = { token, id: (await api.http.get('/auth/me').set(as(token)).expect(200)).body.id };
    const form = await createdEntryForm(api, token, FILES_FORM);
    [a, b] = (await entryCampaign(api, token, { form, industries: ['telecom', 'finance'] })).entrants;
    const upload = async (e: typeof a, field: string, bytes: Buffer, name: string) =>
      (await uploadToEntry(api.http, e.token, e.candidacyId, field, bytes, name).expect(201)).body
        .document as { id: string };
    pdf = await upload(a, 'report', pdfBytes, '质量报告 2026.pdf');
    png = await upload(a, 'photos', samplePng(), 'team.png');
    csv = await upload(a, 'data', csvBytes, 'calls.csv');
    othersPdf = await upload(b, 'report', samplePdf('other'), 'other.pdf');
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const linkRoute = (token: string, candidacyId: string, documentId: string) =>
    api.http.get(`/candidacies/${candidacyId}/entry/documents/${documentId}/link`).set(as(token));
  const linkFor = async (token: string, candidacyId: string, documentId: string): Promise<Link> =>
    (await linkRoute(token, candidacyId, documentId).expect(200)).body as Link;
  const open = (url: string) => api.http.get(url.slice(BASE_URL.length)).buffer(true).parse(binary);
  const downloads = async (documentId: string): Promise<string[]> =>
    (
      await api.dataSource.query(
        `SELECT actor_id FROM audit_log WHERE action = 'document.downloaded' AND entity_id = $1 ORDER BY id`,
        [documentId],
      )
    ).map((r: { actor_id: string }) => r.actor_id);

  it('opens a file for the member and the organizer it was made for, PDFs and images inline', async () => {
    const mine = await linkFor(a.token, a.candidacyId, pdf.id);
    expect(mine.url.startsWith(`${BASE_URL}/documents/${pdf.id}/content?reader=${a.userId}&expires=`)).toBe(
      true,
    );
    expect(mine.inline).toBe(true);
    const seconds = (Date.parse(mine.expiresAt) - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(290);
    expect(seconds).toBeLessThanOrEqual(300);
    const res: Response = await open(mine.url).expect(200);
    expect((res.body as Buffer).equals(pdfBytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="____ 2026.pdf"; filename*=UTF-8''%E8%B4%A8%E9%87%8F%E6%8A%A5%E5%91%8A%202026.pdf`,
    );

    const theirs = await linkFor(organizer.token, a.candidacyId, png.id);
    expect(theirs.url).toContain(`reader=${organizer.id}`);
    const image = await open(theirs.url).expect(200);
    expect(image.headers).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'private, no-store',
    });
    expect(image.headers['content-disposition']).toMatch(/^inline; filename="team.png"/);
  });

  it('offers anything else as a download', async () => {
    const link = await linkFor(a.token, a.candidacyId, csv.id);
    expect(link.inline).toBe(false);
    const res = await open(link.url).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="calls.csv"/);
    expect((res.body as Buffer).equals(csvBytes)).toBe(true);
  });

  it('records every download in the audit log, with its reader', async () => {
    const before = await downloads(pdf.id);
    await open((await linkFor(a.token, a.candidacyId, pdf.id)).url).expect(200);
    const organizers = await linkFor(organizer.token, a.candidacyId, pdf.id);
    await open(organizers.url).expect(200);
    await open(organizers.url).expect(200);
    expect(await downloads(pdf.id)).toEqual([...before, a.userId, organizer.id, organizer.id]);
  });

  it('gives no link to another enterprise’s member or a judge, nor for another entry’s file', async () => {
    const stranger = await registeredEnterpriseUser(api.http);
    const judge = await createdStaffUser(api.http, organizer.token, 'judge');
    await linkRoute(stranger.token, a.candidacyId, pdf.id).expect(404);
    await linkRoute(b.token, a.candidacyId, pdf.id).expect(404);
    // b's own candidacy, a's document; and for an organizer, a document under the wrong candidacy.
    const crossed = await linkRoute(b.token, b.candidacyId, pdf.id).expect(404);
    expect(crossed.body.code).toBe('DOCUMENT_NOT_FOUND');
    await linkRoute(organizer.token, a.candidacyId, othersPdf.id).expect(404);
    await linkRoute(organizer.token, a.candidacyId, '00000000-0000-4000-8000-000000000000').expect(404);
    await linkRoute(organizer.token, a.candidacyId, 'not-a-uuid').expect(400);
    await linkRoute(judge.token, a.candidacyId, pdf.id).expect(403);
    await api.http.get(`/candidacies/${a.candidacyId}/entry/documents/${pdf.id}/link`).expect(401);
  });

  it('refuses a link handed to another user, or tampered with (404), and an expired one (403), none audited', async () => {
    const before = await downloads(pdf.id);
    const link = new URL((await linkFor(a.token, a.candidacyId, pdf.id)).url);
    const path = (change: Record<string, string>) => {
      const url = new URL(link);
      for (const [k, v] of Object.entries(change)) url.searchParams.set(k, v);
      return `${url.pathname}${url.search}`;
    };
    const signature = link.searchParams.get('signature') as string;
    const attempts = [
      path({ reader: b.userId }),
      path({ signature: (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1) }),
      path({ expires: String(Number(link.searchParams.get('expires')) + 3600) }),
      path({}).replace(pdf.id, png.id),
    ];
    for (const attempt of attempts) {
      const res = await api.http.get(attempt);
      expect({ attempt, status: res.status, code: res.body.code }).toEqual({
        attempt,
        status: 404,
        code: 'DOCUMENT_NOT_FOUND',
      });
    }
    // Five minutes and a second later, the same link has expired.
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now + 301_000);
    try {
      const late = await api.http.get(path({}));
      expect({ status: late.status, code: late.body.code }).toEqual({
        status: 403,
        code: 'DOCUMENT_LINK_EXPIRED',
      });
    } finally {
      clock.mockRestore();
    }
    expect(await downloads(pdf.id)).toEqual(before);
    await api.http.get(path({})).expect(200);
  });
});
