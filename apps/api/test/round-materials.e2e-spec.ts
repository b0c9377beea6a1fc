import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import {
  as,
  Judge,
  materialsCampaign,
  MaterialsEntrant,
  moveCampaign,
  organizerToken,
  roundWithAssignments,
  samplePdf,
  TEST_ENV,
  TestApi,
  zipEntries,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

const BASE_URL = 'http://materials.test.example';
const MiB = 1024 * 1024;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** What the document review shows: not the outsourcing answers, the contacts, the website or the accounts. */
const SHOWN = ['centre_name', 'seats', 'channels', 'chat_platform', 'summary', 'evidence', 'sites'];

/** Each entrant's documents: two `report.pdf` for the first (named apart in the archive), accounts for all. */
const FILES = (i: number) => [
  ...(i === 0
    ? [
        { name: 'report.pdf', bytes: samplePdf('E1 report one') },
        { name: 'report.pdf', bytes: samplePdf('E1 report two') },
      ]
    : [
        {
          name: i === 2 ? 'évidence:2?.pdf' : `evidence ${i + 1}.pdf`,
          bytes: samplePdf(`E${i + 1} evidence`),
        },
      ]),
  { field: 'annual_accounts', name: `accounts ${i + 1}.pdf`, bytes: samplePdf(`E${i + 1} accounts`) },
];

/** The link's signature as the README documents it, by hand: a link for any expiry, as if we had signed it. */
function handSigned(documentId: string, reader: string, expires: number): string {
  const key = Buffer.from(hkdfSync('sha256', TEST_ENV.JWT_SECRET, 'care-awards', 'document-links', 32));
  return createHmac('sha256', key)
    .update(`care-awards document link\n${documentId}\n${reader}\n${expires}`)
    .digest('base64url');
}

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('What a round shows its judges: materials, dossiers, signed links and the ZIP export', () => {
  let api: TestApi;
  let dir: string;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof materialsCampaign>>;
  let E: MaterialsEntrant[];
  let J: Judge[];
  let review: Awaited<ReturnType<typeof roundWithAssignments>>;
  let team: Awaited<ReturnType<typeof roundWithAssignments>>;
  let siteVisit: string;
  /** Documents by entrant: [evidence..., accounts]. */
  let docs: { id: string; fileName: string; sha256: string; slot: string }[][];
  /** Each file's bytes, by document id. */
  const bytes = new Map<string, Buffer>();

  const get = (token: string, path: string) => api.http.get(path).set(as(token));
  const download = (url: string) => {
    const { pathname, search } = new URL(url);
    return api.http.get(`${pathname}${search}`).buffer(true).parse(binary);
  };
  const judgeLink = (judge: Judge, assignmentId: string, documentId: string) =>
    get(judge.token, `/judging/assignments/${assignmentId}/documents/${documentId}/link`);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-materials-'));
    api = await startFreshTestApi({ DOCUMENTS_DIR: dir, PUBLIC_BASE_URL: BASE_URL });
    organizer = await organizerToken(api.http);
    setup = await materialsCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'finance'],
      judges: 4,
      documents: FILES,
    });
    E = setup.entrants;
    J = setup.judges;
    docs = [];
    for (const [i, e] of E.entries()) {
      const rows: { id: string; file_name: string; sha256: string; slot: string }[] =
        await api.dataSource.query(
          `SELECT id, file_name, sha256, slot FROM documents WHERE subject_id = $1 ORDER BY slot DESC, uploaded_at`,
          [e.candidacyId],
        );
      docs.push(rows.map((r) => ({ id: r.id, fileName: r.file_name, sha256: r.sha256, slot: r.slot })));
      FILES(i).forEach((f, j) => bytes.set(rows[j].id, f.bytes));
    }
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sets what a round shows at creation, names every bad setting, and starts each stage from its defaults', async () => {
    const bad = await api.http
      .post(`/campaigns/${setup.campaignId}/rounds`)
      .set(as(organizer))
      .send({
        categoryId: setup.categoryId,
        name: 'Bad',
        stageType: 'document-review',
        rubricId: setup.rubricId,
        rubricVersion: 1,
        materials: {
          shownFields: ['seats', 'revenue'],
          judgeAttachments: {
            slots: [
              {
                key: 'Report',
                label: { en: 'R', zh: '报' },
                accept: ['pdf'],
                maxBytes: 60 * MiB,
                maxFiles: 0,
              },
            ],
            toEntrantsAfterAnnouncement: false,
          },
        },
      })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual([
      'materials.shownFields[1]',
      'materials.judgeAttachments.slots[0].key',
      'materials.judgeAttachments.slots[0].accept[0]',
      'materials.judgeAttachments.slots[0].maxBytes',
      'materials.judgeAttachments.slots[0].maxFiles',
    ]);
    const zh = await api.http
      .post(`/campaigns/${setup.campaignId}/rounds`)
      .set(as(organizer))
      .set('accept-language', 'zh-CN')
      .send({
        categoryId: setup.teamCategoryId,
        name: 'No form',
        stageType: 'document-review',
        rubricId: setup.rubricId,
        rubricVersion: 1,
        materials: { shownFields: ['seats'] },
      })
      .expect(400);
    expect(zh.body.details).toEqual([{ field: 'materials.shownFields[0]', message: '该奖项没有申报表' }]);
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM judging_rounds`))[0].n).toBe(0);

    review = await roundWithAssignments(
      api,
      organizer,
      setup,
      {
        categoryId: setup.categoryId,
        name: 'Document review',
        stageType: 'document-review',
        materials: { shownFields: SHOWN },
      },
      E.map((e) => e.enterpriseId),
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    );
    expect(review.round.materials).toEqual({ shownFields: SHOWN, judgeAttachments: null });
    team = await roundWithAssignments(
      api,
      organizer,
      setup,
      { categoryId: setup.teamCategoryId, name: 'Team review', stageType: 'document-review' },
      E.map((e) => e.enterpriseId),
      [
        [0, 3],
        [1, 3],
        [2, 3],
      ],
    );
    expect(team.round.materials).toEqual({ shownFields: null, judgeAttachments: null });

    const visit = await api.http
      .post(`/campaigns/${setup.campaignId}/rounds`)
      .set(as(organizer))
      .send({
        categoryId: setup.categoryId,
        name: 'Site visit',
        stageType: 'site-visit',
        rubricId: setup.rubricId,
        rubricVersion: 1,
      })
      .expect(201);
    siteVisit = visit.body.id;
    expect(visit.body.materials).toEqual({
      shownFields: null,
      judgeAttachments: {
        slots: [
          {
            key: 'report',
            label: { en: 'Report', zh: '评审报告' },
            accept: ['application/pdf'],
            maxBytes: 20 * MiB,
            maxFiles: 1,
          },
          {
            key: 'photos',
            label: { en: 'Photos', zh: '照片' },
            accept: ['image/jpeg', 'image/png'],
            maxBytes: 10 * MiB,
            maxFiles: 20,
          },
        ],
        toEntrantsAfterAnnouncement: false,
      },
    });
  });

  it('edits a draft round’s materials part by part, checked as at creation and audited', async () => {
    const patch = (materials: object) =>
      api.http.patch(`/rounds/${siteVisit}`).set(as(organizer)).send({ materials });
    const shown = (await patch({ shownFields: ['summary', 'evidence'] }).expect(200)).body.materials;
    expect(shown.shownFields).toEqual(['summary', 'evidence']);
    expect(shown.judgeAttachments.slots.map((s: { key: string }) => s.key)).toEqual(['report', 'photos']);
    const none = (await patch({ judgeAttachments: null }).expect(200)).body.materials;
    expect(none).toEqual({ shownFields: ['summary', 'evidence'], judgeAttachments: null });
    const bad = await patch({ shownFields: ['summary', 'nope'] }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['materials.shownFields[1]']);
    const missingLabel = await patch({
      judgeAttachments: {
        slots: [{ key: 'notes', accept: ['text/plain'], maxBytes: 1000, maxFiles: 1 }],
        toEntrantsAfterAnnouncement: false,
      },
    }).expect(400);
    expect(missingLabel.body.details[0].field).toContain('label');
    expect((await get(organizer, `/rounds/${siteVisit}`).expect(200)).body.materials).toEqual(none);
    const audit: { before: object; after: object }[] = await api.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'round.updated' AND entity_id = $1 ORDER BY occurred_at`,
      [siteVisit],
    );
    expect(audit).toHaveLength(2);
    expect(audit[1].after).toEqual({ materials: { judgeAttachments: null } });
    expect(audit[1].before).toEqual({
      materials: expect.objectContaining({ shownFields: ['summary', 'evidence'] }),
    });
  });

  it('freezes the materials once the round is open', async () => {
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    for (const round of [review.round.id, team.round.id]) {
      await api.http.post(`/rounds/${round}/transitions`).set(as(organizer)).send({ to: 'open' }).expect(200);
    }
    const frozen = await api.http
      .patch(`/rounds/${review.round.id}`)
      .set(as(organizer))
      .send({ materials: { shownFields: null } })
      .expect(409);
    expect(frozen.body).toMatchObject({ code: 'ROUND_FROZEN', details: [{ field: 'materials' }] });
  });

  it('gives the judge a dossier with only the fields the round shows, their documents, and no contacts', async () => {
    const view = (await get(J[0].token, `/judging/assignments/${review.assignments[0][0]}`).expect(200)).body;
    expect(view.dossier).toMatchObject({ industryCode: 'telecom', seats: 250 });
    expect(view.dossier.contactEmail).toBeUndefined();
    expect(view.dossier.contactPhone).toBeUndefined();
    expect(
      view.entry.sections.map((s: { key: string; fields: { key: string }[] }) => [
        s.key,
        s.fields.map((f) => f.key),
      ]),
    ).toEqual([
      ['profile', ['centre_name', 'seats']],
      ['case', ['channels', 'chat_platform', 'summary', 'evidence', 'sites']],
    ]);
    const field = (key: string) =>
      view.entry.sections
        .flatMap((s: { fields: { key: string }[] }) => s.fields)
        .find((f: { key: string }) => f.key === key);
    expect(field('centre_name')).toMatchObject({
      label: { en: 'Centre name', zh: '中心名称' },
      answer: 'Care Centre 1',
    });
    expect(field('channels')).toMatchObject({
      answer: ['phone', 'chat'],
      text: { en: 'Phone; Chat', zh: '电话；在线聊天' },
    });
    expect(field('sites').text).toEqual({
      en: '1. City: Shenzhen; Seats: 120',
      zh: '1. 城市：Shenzhen；座席：120',
    });
    const evidence = docs[0].filter((d) => d.slot === 'evidence');
    expect(field('evidence').documents).toEqual(
      evidence.map((d) => ({
        id: d.id,
        fileName: 'report.pdf',
        mediaType: 'application/pdf',
        sizeBytes: bytes.get(d.id)?.length,
        sha256: sha256(bytes.get(d.id) as Buffer),
        scan: 'unscanned',
      })),
    );
    const text = JSON.stringify(view);
    for (const hidden of [
      'press-1@',
      'centre-1.example.com',
      'accounts 1.pdf',
      'annual_accounts',
      'outsourced',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(view).toMatchObject({ attachmentSlots: [], attachments: [] });
    // A category with no entry form: the profile only.
    const teamView = (await get(J[3].token, `/judging/assignments/${team.assignments[0][3]}`).expect(200))
      .body;
    expect(teamView.entry).toBeNull();
  });

  it('signs a short-lived link for the assignment’s judge; the download is audited, an expired link refused', async () => {
    const evidence = docs[0][0];
    const res = await judgeLink(J[0], review.assignments[0][0], evidence.id).expect(200);
    expect(res.body.url.startsWith(`${BASE_URL}/documents/${evidence.id}/content?reader=${J[0].id}&`)).toBe(
      true,
    );
    expect(res.body.inline).toBe(true);
    const seconds = (new Date(res.body.expiresAt).getTime() - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(280);
    expect(seconds).toBeLessThanOrEqual(300);
    const file = await download(res.body.url).expect(200);
    expect(sha256(file.body as Buffer)).toBe(evidence.sha256);
    const audit = await api.dataSource.query(
      `SELECT actor_id FROM audit_log WHERE action = 'document.downloaded' AND entity_id = $1`,
      [evidence.id],
    );
    expect(audit).toEqual([{ actor_id: J[0].id }]);

    const url = new URL(res.body.url);
    const past = Math.floor(Date.now() / 1000) - 1;
    url.searchParams.set('expires', String(past));
    url.searchParams.set('signature', handSigned(evidence.id, J[0].id, past));
    expect((await download(url.toString()).expect(403)).body.toString()).toContain('DOCUMENT_LINK_EXPIRED');
    // Another reader's name on the judge's link opens nothing.
    const stolen = new URL(res.body.url);
    stolen.searchParams.set('reader', J[1].id);
    await download(stolen.toString()).expect(404);
  });

  it('answers 404 to another judge, another round’s judge, and for a document the round does not show', async () => {
    const evidence = docs[0][0].id;
    const accounts = docs[0].find((d) => d.slot === 'annual_accounts')?.id as string;
    // The judge of the entrant, but the accounts are not shown in this round.
    const hidden = await judgeLink(J[0], review.assignments[0][0], accounts).expect(404);
    expect(hidden.body.code).toBe('DOCUMENT_NOT_FOUND');
    // Another entrant's document through the judge's own assignment.
    await judgeLink(J[0], review.assignments[0][0], docs[1][0].id).expect(404);
    // Another judge of the round: through their own assignment, and through the first judge's.
    await judgeLink(J[1], review.assignments[1][1], evidence).expect(404);
    const notMine = await judgeLink(J[1], review.assignments[0][0], evidence).expect(404);
    expect(notMine.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    await get(J[1].token, `/judging/assignments/${review.assignments[0][0]}`).expect(404);
    // A judge of another round who judges the same enterprise there.
    await judgeLink(J[3], team.assignments[0][3], evidence).expect(404);
    await judgeLink(J[3], review.assignments[0][0], evidence).expect(404);
    // No such document: the same answer.
    await judgeLink(J[0], review.assignments[0][0], '00000000-0000-4000-8000-000000000000').expect(404);
    await judgeLink(J[0], review.assignments[0][0], 'not-a-uuid').expect(400);
  });

  it('shuts a conflicted judge out at once: declared after submitting, or recorded by an organizer', async () => {
    const a = review.assignments[1][1];
    const evidence = docs[1][0].id;
    await judgeLink(J[1], a, evidence).expect(200);
    await api.http
      .put(`/judging/assignments/${a}/sheet`)
      .set(as(J[1].token))
      .send({ values: { s: 8, p: 50 } })
      .expect(200);
    await api.http.post(`/judging/assignments/${a}/sheet/submit`).set(as(J[1].token)).expect(200);
    const declared = await api.http
      .post('/judging/conflicts')
      .set(as(J[1].token))
      .send({ enterpriseId: E[1].enterpriseId, reason: 'My cousin runs their quality team' })
      .expect(201);
    // The submitted sheet keeps counting (flagged), so the assignment is still active: access ends all the same.
    expect(declared.body.flaggedAssignments).toEqual([a]);
    await get(J[1].token, `/judging/assignments/${a}`).expect(404);
    await judgeLink(J[1], a, evidence).expect(404);
    expect((await get(J[1].token, '/judging/assignments').expect(200)).body).toEqual([]);

    const b = review.assignments[2][2];
    await judgeLink(J[2], b, docs[2][0].id).expect(200);
    await api.http
      .post(`/judges/${J[2].id}/conflicts`)
      .set(as(organizer))
      .send({ enterpriseId: E[2].enterpriseId, reason: 'Former employer' })
      .expect(201);
    await get(J[2].token, `/judging/assignments/${b}`).expect(404);
    await judgeLink(J[2], b, docs[2][0].id).expect(404);
  });

  it('gives organizers links to what the round shows of its entrants, and nothing else', async () => {
    const link = (round: string, documentId: string) =>
      get(organizer, `/rounds/${round}/documents/${documentId}/link`);
    const res = await link(review.round.id, docs[2][0].id).expect(200);
    expect(sha256((await download(res.body.url).expect(200)).body as Buffer)).toBe(docs[2][0].sha256);
    const accounts = docs[2].find((d) => d.slot === 'annual_accounts')?.id as string;
    expect((await link(review.round.id, accounts).expect(404)).body.code).toBe('DOCUMENT_NOT_FOUND');
    // The team round has no entry form: nothing of the entry is the team round's to show.
    await link(team.round.id, docs[0][0].id).expect(404);
    // The site visit has no entrants yet.
    await link(siteVisit, docs[0][0].id).expect(404);
    const none = await link('00000000-0000-4000-8000-000000000000', docs[0][0].id).expect(404);
    expect(none.body.code).toBe('ROUND_NOT_FOUND');
  });

  it('exports the round as a streamed ZIP: a folder per entrant with the shown answers and documents, a manifest', async () => {
    const res = await get(organizer, `/rounds/${review.round.id}/materials.zip`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Document review-materials.zip"; filename*=UTF-8''Document%20review-materials.zip`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    const files = new Map(zipEntries(res.body as Buffer).map((e) => [e.name, e]));
    const folder = (i: number) => {
      const entrant = review.entrants[i];
      return `${entrant.enterpriseName.replace(/[.\s]+$/, '')}-${entrant.id.slice(0, 8)}`;
    };
    expect([...files.keys()].sort()).toEqual(
      [
        `${folder(0)}/entry.html`,
        `${folder(0)}/documents/evidence/report.pdf`,
        `${folder(0)}/documents/evidence/report (2).pdf`,
        `${folder(1)}/entry.html`,
        `${folder(1)}/documents/evidence/evidence 2.pdf`,
        `${folder(2)}/entry.html`,
        `${folder(2)}/documents/evidence/évidence_2_.pdf`,
        'manifest.csv',
      ].sort(),
    );
    // The documents' own bytes, stored as they are; the page and the manifest deflated.
    expect(
      files
        .get(`${folder(0)}/documents/evidence/report (2).pdf`)
        ?.bytes.equals(bytes.get(docs[0][1].id) as Buffer),
    ).toBe(true);
    expect(files.get(`${folder(0)}/documents/evidence/report.pdf`)?.method).toBe(0);
    expect(files.get('manifest.csv')?.method).toBe(8);

    const page = files.get(`${folder(0)}/entry.html`)?.bytes.toString('utf8') as string;
    expect(page).toContain('Care Centre 1');
    expect(page).toContain('<span lang="en">Seats</span> / <span lang="zh">座席数</span>');
    expect(page).toContain('Phone; Chat / 电话；在线聊天');
    expect(page).toContain('<a href="documents/evidence/report%20(2).pdf">report.pdf</a>');
    for (const hidden of ['press-1@', 'centre-1.example.com', 'accounts 1.pdf', 'Annual accounts']) {
      expect(page).not.toContain(hidden);
    }

    const manifest = files.get('manifest.csv')?.bytes.toString('utf8') as string;
    const [header, ...rows] = manifest
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('entrant,file,sha256,size,source,document');
    expect(rows).toHaveLength(7);
    for (const [name, file] of files) {
      if (name === 'manifest.csv') continue;
      const row = rows.find((r) => r.includes(`,${name},`) || r.includes(`,"${name}",`));
      expect(row).toContain(`,${sha256(file.bytes)},${file.bytes.length},`);
    }
    expect(rows.filter((r) => r.endsWith(',field:evidence,' + docs[0][0].id))).toHaveLength(1);

    const audit = await api.dataSource.query(
      `SELECT action, after FROM audit_log WHERE entity_type = 'judging-round' AND entity_id = $1 AND action LIKE '%export%'`,
      [review.round.id],
    );
    expect(audit).toEqual([
      { action: 'round.materials-exported', after: expect.objectContaining({ entrants: 3 }) },
    ]);
    await get(J[0].token, `/rounds/${review.round.id}/materials.zip`).expect(403);
    await get(organizer, '/rounds/00000000-0000-4000-8000-000000000000/materials.zip').expect(404);
  });

  it('cuts the download short when a document’s bytes cannot be read midway, rather than end a ZIP without it', async () => {
    const [{ storage_key: key }] = await api.dataSource.query(
      `SELECT storage_key FROM documents WHERE id = $1`,
      [docs[1][0].id],
    );
    await unlink(join(dir, key.slice(0, 2), key));
    // The headers went out with the first byte: the only honest answer left is to break the connection.
    const outcome = await get(organizer, `/rounds/${review.round.id}/materials.zip`)
      .buffer(true)
      .parse(binary)
      .then(
        (res) => ({ body: res.body as Buffer, error: null }),
        (error: Error & { code?: string }) => ({ body: null, error }),
      );
    expect(outcome.body).toBeNull();
    expect(outcome.error).toMatchObject({ message: 'aborted', code: 'ECONNRESET' });
    // The API is still there.
    await get(organizer, `/rounds/${review.round.id}/attachments`).expect(200);
  });
});
