import { buildEnterprise } from '@app/testing';
import {
  createdStaffUser,
  organizerToken,
  registeredEnterpriseUser,
  startFreshTestApi,
  TestApi,
} from './support/test-api';

describe('Enterprises', () => {
  let api: TestApi;
  let organizer: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  async function registered(token: string, overrides = {}) {
    const res = await api.http
      .post('/enterprises')
      .set(bearer(token))
      .send(buildEnterprise(overrides))
      .expect(201);
    return res.body as { id: string; creditCode: string; status: string };
  }

  it('registers a pending profile, with the registering user as admin, and audits it', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const input = buildEnterprise({
      creditCode: '91440300708461136t ',
      businessTypes: ['telesales', 'telesales'],
    });
    const res = await api.http.post('/enterprises').set(bearer(owner.token)).send(input).expect(201);
    expect(res.body).toMatchObject({
      status: 'pending',
      creditCode: '91440300708461136T',
      businessTypes: ['telesales'],
      annualRevenue: '880000000.00',
      contactEmail: input.contactEmail,
    });
    const members = await api.http
      .get(`/enterprises/${res.body.id}/members`)
      .set(bearer(owner.token))
      .expect(200);
    expect(members.body).toEqual([expect.objectContaining({ userId: owner.id, role: 'admin' })]);
    const [row] = await api.dataSource.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [res.body.id]);
    expect(row).toMatchObject({ action: 'enterprise.registered', actor_id: owner.id });
  });

  it.each([
    ['9144030070846113', 'exactly 18 characters'],
    ['91440300708461136I', 'capitals'],
    ['9144A300708461136T', 'administrative division'],
    ['91440300708461136U', 'check character'],
  ])('refuses the credit code %s, saying why', async (creditCode, reason) => {
    const owner = await registeredEnterpriseUser(api.http);
    const res = await api.http
      .post('/enterprises')
      .set(bearer(owner.token))
      .send(buildEnterprise({ creditCode }))
      .expect(400);
    expect(res.body.details).toEqual([{ field: 'creditCode', message: expect.stringContaining(reason) }]);
  });

  it('refuses a second registration of the same credit code with 409, and writes nothing', async () => {
    const first = await registeredEnterpriseUser(api.http);
    const second = await registeredEnterpriseUser(api.http);
    const { creditCode } = await registered(first.token);
    const count = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM enterprises`))[0].n;
    const before = await count();
    const res = await api.http
      .post('/enterprises')
      .set(bearer(second.token))
      .send(buildEnterprise({ creditCode }))
      .expect(409);
    expect(res.body.details).toEqual([{ field: 'creditCode', message: 'is already registered' }]);
    expect(await count()).toBe(before);
  });

  it('names unknown industry, organisation and business type codes', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const res = await api.http
      .post('/enterprises')
      .set(bearer(owner.token))
      .send(
        buildEnterprise({
          industryCode: 'mining',
          organizationType: 'franchise',
          businessTypes: ['customer-service', 'astrology'],
        }),
      )
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'businessTypes',
      'industryCode',
      'organizationType',
    ]);
  });

  it('shows enterprise users only their own enterprises; others are 404, judges 403', async () => {
    const alice = await registeredEnterpriseUser(api.http);
    const bob = await registeredEnterpriseUser(api.http);
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const mine = await registered(alice.token);
    await api.http.get(`/enterprises/${mine.id}`).set(bearer(bob.token)).expect(404);
    await api.http.patch(`/enterprises/${mine.id}`).set(bearer(bob.token)).send({ seats: 1 }).expect(404);
    await api.http.get(`/enterprises/${mine.id}`).set(bearer(judge.token)).expect(403);
    const list = await api.http.get('/enterprises').set(bearer(bob.token)).expect(200);
    expect(list.body).toMatchObject({ items: [], total: 0 });
    const aliceList = await api.http.get('/enterprises').set(bearer(alice.token)).expect(200);
    expect(aliceList.body.items.map((e: { id: string }) => e.id)).toEqual([mine.id]);
  });

  it('lets organizers verify or reject (with a reason) only pending profiles', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const a = await registered(owner.token);
    const b = await registered(owner.token);
    const noReason = await api.http
      .post(`/enterprises/${b.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'rejected' })
      .expect(400);
    expect(noReason.body.details).toEqual([
      { field: 'reason', message: expect.stringContaining('required when rejecting') },
    ]);

    const verified = await api.http
      .post(`/enterprises/${a.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'verified' })
      .expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', reviewReason: null });
    await api.http
      .post(`/enterprises/${a.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'rejected', reason: 'x' })
      .expect(409);

    const rejected = await api.http
      .post(`/enterprises/${b.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'rejected', reason: 'Licence does not match the name' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reviewReason: 'Licence does not match the name',
    });
  });

  it('sends a verified profile back to review when its identity changes, not when contact details do', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const e = await registered(owner.token);
    await api.http
      .post(`/enterprises/${e.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'verified' })
      .expect(200);
    const contact = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ contactName: 'Li Na', seats: 300 })
      .expect(200);
    expect(contact.body).toMatchObject({ status: 'verified', contactName: 'Li Na', seats: 300 });
    const renamed = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ legalName: 'Renamed Co., Ltd.' })
      .expect(200);
    expect(renamed.body).toMatchObject({ status: 'pending', legalName: 'Renamed Co., Ltd.' });
    const audit = await api.dataSource.query(
      `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'enterprise.updated' ORDER BY id`,
      [e.id],
    );
    expect(audit[1].before).toMatchObject({ status: 'verified', legalName: expect.any(String) });
    expect(audit[1].after).toMatchObject({ status: 'pending', legalName: 'Renamed Co., Ltd.' });
  });

  it('resubmits a rejected profile when it is edited', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const e = await registered(owner.token);
    await api.http
      .post(`/enterprises/${e.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'rejected', reason: 'Wrong region' })
      .expect(200);
    const res = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ region: 'Beijing' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'pending', reviewReason: null, region: 'Beijing' });
  });

  it('refuses changing the credit code to one another enterprise has', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const a = await registered(owner.token);
    const b = await registered(owner.token);
    await api.http
      .patch(`/enterprises/${b.id}`)
      .set(bearer(owner.token))
      .send({ creditCode: a.creditCode })
      .expect(409);
  });

  it('lets organizers filter by status and industry with stable pages', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    for (let i = 0; i < 5; i++) await registered(owner.token, { industryCode: 'postal' });
    const all = await api.http
      .get('/enterprises?industryCode=postal&status=pending&pageSize=100')
      .set(bearer(organizer))
      .expect(200);
    expect(all.body.total).toBe(5);
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const res = await api.http
        .get(`/enterprises?industryCode=postal&pageSize=2&page=${page}`)
        .set(bearer(organizer))
        .expect(200);
      pages.push(...res.body.items.map((e: { id: string }) => e.id));
    }
    expect(pages).toEqual(all.body.items.map((e: { id: string }) => e.id));
  });

  it('publishes the reference codes with Chinese names, no account needed', async () => {
    const res = await api.http.get('/reference-data').expect(200);
    expect(res.body.industries).toHaveLength(12);
    expect(res.body.industries[1]).toEqual({ code: 'telecom', name: 'Telecommunications', nameZh: '电信业' });
    expect(res.body.organizationTypes.map((t: { code: string }) => t.code)).toEqual([
      'in-house',
      'outsourced',
    ]);
    expect(res.body.businessTypes).toHaveLength(7);
  });
});
