import {
  buildCampaign,
  buildEnterprise,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
  verifiedEnterprise,
} from '@app/testing';
import { binary, csvRows, firstSheet, XLSX_TYPE } from './spreadsheets';
import { startFreshTestApi } from './test-apps';

const HEADER = [
  'id',
  'category',
  'categoryZh',
  'categoryId',
  'enterpriseId',
  'enterpriseName',
  'industryCode',
  'state',
  'decisionReason',
  'decidedAt',
  'createdAt',
];

describe('Candidacies', () => {
  let api: TestApi;
  let organizer: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  async function openCampaign(overrides: Record<string, unknown> = {}) {
    const c = (
      await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign(overrides)).expect(201)
    ).body;
    await api.http
      .post(`/campaigns/${c.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'registration' })
      .expect(200);
    return c as { id: string; categories: { id: string }[] };
  }

  async function enteringEnterprise(industryCode = 'telecom') {
    const { owner, enterprise } = await verifiedEnterprise(api.http, organizer, industryCode);
    return { owner, id: enterprise.id };
  }

  const enter = (token: string, campaignId: string, categoryId: string, enterpriseId: string) =>
    api.http.post(`/campaigns/${campaignId}/candidacies`).set(as(token)).send({ categoryId, enterpriseId });

  it('enters a verified, in-scope enterprise while registration is open, and audits it', async () => {
    const c = await openCampaign();
    const e = await enteringEnterprise();
    const res = await enter(e.owner.token, c.id, c.categories[0].id, e.id).expect(201);
    expect(res.body).toMatchObject({ state: 'submitted', industryCode: 'telecom', enterpriseId: e.id });
    expect(Object.keys(res.body)).not.toContain('fee');
    const [row] = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [
      res.body.id,
    ]);
    expect(row.action).toBe('candidacy.submitted');
  });

  it('refuses a second candidacy in the same category, but allows another category', async () => {
    const c = await openCampaign();
    const e = await enteringEnterprise();
    await enter(e.owner.token, c.id, c.categories[0].id, e.id).expect(201);
    const again = await enter(e.owner.token, c.id, c.categories[0].id, e.id).expect(409);
    expect(again.body.details).toEqual([
      { field: 'categoryId', message: expect.stringContaining('already entered') },
    ]);
    await enter(e.owner.token, c.id, c.categories[1].id, e.id).expect(201);
  });

  it('refuses unverified profiles, industries out of scope, unknown categories and other people’s enterprises', async () => {
    const c = await openCampaign({ industryCodes: ['telecom'] });
    const owner = await registeredEnterpriseUser(api.http);
    const pending = (
      await api.http.post('/enterprises').set(as(owner.token)).send(buildEnterprise()).expect(201)
    ).body;
    expect((await enter(owner.token, c.id, c.categories[0].id, pending.id).expect(409)).body.message).toMatch(
      /pending, not verified/,
    );
    const postal = await enteringEnterprise('postal');
    expect(
      (await enter(postal.owner.token, c.id, c.categories[0].id, postal.id).expect(409)).body.message,
    ).toMatch(/not in this campaign's scope/);
    await enter(postal.owner.token, c.id, '00000000-0000-4000-8000-000000000000', postal.id).expect(422);
    const other = await enteringEnterprise();
    await enter(owner.token, c.id, c.categories[0].id, other.id).expect(404);
  });

  it('refuses entry outside the registration window', async () => {
    const draft = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201))
      .body;
    const e = await enteringEnterprise();
    // A draft campaign is invisible to enterprises.
    await enter(e.owner.token, draft.id, draft.categories[0].id, e.id).expect(404);

    // Entering registration early opens the window now; an opening moved later afterwards holds entries back.
    const future = await openCampaign();
    await api.http
      .patch(`/campaigns/${future.id}`)
      .set(as(organizer))
      .send({ schedule: { registrationOpensAt: new Date(Date.now() + 3600_000).toISOString() } })
      .expect(200);
    expect(
      (await enter(e.owner.token, future.id, future.categories[0].id, e.id).expect(409)).body.message,
    ).toMatch(/not opened yet/);

    const closed = await openCampaign({
      schedule: {
        registrationOpensAt: new Date(Date.now() - 3600_000).toISOString(),
        registrationClosesAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expect(
      (await enter(e.owner.token, closed.id, closed.categories[0].id, e.id).expect(409)).body.message,
    ).toMatch(/registration has closed/);

    const surveying = await openCampaign();
    await api.http
      .post(`/campaigns/${surveying.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'survey' })
      .expect(200);
    expect(
      (await enter(e.owner.token, surveying.id, surveying.categories[0].id, e.id).expect(409)).body.message,
    ).toMatch(/registration is not open/);
  });

  it('lets the enterprise withdraw while open and resubmit, but not after registration closes', async () => {
    const c = await openCampaign({
      schedule: { registrationOpensAt: new Date(Date.now() - 3600_000).toISOString() },
    });
    const e = await enteringEnterprise();
    const cand = (await enter(e.owner.token, c.id, c.categories[0].id, e.id).expect(201)).body;
    const stranger = await registeredEnterpriseUser(api.http);
    await api.http.post(`/candidacies/${cand.id}/withdraw`).set(as(stranger.token)).expect(404);
    expect(
      (await api.http.post(`/candidacies/${cand.id}/withdraw`).set(as(e.owner.token)).expect(200)).body.state,
    ).toBe('withdrawn');
    await api.http.post(`/candidacies/${cand.id}/withdraw`).set(as(e.owner.token)).expect(409);
    const back = await enter(e.owner.token, c.id, c.categories[0].id, e.id).expect(201);
    expect(back.body).toMatchObject({ id: cand.id, state: 'submitted' });

    await api.http
      .patch(`/campaigns/${c.id}`)
      .set(as(organizer))
      .send({ schedule: { registrationClosesAt: new Date(Date.now() - 1000).toISOString() } })
      .expect(200);
    const late = await api.http.post(`/candidacies/${cand.id}/withdraw`).set(as(e.owner.token)).expect(409);
    expect(late.body.message).toMatch(/registration has closed/);
  });

  it('lets organizers approve, or reject with a reason, only submitted candidacies', async () => {
    const c = await openCampaign();
    const a = await enteringEnterprise();
    const b = await enteringEnterprise();
    const ca = (await enter(a.owner.token, c.id, c.categories[0].id, a.id).expect(201)).body;
    const cb = (await enter(b.owner.token, c.id, c.categories[0].id, b.id).expect(201)).body;
    await api.http
      .post(`/candidacies/${cb.id}/decision`)
      .set(as(organizer))
      .send({ decision: 'rejected' })
      .expect(400);
    expect(
      (
        await api.http
          .post(`/candidacies/${ca.id}/decision`)
          .set(as(organizer))
          .send({ decision: 'approved' })
          .expect(200)
      ).body.state,
    ).toBe('approved');
    await api.http
      .post(`/candidacies/${ca.id}/decision`)
      .set(as(organizer))
      .send({ decision: 'rejected', reason: 'late' })
      .expect(409);
    const rejected = await api.http
      .post(`/candidacies/${cb.id}/decision`)
      .set(as(organizer))
      .send({ decision: 'rejected', reason: 'Not a contact center' })
      .expect(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', decisionReason: 'Not a contact center' });
    const actions = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'candidacy' AND entity_id = ANY($1) ORDER BY id`,
      [[ca.id, cb.id]],
    );
    expect(actions.map((r: { action: string }) => r.action)).toEqual([
      'candidacy.submitted',
      'candidacy.submitted',
      'candidacy.approved',
      'candidacy.rejected',
    ]);
  });

  it('lists with filters and counts per industry, shows enterprises only their own, and exports CSV', async () => {
    const c = await openCampaign();
    const t1 = await enteringEnterprise('telecom');
    const t2 = await enteringEnterprise('telecom');
    const f1 = await enteringEnterprise('finance');
    for (const e of [t1, t2, f1]) await enter(e.owner.token, c.id, c.categories[0].id, e.id).expect(201);
    const approved = (
      await api.http.get(`/campaigns/${c.id}/candidacies?industryCode=telecom`).set(as(organizer)).expect(200)
    ).body.items[0];
    await api.http
      .post(`/candidacies/${approved.id}/decision`)
      .set(as(organizer))
      .send({ decision: 'approved' })
      .expect(200);

    const all = await api.http.get(`/campaigns/${c.id}/candidacies`).set(as(organizer)).expect(200);
    expect(all.body.total).toBe(3);
    expect(all.body.countsByIndustry).toEqual([
      {
        industryCode: 'finance',
        total: 1,
        byState: { submitted: 1, approved: 0, rejected: 0, withdrawn: 0 },
      },
      {
        industryCode: 'telecom',
        total: 2,
        byState: { submitted: 1, approved: 1, rejected: 0, withdrawn: 0 },
      },
    ]);
    const page1 = await api.http
      .get(`/campaigns/${c.id}/candidacies?pageSize=2&page=1`)
      .set(as(organizer))
      .expect(200);
    const page2 = await api.http
      .get(`/campaigns/${c.id}/candidacies?pageSize=2&page=2`)
      .set(as(organizer))
      .expect(200);
    expect([...page1.body.items, ...page2.body.items].map((x: { id: string }) => x.id)).toEqual(
      all.body.items.map((x: { id: string }) => x.id),
    );

    const own = await api.http.get(`/campaigns/${c.id}/candidacies`).set(as(f1.owner.token)).expect(200);
    expect(own.body.items.map((x: { enterpriseId: string }) => x.enterpriseId)).toEqual([f1.id]);

    const csv = await api.http
      .get(`/campaigns/${c.id}/candidacies/export?state=submitted`)
      .set(as(organizer))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(csv.text);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(3);
    // categories by name, in both languages, not by id alone
    expect(rows[1].slice(1, 4)).toEqual([
      'Customer Care Benchmark Enterprise',
      '客户关怀标杆企业',
      c.categories[0].id,
    ]);
  });

  it('exports the same table as XLSX, by query or Accept header, times as times', async () => {
    const c = await openCampaign();
    const e = await enteringEnterprise('telecom');
    await enter(e.owner.token, c.id, c.categories[1].id, e.id).expect(201);
    const csv = csvRows(
      (await api.http.get(`/campaigns/${c.id}/candidacies/export`).set(as(organizer)).expect(200)).text,
    );
    for (const ask of [
      api.http.get(`/campaigns/${c.id}/candidacies/export?format=xlsx`),
      api.http.get(`/campaigns/${c.id}/candidacies/export`).set('accept', XLSX_TYPE),
    ]) {
      const res = await ask.set(as(organizer)).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe(XLSX_TYPE);
      expect(res.headers['content-disposition']).toMatch(/candidacies\.xlsx"$/);
      const sheet = await firstSheet(res.body as Buffer);
      expect(sheet[0]).toEqual(HEADER);
      expect(sheet).toHaveLength(2);
      expect(sheet[1].slice(0, 9)).toEqual(csv[1].slice(0, 9).map((v) => (v === '' ? null : v)));
      expect(sheet[1][2]).toBe('中国最佳呼叫中心');
      expect(sheet[1][10]).toBeInstanceOf(Date);
      expect((sheet[1][10] as Date).toISOString()).toBe(csv[1][10]);
    }
    await api.http.get(`/campaigns/${c.id}/candidacies/export?format=pdf`).set(as(organizer)).expect(400);
  });
});
