import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AwardsService } from '@app/awards';
import { SYSTEM_ACTOR } from '@app/common';
import { JOBS, QUEUES } from '@app/queue';
import {
  as,
  awardsCampaign,
  AwardsSetup,
  confirmAll,
  eventually,
  organizerToken,
  scheduleAnnouncement,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { binary, csvRows, firstSheet, XLSX_TYPE } from './spreadsheets';
import { startFreshApiAndWorker } from './test-apps';

interface Proposal {
  categoryId: string;
  name: string;
  evidenceHash: string;
  proposal: {
    ruleZh: string;
    problems: string[];
    problemsZh: string[];
    evidence: { snapshots: { snapshotId: string }[]; round: { roundId: string; checksum: string } | null };
    industries: {
      industryCode: string | null;
      winners: { enterpriseId: string; decidedBy: string | null; figures: Record<string, unknown> }[];
      noWinnerReason: string | null;
      noWinnerReasonZh: string | null;
      notes: string[];
      candidates: { enterpriseId: string; excluded: string | null }[];
    }[];
  };
  decision: { version: number; stale: boolean; overridden: boolean } | null;
}

const REQUEST_ID = 'embargo-check-0000';

describe('Winner selection, the embargoed announcement and public results', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let s: AwardsSetup;
  let proposals: Proposal[];
  const L = (letter: string) => s.ids[letter];

  /** Every public address, as an anonymous caller sees it: status, the headers that matter, and the bytes. */
  const publicView = async (slug: string, code = 'K7Q2-9XMB-4T1D-H8VR') => {
    const paths = [
      '/',
      '/?lang=zh',
      '/public/campaigns',
      `/public/campaigns/${slug}`,
      `/results/${slug}`,
      `/results/${slug}?lang=zh`,
      `/public/certificates/${code}`,
      `/certificates/${code}`,
    ];
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      const res = await api.http.get(path).set('x-request-id', REQUEST_ID);
      out[path.replace(slug, '{slug}').replace(code, '{code}')] = {
        status: res.status,
        type: res.headers['content-type'],
        cache: res.headers['cache-control'],
        etag: res.headers.etag,
        length: res.headers['content-length'],
        body: res.text,
      };
    }
    return out;
  };

  let emptySite: Record<string, unknown>;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
    emptySite = await publicView('never-announced-campaign');
    s = await awardsCampaign(api, organizer);
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  const readProposals = async () =>
    (await api.http.get(`/campaigns/${s.campaignId}/awards/proposals`).set(as(organizer)).expect(200))
      .body as Proposal[];
  const decide = (categoryId: string, body: object) =>
    api.http
      .post(`/campaigns/${s.campaignId}/awards/categories/${categoryId}/decisions`)
      .set(as(organizer))
      .send(body);
  const winnersOf = (p: Proposal) =>
    p.proposal.industries.map((i) => [i.industryCode, i.winners.map((w) => w.enterpriseId)]);

  it('proposes the survey winner sets per industry: joint winners, and none where nobody is ranked', async () => {
    proposals = await readProposals();
    const [joint] = proposals;
    expect(joint.proposal.problems).toEqual([]);
    expect(winnersOf(joint)).toEqual([
      ['telecom', [L('A'), L('B')]],
      ['finance', [L('F'), L('E')]],
      ['consumer', []],
    ]);
    expect(joint.proposal.industries[2].noWinnerReason).toContain('no eligible enterprise');
    // Said in Chinese too, in the public site's words: the organizer's page shows no English in Chinese
    expect(joint.proposal.industries[2].noWinnerReasonZh).toBe('无合格企业：没有企业的有效样本足以参与排名');
    expect(joint.proposal.industries[0].noWinnerReasonZh).toBeNull();
    expect(joint.proposal.ruleZh).toMatch(/^每个行业中，参与排名企业里 CSI 最高者/);
    expect(joint.proposal.problemsZh).toEqual([]);
    const a = joint.proposal.industries[0].winners[0];
    // CSI of A: 94.4444 -> 94.4; t interval 90.757656-98.131233 -> 90.8-98.1 (hand-computed in the rankings test)
    expect(a.figures).toMatchObject({ n: 12, csi: 94.4, csiLow: 90.8, csiHigh: 98.1 });
    expect(joint.proposal.industries[0].winners[1].figures).toMatchObject({ p: 0.5 });
    expect(
      joint.proposal.industries[0].candidates.find((c) => c.enterpriseId === L('C'))?.excluded,
    ).toContain('significantly below');
    expect(joint.proposal.evidence.snapshots).toHaveLength(3);
    expect(joint.evidenceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(joint.decision).toBeNull();
  });

  it('takes one winner by the recorded tie-break (CLI) when the category allows only one', () => {
    const single = proposals[1];
    expect(winnersOf(single)).toEqual([
      ['telecom', [L('A')]],
      ['finance', [L('F')]],
      ['consumer', []],
    ]);
    expect(single.proposal.industries[0].winners[0].decidedBy).toBe('cli');
    expect(single.proposal.industries[0].notes[0]).toContain('tie-break step "cli"');
  });

  it('proposes the top of the final panel round, and the combined formula behind its band gate', () => {
    const [, , panel, combined] = proposals;
    expect(winnersOf(panel)).toEqual([[null, [L('A')]]]);
    expect(panel.proposal.industries[0].winners[0].figures).toEqual({
      panelScore: 86,
      band: 'certified-five-star',
      roundRank: 1,
    });
    expect(panel.proposal.evidence.round).toMatchObject({
      roundId: s.roundIds.panel,
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    expect(winnersOf(combined)).toEqual([[null, [L('E')]]]);
    const group = combined.proposal.industries[0];
    expect(group.winners[0].figures).toEqual({
      combined: 74.56,
      csi: 72.2,
      panelScore: 80,
      band: 'certified',
    });
    const excluded = Object.fromEntries(group.candidates.map((c) => [c.enterpriseId, c.excluded]));
    expect(excluded[L('A')]).toBe('panel band "conditional" is below "certified"');
    expect(excluded[L('G')]).toBe('not ranked in the survey (too few valid responses)');
    expect(excluded[L('C')]).toBe('rank 2');
  });

  it('refuses to announce before every category is confirmed, and a bare move to announced', async () => {
    const refused = await api.http
      .post(`/campaigns/${s.campaignId}/announcement`)
      .set(as(organizer))
      .expect(409);
    expect(refused.body.message).toContain('"Customer Care Benchmark Enterprise" has no confirmed winners');
    const bare = await api.http
      .post(`/campaigns/${s.campaignId}/transitions`)
      .set(as(organizer))
      .send({ to: 'announced' })
      .expect(409);
    expect(bare.body.message).toContain('/announcement');

    // At the scheduled time, the job refuses too, and says why in the audit log; nothing is published.
    const at = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await api.http
      .patch(`/campaigns/${s.campaignId}`)
      .set(as(organizer))
      .send({
        schedule: { surveyClosesAt: new Date(Date.now() - 3600_000).toISOString(), announcementAt: at },
      })
      .expect(200);
    const awards = worker.get(AwardsService);
    expect(await awards.announceOnSchedule(s.campaignId, at, SYSTEM_ACTOR)).toBe('refused');
    // A job made for a time that is no longer the schedule's does nothing at all.
    expect(await awards.announceOnSchedule(s.campaignId, new Date(0).toISOString(), SYSTEM_ACTOR)).toBe(
      'stale',
    );
    const audit = await api.dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'awards.scheduled-announcement-refused' AND entity_id = $1`,
      [s.campaignId],
    );
    expect(audit).toEqual([
      { after: { scheduledFor: at, reason: expect.stringContaining('has no confirmed winners') } },
    ]);
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM award_publications`))[0].n).toBe(0);
  });

  it('confirms a proposal as it is, and refuses an override without a justification', async () => {
    const [joint, single] = proposals;
    await decide(joint.categoryId, { evidenceHash: 'f'.repeat(64) }).expect(409);
    const bad = await decide(joint.categoryId, { evidenceHash: 'nope' }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'evidenceHash' })]);
    const confirmed = await decide(joint.categoryId, { evidenceHash: joint.evidenceHash }).expect(201);
    expect(confirmed.body).toMatchObject({
      version: 1,
      overridden: false,
      justification: null,
      stale: false,
    });

    const override = [
      { industryCode: 'telecom', enterpriseIds: [L('B')] },
      { industryCode: 'finance', enterpriseIds: [L('F')] },
      { industryCode: 'consumer', enterpriseIds: [] },
    ];
    const unjustified = await decide(single.categoryId, {
      evidenceHash: single.evidenceHash,
      winners: override,
    }).expect(400);
    expect(unjustified.body.details).toEqual([expect.objectContaining({ field: 'justification' })]);
    const wrong = await decide(single.categoryId, {
      evidenceHash: single.evidenceHash,
      winners: [{ industryCode: 'telecom', enterpriseIds: [L('E')] }],
      justification: 'E is the better choice by the board’s reading.',
    }).expect(400);
    expect(wrong.body.details.map((d: { field: string }) => d.field)).toEqual([
      'winners[0].enterpriseIds[0]',
      'winners',
      'winners',
    ]);
    expect(
      (
        await api.dataSource.query(`SELECT count(*)::int AS n FROM award_decisions WHERE category_id = $1`, [
          single.categoryId,
        ])
      )[0].n,
    ).toBe(0);
  });

  it('records a justified override in the audit log', async () => {
    const single = proposals[1];
    const justification = 'A withdrew from the single-winner category after the survey closed.';
    const res = await decide(single.categoryId, {
      evidenceHash: single.evidenceHash,
      winners: [
        { industryCode: 'telecom', enterpriseIds: [L('B')] },
        { industryCode: 'finance', enterpriseIds: [L('F')] },
        { industryCode: 'consumer', enterpriseIds: [] },
      ],
      justification,
    }).expect(201);
    expect(res.body).toMatchObject({ version: 1, overridden: true, justification });
    const audit = await api.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'awards.winners-overridden' AND entity_id = $1`,
      [single.categoryId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after.justification).toBe(justification);
    expect(audit[0].before.proposed[0].enterpriseIds).toEqual([L('A')]);
  });

  it('freezes a confirmation: new evidence makes it stale and blocks the announcement until confirmed again', async () => {
    await confirmAll(api, organizer, s.campaignId, [proposals[0].categoryId, proposals[1].categoryId]);
    // A full recompute writes new snapshots (same figures, new versions): the evidence has changed.
    await api.http.post(`/campaigns/${s.campaignId}/rankings/recompute`).set(as(organizer)).expect(202);
    const stale = await eventually(
      async () => {
        const p = await readProposals();
        return p[0].decision?.stale ? p : undefined;
      },
      30_000,
      'a stale confirmation',
    );
    expect(stale[0].evidenceHash).not.toBe(proposals[0].evidenceHash);
    expect(winnersOf(stale[0])).toEqual(winnersOf(proposals[0]));
    const refused = await api.http
      .post(`/campaigns/${s.campaignId}/announcement`)
      .set(as(organizer))
      .expect(409);
    expect(refused.body.message).toContain('changed since its confirmation (version 1); confirm it again');
    for (const p of stale.filter((x) => x.decision?.stale)) {
      const body = p.decision?.overridden
        ? {
            evidenceHash: p.evidenceHash,
            winners: [
              { industryCode: 'telecom', enterpriseIds: [L('B')] },
              { industryCode: 'finance', enterpriseIds: [L('F')] },
              { industryCode: 'consumer', enterpriseIds: [] },
            ],
            justification: 'A withdrew from the single-winner category after the survey closed.',
          }
        : { evidenceHash: p.evidenceHash };
      expect((await decide(p.categoryId, body).expect(201)).body).toMatchObject({ version: 2, stale: false });
    }
    const history = await api.http
      .get(`/campaigns/${s.campaignId}/awards/categories/${proposals[0].categoryId}/decisions`)
      .set(as(organizer))
      .expect(200);
    expect(history.body.map((d: { version: number; stale: boolean }) => [d.version, d.stale])).toEqual([
      [1, true],
      [2, false],
    ]);
    await expect(api.dataSource.query(`UPDATE award_decisions SET overridden = false`)).rejects.toThrow();
  });

  it('exports winners, rankings and round results as JSON and CSV', async () => {
    const json = (
      await api.http.get(`/campaigns/${s.campaignId}/awards/export`).set(as(organizer)).expect(200)
    ).body;
    expect(json.categories).toHaveLength(4);
    expect(json.rankings.map((r: { industryCode: string }) => r.industryCode).sort()).toEqual([
      'consumer',
      'finance',
      'telecom',
    ]);
    expect(json.rounds.map((r: { roundId: string }) => r.roundId).sort()).toEqual(
      [s.roundIds.panel, s.roundIds.combined].sort(),
    );
    const csv = await api.http
      .get(`/campaigns/${s.campaignId}/awards/export?format=csv`)
      .set(as(organizer))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="${s.slug}-results.csv"`);
    // a byte-order mark, so spreadsheet programs read the Chinese names as UTF-8
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).trim().split('\r\n');
    const header =
      'record,category,categoryZh,round,industryCode,rank,enterpriseId,enterpriseName,n,csi,csiLow,csiHigh,score,combined,band,winner,overridden,evidenceHash';
    expect(lines[0]).toBe(header);
    const table = csvRows(csv.text);
    const named = (row: string[]) => Object.fromEntries(header.split(',').map((h, i) => [h, row[i]]));
    const winners = table.filter((r) => r[0] === 'winner').map(named);
    // Winners: 4 (joint, two industries) + 2 (single, overridden) + 1 (panel) + 1 (combined)
    expect(winners).toHaveLength(8);
    expect(winners.map((w) => w.categoryZh)).toContain('客户关怀标杆企业');
    for (const w of winners.filter((x) => x.categoryZh === '客户关怀标杆企业')) {
      expect(Number(w.n)).toBeGreaterThan(0);
      expect(w.csi).toMatch(/^\d+(\.\d)?$/);
      expect(w.csiLow).toMatch(/^\d+(\.\d)?$/);
      expect(w.csiHigh).toMatch(/^\d+(\.\d)?$/);
    }
    const panelWinner = winners.find((w) => w.categoryZh === '中国最佳呼叫中心');
    expect(panelWinner).toMatchObject({ band: expect.stringMatching(/certified/) });
    expect(Number(panelWinner?.score)).toBeGreaterThan(0);
    expect(Number(winners.find((w) => w.categoryZh === '客户关怀卓越奖')?.combined)).toBeGreaterThan(0);
    // every interval is rounded as the public page rounds it: one decimal
    for (const r of table.filter((row) => row[0] === 'ranking').map(named)) {
      expect(r.csiLow).toMatch(/^(\d+(\.\d)?)?$/);
      expect(r.csiHigh).toMatch(/^(\d+(\.\d)?)?$/);
    }
    expect(
      lines.some(
        (l) => l.startsWith('round,') && l.includes(s.names.A) && l.includes(',86,,certified-five-star,'),
      ),
    ).toBe(true);

    // the same table as XLSX, by query or by Accept header, numbers as numbers
    for (const ask of [
      api.http.get(`/campaigns/${s.campaignId}/awards/export?format=xlsx`),
      api.http.get(`/campaigns/${s.campaignId}/awards/export`).set('accept', XLSX_TYPE),
    ]) {
      const xlsx = await ask.set(as(organizer)).buffer(true).parse(binary).expect(200);
      expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
      const sheet = await firstSheet(xlsx.body as Buffer);
      expect(sheet[0]).toEqual(header.split(','));
      expect(sheet).toHaveLength(lines.length);
      const firstWinner = sheet.find((r) => r[0] === 'winner' && r[2] === '客户关怀标杆企业') ?? [];
      expect(typeof firstWinner[8]).toBe('number');
      expect(typeof firstWinner[9]).toBe('number');
      expect(typeof firstWinner[10]).toBe('number');
      expect(firstWinner[15]).toBe(true);
    }
    await api.http.get(`/campaigns/${s.campaignId}/awards/export?format=xml`).set(as(organizer)).expect(400);
    await api.http.get(`/campaigns/${s.campaignId}/awards/export`).set(as(s.ownerTokens.A)).expect(403);
  });

  it('shows the public nothing before the announcement: every address answers as for a campaign that never existed', async () => {
    const before = await publicView(s.slug);
    expect(before).toEqual(emptySite);
    expect((before['/public/campaigns/{slug}'] as { status: number }).status).toBe(404);
    expect((before['/results/{slug}'] as { cache: string }).cache).toBe('no-store');
    expect((before['/public/campaigns'] as { body: string }).body).toBe('{"items":[]}');
    // Nor does a winner-to-be learn anything: its certificates are issued by the announcement.
    const mine = await api.http
      .get(`/campaigns/${s.campaignId}/enterprises/${L('A')}/certificates`)
      .set(as(s.ownerTokens.A))
      .expect(200);
    expect(mine.body).toEqual([]);
  });

  it('announces at the scheduled time through the worker, once, however often the job runs', async () => {
    const at = new Date(Date.now() + 2500);
    await scheduleAnnouncement(api, organizer, s.campaignId, at);
    // Until that moment the embargo holds.
    expect(await publicView(s.slug)).toEqual(emptySite);
    await eventually(
      async () => {
        const c = await api.http.get(`/campaigns/${s.campaignId}`).set(as(organizer));
        return c.body.state === 'announced' ? true : undefined;
      },
      20_000,
      'the scheduled announcement',
    );
    const audit = await api.dataSource.query(
      `SELECT request_id FROM audit_log WHERE action = 'awards.announced' AND entity_id = $1`,
      [s.campaignId],
    );
    expect(audit).toEqual([{ request_id: expect.stringMatching(/^job:/) }]);

    const counts = async () =>
      (
        await api.dataSource.query(
          `SELECT (SELECT count(*) FROM award_publications)::int AS publications,
                  (SELECT count(*) FROM certificates)::int AS certificates,
                  (SELECT count(*) FROM notifications WHERE kind IN ('award-won', 'results-announced'))::int AS notifications,
                  (SELECT count(*) FROM mail_deliveries
                    WHERE template IN ('award-won', 'results-announced'))::int AS emails`,
        )
      )[0];
    const once = await counts();
    // 4 + 2 + 1 + 1 winners; every member of the 6 entered enterprises told once.
    expect(once).toEqual({ publications: 1, certificates: 8, notifications: 6, emails: 6 });

    // The job again (a retry, or a second worker), the service again, and an organizer's announce: no change.
    const queue = worker.get<Queue>(getQueueToken(QUEUES.campaignSchedule));
    const rerun = await queue.add(JOBS.campaignTransition, {
      campaignId: s.campaignId,
      to: 'announced',
      scheduledFor: at.toISOString(),
    });
    await eventually(async () => ((await rerun.isCompleted()) ? true : undefined), 10_000, 'the rerun job');
    expect(await rerun.getState()).toBe('completed');
    expect((await queue.getJob(rerun.id as string))?.returnvalue).toBe('already-announced');
    expect(
      await worker.get(AwardsService).announceOnSchedule(s.campaignId, at.toISOString(), SYSTEM_ACTOR),
    ).toBe('already-announced');
    const manual = await api.http
      .post(`/campaigns/${s.campaignId}/announcement`)
      .set(as(organizer))
      .expect(200);
    expect(manual.body).toEqual({ outcome: 'already-announced' });
    expect(await counts()).toEqual(once);
    const won = await api.dataSource.query(
      `SELECT subject, body FROM notifications WHERE kind = 'award-won' ORDER BY subject`,
    );
    expect(won.length).toBeGreaterThan(0);
  });

  it('publishes the confirmed winners, the rankings with intervals, the methodology and the override’s justification', async () => {
    const res = await api.http.get(`/public/campaigns/${s.slug}`).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const etag = res.headers.etag;
    await api.http.get(`/public/campaigns/${s.slug}`).set('if-none-match', etag).expect(304);
    const p = res.body;
    const groups = (i: number) =>
      p.categories[i].groups.map((g: { industryCode: string; winners: { name: string }[] }) => [
        g.industryCode,
        g.winners.map((w) => w.name),
      ]);
    expect(groups(0)).toEqual([
      ['telecom', [s.names.A, s.names.B]],
      ['finance', [s.names.F, s.names.E]],
      ['consumer', []],
    ]);
    expect(groups(1)).toEqual([
      ['telecom', [s.names.B]],
      ['finance', [s.names.F]],
      ['consumer', []],
    ]);
    expect(groups(2)).toEqual([[null, [s.names.A]]]);
    expect(groups(3)).toEqual([[null, [s.names.E]]]);
    expect(p.categories[0].groups[2].noWinnerReason).toContain('no eligible enterprise');
    expect(p.methodology.overrides).toEqual([
      {
        category: 'Benchmark Leader',
        justification: 'A withdrew from the single-winner category after the survey closed.',
      },
    ]);
    expect(p.methodology.rules).toEqual({
      minResponsesRanked: 10,
      minResponsesListed: 5,
      jointWinnersOnTie: true,
    });
    const telecom = p.rankings.find((r: { industryCode: string }) => r.industryCode === 'telecom');
    expect(
      telecom.entries.map((e: { name: string; rank: number; csi: number }) => [e.name, e.rank, e.csi]),
    ).toEqual([
      [s.names.A, 1, 94.4],
      [s.names.B, 1, 94.4],
      [s.names.C, 3, 33.3],
    ]);
    expect(telecom.entries[0]).toMatchObject({ csiLow: 90.8, csiHigh: 98.1, n: 12 });
    // The indicative enterprise is listed, unranked; nothing but names and figures (no ids, no contacts).
    const consumer = p.rankings.find((r: { industryCode: string }) => r.industryCode === 'consumer');
    expect(consumer.entries).toEqual([
      expect.objectContaining({ name: s.names.G, rank: null, eligibility: 'indicative', n: 7 }),
    ]);
    expect(res.text).not.toContain(s.ids.A);
    expect(res.text).not.toContain('@example.test');

    // Every public address now answers, the certificate ones for a real code.
    const code: string = p.categories[2].groups[0].winners[0].certificateCode;
    const after = await publicView(s.slug, code);
    expect(Object.entries(after).map(([path, v]) => [path, (v as { status: number }).status])).toEqual(
      Object.keys(after).map((path) => [path, 200]),
    );
    expect((after['/results/{slug}?lang=zh'] as { body: string }).body).toContain('中国最佳呼叫中心');

    const list = (await api.http.get('/public/campaigns').expect(200)).body;
    expect(list.items).toEqual([expect.objectContaining({ slug: s.slug, year: 2027, categories: 4 })]);
    await expect(api.dataSource.query(`DELETE FROM award_publications`)).rejects.toThrow();
  });

  it('verifies a real certificate, in any case and spacing, and rejects a forged code', async () => {
    const p = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200)).body;
    const code: string = p.categories[3].groups[0].winners[0].certificateCode;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const cert = (
      await api.http.get(`/public/certificates/${code.toLowerCase().replace(/-/g, '')}`).expect(200)
    ).body;
    expect(cert).toMatchObject({
      valid: true,
      code,
      enterprise: s.names.E,
      category: { name: 'Customer Care Excellence' },
      campaign: { slug: s.slug, year: 2027 },
      industry: null,
      figures: { combined: 74.56, panelScore: 80 },
    });
    const forged = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const rejected = await api.http.get(`/public/certificates/${forged}`).expect(404);
    expect(rejected.body.message).toContain('not issued by Care Awards');
    await api.http.get('/public/certificates/not-a-code').expect(404);
    const page = await api.http.get(`/certificates/${code}`).expect(200);
    expect(page.text).toContain(s.names.E);
    expect(page.text).toContain('Verified: this certificate was issued by Care Awards.');
    const forgedPage = await api.http.get(`/certificates/${forged}`).expect(404);
    expect(forgedPage.text).toContain('No certificate has this code');
  });

  it('lists an enterprise’s own certificates to its members and organizers, and to nobody else', async () => {
    const p = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200)).body;
    const codeOf = (category: number, group: number, name: string): string =>
      p.categories[category].groups[group].winners.find((w: { name: string }) => w.name === name)
        .certificateCode;
    const path = `/campaigns/${s.campaignId}/enterprises/${L('A')}/certificates`;
    const mine = (await api.http.get(path).set(as(s.ownerTokens.A)).expect(200)).body;
    expect(mine).toHaveLength(2);
    expect(mine).toEqual(
      expect.arrayContaining([
        {
          code: codeOf(0, 0, s.names.A),
          categoryId: s.categoryIds[0],
          category: { name: 'Customer Care Benchmark Enterprise', nameZh: '客户关怀标杆企业' },
          industry: expect.objectContaining({ code: 'telecom' }),
          enterpriseName: s.names.A,
          jointWinners: true,
          issuedAt: expect.any(String),
          pageUrl: `/certificates/${codeOf(0, 0, s.names.A)}`,
          verifyUrl: `/public/certificates/${codeOf(0, 0, s.names.A)}`,
        },
        expect.objectContaining({
          code: codeOf(2, 0, s.names.A),
          category: { name: 'Best Call Center of the Year', nameZh: '中国最佳呼叫中心' },
          industry: null,
          jointWinners: false,
        }),
      ]),
    );
    // Each address opens: the page a person reads, and its verification.
    for (const c of mine) {
      await api.http.get(c.pageUrl).expect(200);
      await api.http.get(c.verifyUrl).expect(200);
    }
    expect((await api.http.get(path).set(as(organizer)).expect(200)).body).toEqual(mine);
    // Another enterprise learns nothing, not even that A exists; an entrant without an award gets none.
    const other = await api.http.get(path).set(as(s.ownerTokens.B)).expect(404);
    expect(other.body.code).toBe('ENTERPRISE_NOT_FOUND');
    const none = await api.http
      .get(`/campaigns/${s.campaignId}/enterprises/${L('C')}/certificates`)
      .set(as(s.ownerTokens.C))
      .expect(200);
    expect(none.body).toEqual([]);
  });
});
