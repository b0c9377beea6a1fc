import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import {
  announceNow,
  as,
  Judge,
  materialsCampaign,
  MaterialsEntrant,
  moveCampaign,
  organizerToken,
  roundWithAssignments,
  samplePdf,
  samplePng,
  TestApi,
  zipEntries,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

const BASE_URL = 'http://attachments.test.example';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const SLOTS = {
  slots: [
    {
      key: 'report',
      label: { en: 'Site-visit report', zh: '现场评审报告' },
      accept: ['application/pdf'],
      maxBytes: 100_000,
      maxFiles: 1,
    },
    {
      key: 'photos',
      label: { en: 'Photos', zh: '照片' },
      accept: ['image/png', 'image/jpeg'],
      maxBytes: 100_000,
      maxFiles: 2,
    },
  ],
  toEntrantsAfterAnnouncement: true,
};

describe('Judges’ attachments to their sheets: slots, limits, locks, organizers, and entrants’ feedback', () => {
  let api: TestApi;
  let dir: string;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof materialsCampaign>>;
  let E: MaterialsEntrant[];
  let J: Judge[];
  /** A site visit that shares attachments with entrants: E0 by J0, E1 by J2. */
  let site: Awaited<ReturnType<typeof roundWithAssignments>>;
  /** A site visit of the team category with its defaults (kept from entrants): both by J1. */
  let team: Awaited<ReturnType<typeof roundWithAssignments>>;
  const report = samplePdf('Site visit: queue boards live, coaching logs complete');
  const photo = samplePng();
  const ids: Record<string, string> = {};

  const upload = (judge: Judge, assignmentId: string, slot: string, file: Buffer, name: string) =>
    api.http
      .post(`/judging/assignments/${assignmentId}/attachments/${slot}`)
      .set(as(judge.token))
      .attach('file', file, { filename: name, contentType: 'application/octet-stream' });
  const remove = (judge: Judge, assignmentId: string, documentId: string) =>
    api.http.delete(`/judging/assignments/${assignmentId}/attachments/${documentId}`).set(as(judge.token));
  const judgeLink = (judge: Judge, assignmentId: string, documentId: string) =>
    api.http.get(`/judging/assignments/${assignmentId}/documents/${documentId}/link`).set(as(judge.token));
  const download = (url: string) => {
    const { pathname, search } = new URL(url);
    return api.http.get(`${pathname}${search}`).buffer(true).parse(binary);
  };
  const transition = (roundId: string, body: object) =>
    api.http.post(`/rounds/${roundId}/transitions`).set(as(organizer)).send(body).expect(200);
  const submit = async (judge: Judge, assignmentId: string) => {
    await api.http
      .put(`/judging/assignments/${assignmentId}/sheet`)
      .set(as(judge.token))
      .send({ values: { s: 9, p: 80 }, comments: { service: 'Queue boards live' } })
      .expect(200);
    return (
      await api.http
        .post(`/judging/assignments/${assignmentId}/sheet/submit`)
        .set(as(judge.token))
        .expect(200)
    ).body.sheet.id as string;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-attachments-'));
    api = await startFreshTestApi({ DOCUMENTS_DIR: dir, PUBLIC_BASE_URL: BASE_URL });
    organizer = await organizerToken(api.http);
    setup = await materialsCampaign(api, organizer, {
      industries: ['telecom', 'finance'],
      judges: 3,
      documents: (i) => [{ name: `evidence ${i + 1}.pdf`, bytes: samplePdf(`E${i + 1}`) }],
    });
    E = setup.entrants;
    J = setup.judges;
    const enterprises = E.map((e) => e.enterpriseId);
    site = await roundWithAssignments(
      api,
      organizer,
      setup,
      {
        categoryId: setup.categoryId,
        name: 'Site visit',
        stageType: 'site-visit',
        materials: { judgeAttachments: SLOTS },
      },
      enterprises,
      [
        [0, 0],
        [1, 2],
      ],
    );
    team = await roundWithAssignments(
      api,
      organizer,
      setup,
      { categoryId: setup.teamCategoryId, name: 'Team visit', stageType: 'site-visit' },
      enterprises,
      [
        [0, 1],
        [1, 1],
      ],
    );
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    await transition(site.round.id, { to: 'open' });
    await transition(team.round.id, { to: 'open' });
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes a judge’s files in the round’s slots, checked on their bytes, within each slot’s limits', async () => {
    const a = site.assignments[0][0];
    const res = await upload(J[0], a, 'report', report, 'Site visit report.pdf').expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      assignmentId: a,
      slot: 'report',
      fileName: 'Site visit report.pdf',
      mediaType: 'application/pdf',
      sizeBytes: report.length,
      sha256: sha256(report),
      scan: 'unscanned',
      uploadedAt: expect.any(String),
    });
    ids.report = res.body.id;
    const full = await upload(J[0], a, 'report', report, 'again.pdf').expect(409);
    expect(full.body.code).toBe('DOCUMENT_LIMIT');
    ids.photo = (await upload(J[0], a, 'photos', photo, 'queue board.png').expect(201)).body.id;
    const refused = await upload(J[0], a, 'photos', report, 'photo.png').expect(415);
    expect(refused.body).toMatchObject({ code: 'DOCUMENT_TYPE_REFUSED', details: [{ field: 'file' }] });
    const big = Buffer.concat([photo, Buffer.alloc(100_001)]);
    expect((await upload(J[0], a, 'photos', big, 'big.png').expect(413)).body.code).toBe(
      'DOCUMENT_TOO_LARGE',
    );
    const slot = await upload(J[0], a, 'video', report, 'x.pdf').expect(404);
    expect(slot.body.code).toBe('ATTACHMENT_SLOT_NOT_FOUND');
    // Another judge, an entrant: not theirs to attach to.
    expect((await upload(J[2], a, 'report', report, 'x.pdf').expect(404)).body.code).toBe(
      'ASSIGNMENT_NOT_FOUND',
    );
    await api.http
      .post(`/judging/assignments/${a}/attachments/report`)
      .set(as(E[0].token))
      .attach('file', report, 'x.pdf')
      .expect(403);

    const view = (await api.http.get(`/judging/assignments/${a}`).set(as(J[0].token)).expect(200)).body;
    expect(view.attachmentSlots).toEqual(SLOTS.slots);
    expect(view.attachments.map((x: { id: string; slot: string }) => [x.slot, x.id])).toEqual([
      ['photos', ids.photo],
      ['report', ids.report],
    ]);
    const audit: { actor_id: string; after: { subjectType: string; subjectId: string } }[] =
      await api.dataSource.query(
        `SELECT actor_id, after FROM audit_log WHERE action = 'document.uploaded' AND after ->> 'subjectId' = $1`,
        [a],
      );
    expect(audit).toHaveLength(2);
    expect(audit.every((r) => r.actor_id === J[0].id && r.after.subjectType === 'sheet-attachment')).toBe(
      true,
    );
  });

  it('removes a judge’s own attachment only, audited', async () => {
    const a = site.assignments[0][0];
    const extra = (await upload(J[0], a, 'photos', photo, 'spare.png').expect(201)).body.id as string;
    expect((await remove(J[2], a, extra).expect(404)).body.code).toBe('ASSIGNMENT_NOT_FOUND');
    expect((await remove(J[2], site.assignments[1][2], extra).expect(404)).body.code).toBe(
      'DOCUMENT_NOT_FOUND',
    );
    // An entrant's document is no attachment to remove.
    const evidence: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM documents WHERE subject_id = $1`,
      [E[0].candidacyId],
    );
    await remove(J[0], a, evidence[0].id).expect(404);
    await remove(J[0], a, extra).expect(204);
    const view = (await api.http.get(`/judging/assignments/${a}`).set(as(J[0].token)).expect(200)).body;
    expect(view.attachments.map((x: { id: string }) => x.id).sort()).toEqual([ids.photo, ids.report].sort());
    const audit = await api.dataSource.query(
      `SELECT actor_id FROM audit_log WHERE action = 'document.removed' AND entity_id = $1`,
      [extra],
    );
    expect(audit).toEqual([{ actor_id: J[0].id }]);
  });

  it('links a judge to its own attachments only; a conflict shuts the judge out of its own too', async () => {
    const res = await judgeLink(J[0], site.assignments[0][0], ids.report).expect(200);
    expect(sha256((await download(res.body.url).expect(200)).body as Buffer)).toBe(sha256(report));
    const b = site.assignments[1][2];
    await judgeLink(J[2], b, ids.report).expect(404);
    ids.conflicted = (await upload(J[2], b, 'report', report, 'E2 visit.pdf').expect(201)).body.id;
    await judgeLink(J[2], b, ids.conflicted).expect(200);
    await api.http
      .post('/judging/conflicts')
      .set(as(J[2].token))
      .send({ enterpriseId: E[1].enterpriseId, reason: 'Consulted for them last year' })
      .expect(201);
    await judgeLink(J[2], b, ids.conflicted).expect(404);
    await upload(J[2], b, 'photos', photo, 'p.png').expect(404);
    await remove(J[2], b, ids.conflicted).expect(404);
  });

  it('shows organizers every attachment of the round, with whose sheet it is, and links to them', async () => {
    const list = (await api.http.get(`/rounds/${site.round.id}/attachments`).set(as(organizer)).expect(200))
      .body;
    expect(
      list.map((x: { id: string; judgeId: string; assignmentState: string; entrantId: string }) => [
        x.id,
        x.judgeId,
        x.entrantId,
        x.assignmentState,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [ids.report, J[0].id, site.entrants[0].id, 'active'],
        [ids.photo, J[0].id, site.entrants[0].id, 'active'],
        [ids.conflicted, J[2].id, site.entrants[1].id, 'withdrawn'],
      ]),
    );
    expect(list).toHaveLength(3);
    const link = await api.http
      .get(`/rounds/${site.round.id}/documents/${ids.conflicted}/link`)
      .set(as(organizer))
      .expect(200);
    await download(link.body.url).expect(200);
    // Another round's attachment is not this round's to link.
    await api.http
      .get(`/rounds/${team.round.id}/documents/${ids.report}/link`)
      .set(as(organizer))
      .expect(404);
  });

  it('locks attachments with the submitted sheet, and all of them once the round closes', async () => {
    const a = site.assignments[0][0];
    const sheetId = await submit(J[0], a);
    expect((await upload(J[0], a, 'photos', photo, 'late.png').expect(409)).body.code).toBe('SHEET_LOCKED');
    expect((await remove(J[0], a, ids.photo).expect(409)).body.code).toBe('SHEET_LOCKED');
    const history = (
      await api.http.get(`/rounds/${site.round.id}/sheets/${sheetId}`).set(as(organizer)).expect(200)
    ).body;
    expect(history.attachments.map((x: { id: string }) => x.id).sort()).toEqual(
      [ids.photo, ids.report].sort(),
    );

    ids.team = (
      await upload(J[1], team.assignments[0][1], 'report', report, 'Team visit.pdf').expect(201)
    ).body.id;
    await submit(J[1], team.assignments[0][1]);
    await transition(team.round.id, {
      to: 'closed',
      force: true,
      reason: 'One team visit is enough this year',
    });
    const closed = await upload(J[1], team.assignments[1][1], 'report', report, 'late.pdf').expect(409);
    expect(closed.body.code).toBe('ROUND_NOT_OPEN');
    await remove(J[1], team.assignments[0][1], ids.team).expect(409);
    // A closed round's judges still read their material (the chair may need it); new links keep coming.
    await judgeLink(J[1], team.assignments[0][1], ids.team).expect(200);
    await transition(site.round.id, { to: 'closed', force: true, reason: 'The second visit was cancelled' });
  });

  it('puts the judges’ attachments in the round’s ZIP, under their entrant, without judges’ names', async () => {
    const res = await api.http
      .get(`/rounds/${site.round.id}/materials.zip`)
      .set(as(organizer))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const entries = zipEntries(res.body as Buffer);
    const names = entries.map((e) => e.name);
    const folder = (i: number) =>
      `${site.entrants[i].enterpriseName.replace(/[.\s]+$/, '')}-${site.entrants[i].id.slice(0, 8)}`;
    expect(names).toEqual(
      expect.arrayContaining([
        `${folder(0)}/attachments/report/Site visit report.pdf`,
        `${folder(0)}/attachments/photos/queue board.png`,
        `${folder(1)}/attachments/report/E2 visit.pdf`,
        `${folder(0)}/documents/evidence/evidence 1.pdf`,
      ]),
    );
    const report0 = entries.find((e) => e.name === `${folder(0)}/attachments/report/Site visit report.pdf`);
    expect(report0?.bytes.equals(report)).toBe(true);
    const page = entries.find((e) => e.name === `${folder(0)}/entry.html`)?.bytes.toString('utf8') as string;
    expect(page).toContain('<span lang="en">Site-visit report</span> / <span lang="zh">现场评审报告</span>');
    const manifest = entries.find((e) => e.name === 'manifest.csv')?.bytes.toString('utf8') as string;
    expect(manifest).toContain(`,${sha256(report)},${report.length},attachment:report,${ids.report}`);
    const everything = entries.map((e) => `${e.name}\n${e.bytes.toString('latin1')}`).join('\n');
    for (const judge of J) {
      expect(everything).not.toContain(judge.id);
      expect(everything).not.toContain(judge.name);
    }
  });

  it('shares attachments with the entrant only after the announcement, and only where the round says so', async () => {
    await transition(site.round.id, { to: 'finalised' });
    await transition(team.round.id, { to: 'finalised' });
    await moveCampaign(api, organizer, setup.campaignId, 'deciding');
    const feedbackPath = (i: number) =>
      `/campaigns/${setup.campaignId}/enterprises/${E[i].enterpriseId}/feedback`;
    const memberLink = (i: number, documentId: string, token = E[i].token) =>
      api.http.get(`${feedbackPath(i)}/documents/${documentId}/link`).set(as(token));
    await api.http.get(feedbackPath(0)).set(as(E[0].token)).expect(404);
    await memberLink(0, ids.report).expect(404);
    // Organizers read the feedback as entrants will, before the announcement too.
    const preview = (await api.http.get(feedbackPath(0)).set(as(organizer)).expect(200)).body;
    expect(
      preview.rounds.find((r: { roundId: string }) => r.roundId === site.round.id).attachments,
    ).toHaveLength(2);

    await announceNow(api, organizer, setup.campaignId);
    const feedback = (await api.http.get(feedbackPath(0)).set(as(E[0].token)).expect(200)).body;
    const siteRound = feedback.rounds.find((r: { roundId: string }) => r.roundId === site.round.id);
    expect(siteRound.attachments).toEqual([
      {
        id: ids.report,
        slot: 'report',
        slotLabel: { en: 'Site-visit report', zh: '现场评审报告' },
        fileName: 'Site visit report.pdf',
        mediaType: 'application/pdf',
        sizeBytes: report.length,
        sha256: sha256(report),
      },
      expect.objectContaining({ id: ids.photo, slot: 'photos', fileName: 'queue board.png' }),
    ]);
    // The team visit keeps its attachments from entrants (its default).
    expect(feedback.rounds.find((r: { roundId: string }) => r.roundId === team.round.id).attachments).toEqual(
      [],
    );
    const text = JSON.stringify(feedback);
    for (const judge of J) {
      expect(text).not.toContain(judge.id);
      expect(text).not.toContain(judge.name);
    }

    const link = await memberLink(0, ids.report).expect(200);
    expect(sha256((await download(link.body.url).expect(200)).body as Buffer)).toBe(sha256(report));
    const audit = await api.dataSource.query(
      `SELECT actor_id FROM audit_log WHERE action = 'document.downloaded' AND entity_id = $1 ORDER BY occurred_at`,
      [ids.report],
    );
    expect(audit.map((r: { actor_id: string }) => r.actor_id)).toContain(E[0].userId);
    // Not listed: the team visit's, a withdrawn judge's; and another enterprise's member gets nothing.
    expect((await memberLink(0, ids.team).expect(404)).body.code).toBe('DOCUMENT_NOT_FOUND');
    await memberLink(1, ids.conflicted).expect(404);
    expect(
      (await api.http.get(feedbackPath(1)).set(as(E[1].token)).expect(200)).body.rounds.flatMap(
        (r: { attachments: object[] }) => r.attachments,
      ),
    ).toEqual([]);
    await memberLink(0, ids.report, E[1].token).expect(404);
  });
});
