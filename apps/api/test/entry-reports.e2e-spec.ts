import { EntriesService } from '@app/entries';
import { as, COMPLETE_ANSWERS, entryCampaign, organizerToken, TestApi } from '@app/testing';
import { binary, csvRows, firstSheet, XLSX_TYPE } from './spreadsheets';
import { startFreshTestApi } from './test-apps';

const DOC = '3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c';

/**
 * One campaign, four candidacies in the category with the form (telecom T1, T2, T3; finance F1):
 *  - T1 submitted: outsourced all the way (share 100, partner shown), phone and chat, two sites, one document;
 *  - T2 a draft: a name, and "no" after a share of 50 (the share is kept, hidden);
 *  - F1 not started;
 *  - T3 withdrawn after a draft (out of the running: not counted, still exported).
 */
describe('Entries: approval, completeness and export', () => {
  let api: TestApi;
  let organizer: string;
  let fixture: Awaited<ReturnType<typeof entryCampaign>>;
  let t1: (typeof fixture.entrants)[number];

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    fixture = await entryCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'finance', 'telecom'],
    });
    const [first, t2, , t3] = fixture.entrants;
    t1 = first;
    const save = (token: string, id: string, answers: object) =>
      api.http.patch(`/candidacies/${id}/entry/answers`).set(as(token)).send({ answers }).expect(200);
    await save(t1.token, t1.candidacyId, {
      ...COMPLETE_ANSWERS,
      outsourced: 'yes',
      outsourcing_share: 100,
      partner: 'Partner Co',
      channels: ['phone', 'chat'],
      chat_platform: 'LiveChat',
      launched_on: '2026-05-01',
      sites: [{ city: 'Shenzhen', seats: 240 }, { city: 'Wuhan' }],
    });
    await api.app.get(EntriesService).attachDocument(t1.candidacyId, 'evidence', DOC, {
      userId: t1.userId,
      role: 'enterprise',
      requestId: null,
      ip: null,
    });
    await api.http.post(`/candidacies/${t1.candidacyId}/entry/submit`).set(as(t1.token)).expect(200);
    await save(t2.token, t2.candidacyId, {
      centre_name: 'Wuhan Care',
      outsourced: 'yes',
      outsourcing_share: 50,
    });
    await save(t2.token, t2.candidacyId, { outsourced: 'no' });
    await save(t3.token, t3.candidacyId, { centre_name: 'Leaving' });
    await api.http.post(`/candidacies/${t3.candidacyId}/withdraw`).set(as(t3.token)).expect(200);
  });
  afterAll(() => api.close());

  const decide = (candidacyId: string) =>
    api.http.post(`/candidacies/${candidacyId}/decision`).set(as(organizer)).send({ decision: 'approved' });

  it('approves a candidacy only once its entry is submitted, when its category asks for a form', async () => {
    const [, t2] = fixture.entrants;
    const refused = await decide(t2.candidacyId).expect(409);
    expect(refused.body).toMatchObject({ code: 'ENTRY_NOT_SUBMITTED' });
    expect(refused.body.message).toMatch(/before its entry form is submitted/);
    const state = await api.dataSource.query(`SELECT state FROM candidacies WHERE id = $1`, [t2.candidacyId]);
    expect(state).toEqual([{ state: 'submitted' }]);
    // A rejection needs no entry.
    await api.http
      .post(`/candidacies/${t2.candidacyId}/decision`)
      .set(as(organizer))
      .send({ decision: 'rejected', reason: 'not yet' })
      .expect(200);

    // A category without a form approves as before.
    const other = (
      await api.http
        .post(`/campaigns/${fixture.campaign.id}/candidacies`)
        .set(as(t1.token))
        .send({ categoryId: fixture.otherCategoryId, enterpriseId: t1.enterpriseId })
        .expect(201)
    ).body;
    await decide(other.id).expect(200);
    expect((await decide(t1.candidacyId).expect(200)).body.state).toBe('approved');
    // Approved and still open: the entry stays editable, and complete.
    await api.http
      .put(`/candidacies/${t1.candidacyId}/entry/answers/seats`)
      .set(as(t1.token))
      .send({ value: 330 })
      .expect(200);
    await api.http
      .put(`/candidacies/${t1.candidacyId}/entry/answers/seats`)
      .set(as(t1.token))
      .send({ value: 320 })
      .expect(200);
    // ... and a rejected one is locked.
    expect(
      (
        await api.http
          .put(`/candidacies/${t2.candidacyId}/entry/answers/seats`)
          .set(as(t2.token))
          .send({ value: 1 })
          .expect(409)
      ).body.message,
    ).toMatch(/rejected/);
  });

  it('counts completeness per category and industry (hand-counted), organizers only', async () => {
    // After the test above: T1 approved + submitted; T2 rejected (out); F1 not started; T3 withdrawn (out).
    const res = await api.http
      .get(`/campaigns/${fixture.campaign.id}/entries/completeness`)
      .set(as(organizer))
      .expect(200);
    expect(res.body).toHaveLength(1);
    const [report] = res.body;
    expect(report).toMatchObject({
      categoryId: fixture.categoryId,
      name: 'Best Contact Centre',
      nameZh: '最佳客服中心',
      formVersion: 1,
      total: { candidacies: 2, started: 1, submitted: 1 },
    });
    const counts = (c: { missing: { key: string; count: number }[] }) =>
      Object.fromEntries(c.missing.map((m) => [m.key, m.count]));
    expect(counts(report.total)).toEqual({
      centre_name: 1,
      seats: 1,
      outsourced: 1,
      outsourcing_share: 0,
      partner: 0,
      channels: 1,
      chat_platform: 0,
      summary: 1,
    });
    expect(report.industries.map((i: { industryCode: string }) => i.industryCode)).toEqual([
      'telecom',
      'finance',
    ]);
    expect(report.industries[0]).toMatchObject({ candidacies: 1, started: 1, submitted: 1 });
    expect(Object.values(counts(report.industries[0]))).toEqual(Array(8).fill(0));
    expect(report.industries[1]).toMatchObject({ candidacies: 1, started: 0, submitted: 0 });
    expect(counts(report.industries[1])).toMatchObject({ centre_name: 1, seats: 1, summary: 1, partner: 0 });
    await api.http
      .get(`/campaigns/${fixture.campaign.id}/entries/completeness`)
      .set(as(t1.token))
      .expect(403);
  });

  it('answers the dashboard in one read: counts per industry (hand-counted), completeness, next move', async () => {
    // Telecom: T1 approved twice (the form's category and the other one), T2 rejected, T3 withdrawn; finance: F1
    // submitted. Entries count the form's category only, candidacies still in the running: T1 (submitted), F1.
    const res = await api.http
      .get(`/campaigns/${fixture.campaign.id}/dashboard`)
      .set(as(organizer))
      .expect(200);
    const campaign = (await api.http.get(`/campaigns/${fixture.campaign.id}`).set(as(organizer)).expect(200))
      .body;
    expect(res.body).toMatchObject({
      campaignId: fixture.campaign.id,
      state: 'registration',
      nextTransition: campaign.schedule.surveyOpensAt
        ? { state: 'survey', at: campaign.schedule.surveyOpensAt }
        : null,
    });
    expect(res.body.industries).toEqual([
      {
        industryCode: 'telecom',
        registrations: { total: 4, submitted: 0, approved: 2, refused: 2 },
        entries: { expected: 1, started: 1, submitted: 1 },
        responses: null,
      },
      {
        industryCode: 'finance',
        registrations: { total: 1, submitted: 1, approved: 0, refused: 0 },
        entries: { expected: 1, started: 0, submitted: 0 },
        responses: null,
      },
    ]);
    // The same completeness as its own route gives
    const completeness = await api.http
      .get(`/campaigns/${fixture.campaign.id}/entries/completeness`)
      .set(as(organizer))
      .expect(200);
    expect(res.body.completeness).toEqual(completeness.body);
    await api.http.get(`/campaigns/${fixture.campaign.id}/dashboard`).set(as(t1.token)).expect(403);
  });

  it('exports every candidacy of the category as CSV: visible answers as people read them', async () => {
    const res = await api.http
      .get(`/campaigns/${fixture.campaign.id}/entries/export?categoryId=${fixture.categoryId}`)
      .set(as(organizer))
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/entries-form-[0-9a-f]{8}\.csv"$/);
    const [header, ...rows] = csvRows(res.text);
    expect(header).toEqual([
      'Candidacy',
      'Enterprise',
      'Industry',
      'Candidacy state',
      'Entry state',
      'Submitted at',
      'Centre name',
      'Seats',
      'Outsourced?',
      'Share outsourced (%)',
      'Partner',
      'Channels',
      'Chat platform',
      'Summary',
      'Launched on',
      'Website',
      'Contact email',
      'Evidence',
      'Sites',
    ]);
    const [, t2, f1, t3] = fixture.entrants;
    expect(rows.map((r) => r[0])).toEqual([t1.candidacyId, t2.candidacyId, f1.candidacyId, t3.candidacyId]);
    const byId = new Map(rows.map((r) => [r[0], r]));
    const first = byId.get(t1.candidacyId) as string[];
    expect(first.slice(2, 5)).toEqual(['Telecommunications', 'approved', 'submitted']);
    expect(Date.parse(first[5])).toBeGreaterThan(Date.now() - 600_000);
    expect(first.slice(6)).toEqual([
      'Shenzhen Care Centre',
      '320',
      'Yes',
      '100',
      'Partner Co',
      'Phone; Chat',
      'LiveChat',
      COMPLETE_ANSWERS.summary,
      '2026-05-01',
      '',
      '',
      DOC,
      '1. City: Shenzhen; Seats: 240\n2. City: Wuhan',
    ]);
    // T2's hidden share (50) is not part of its entry.
    expect((byId.get(t2.candidacyId) as string[]).slice(3, 11)).toEqual([
      'rejected',
      'draft',
      '',
      'Wuhan Care',
      '',
      'No',
      '',
      '',
    ]);
    expect((byId.get(f1.candidacyId) as string[]).slice(2, 6)).toEqual([
      'Finance',
      'submitted',
      'not-started',
      '',
    ]);
    expect((byId.get(t3.candidacyId) as string[]).slice(3, 7)).toEqual(['withdrawn', 'draft', '', 'Leaving']);
  });

  it('exports XLSX with headers and choices in Chinese, numbers as numbers, times as times', async () => {
    const res = await api.http
      .get(`/campaigns/${fixture.campaign.id}/entries/export?categoryId=${fixture.categoryId}&format=xlsx`)
      .set(as(organizer))
      .set('accept-language', 'zh-CN')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const [header, first] = await firstSheet(res.body as Buffer);
    expect(header.slice(0, 9)).toEqual([
      '参评申请',
      '企业',
      '行业',
      '申请状态',
      '申报状态',
      '提交时间',
      '中心名称',
      '座席数',
      '是否外包？',
    ]);
    expect(first[0]).toBe(t1.candidacyId);
    expect(first[2]).toBe('电信业');
    expect(first[5]).toBeInstanceOf(Date);
    expect(first[7]).toBe(320);
    expect(first[8]).toBe('是');
    expect(first[11]).toBe('电话；在线聊天');
    expect(first[18]).toBe('1. 城市：Shenzhen；座席：240\n2. 城市：Wuhan');
  });

  it('refuses an export without a category, of a category without a form, and to non-organizers', async () => {
    const base = `/campaigns/${fixture.campaign.id}/entries/export`;
    const missing = await api.http.get(base).set(as(organizer)).expect(400);
    expect(missing.body.details[0].field).toBe('categoryId');
    const none = await api.http
      .get(`${base}?categoryId=${fixture.otherCategoryId}`)
      .set(as(organizer))
      .expect(404);
    expect(none.body.code).toBe('NO_ENTRY_FORM');
    await api.http
      .get(`${base}?categoryId=00000000-0000-4000-8000-000000000000`)
      .set(as(organizer))
      .expect(404);
    await api.http.get(`${base}?categoryId=${fixture.categoryId}`).set(as(t1.token)).expect(403);
    await api.http.get(`${base}?categoryId=${fixture.categoryId}`).expect(401);
  });
});
