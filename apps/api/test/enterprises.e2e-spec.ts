import {
  buildEnterprise,
  createdStaffUser,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

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
    return res.body as { id: string; creditCode: string; status: string; profileRevision: number };
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
      .send({ decision: 'rejected', profileRevision: b.profileRevision })
      .expect(400);
    expect(noReason.body.details).toEqual([
      { field: 'reason', message: expect.stringContaining('required when rejecting') },
    ]);

    const verified = await api.http
      .post(`/enterprises/${a.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'verified', profileRevision: a.profileRevision })
      .expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', reviewReason: null });
    await api.http
      .post(`/enterprises/${a.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'rejected', reason: 'x', profileRevision: verified.body.profileRevision })
      .expect(409);

    const rejected = await api.http
      .post(`/enterprises/${b.id}/review`)
      .set(bearer(organizer))
      .send({
        decision: 'rejected',
        reason: 'Licence does not match the name',
        profileRevision: b.profileRevision,
      })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reviewReason: 'Licence does not match the name',
    });
  });

  async function verifiedEnterprise(token: string, overrides = {}) {
    const e = await registered(token, overrides);
    await api.http
      .post(`/enterprises/${e.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'verified', profileRevision: e.profileRevision })
      .expect(200);
    return e;
  }

  const identityOf = async (id: string, token = organizer) =>
    (await api.http.get(`/enterprises/${id}/identity`).set(bearer(token)).expect(200)).body;

  it('lets only the enterprise’s admins edit its profile: a plain member is 403 and nothing changes', async () => {
    const admin = await registeredEnterpriseUser(api.http);
    const member = await registeredEnterpriseUser(api.http);
    const e = await verifiedEnterprise(admin.token);
    await api.dataSource.query(
      `INSERT INTO enterprise_members (enterprise_id, user_id, role, added_by) VALUES ($1, $2, 'member', $3)`,
      [e.id, member.id, admin.id],
    );
    const before = await api.dataSource.query(`SELECT * FROM enterprises WHERE id = $1`, [e.id]);
    for (const edit of [{ legalName: 'Taken Over Co., Ltd.' }, { contactName: 'Mallory', seats: 1 }]) {
      const res = await api.http
        .patch(`/enterprises/${e.id}`)
        .set(bearer(member.token))
        .send(edit)
        .expect(403);
      expect(res.body.message).toContain('admin');
    }
    expect(await api.dataSource.query(`SELECT * FROM enterprises WHERE id = $1`, [e.id])).toEqual(before);
    expect((await identityOf(e.id)).changes).toEqual([]);
    // The member still reads the profile.
    await api.http.get(`/enterprises/${e.id}`).set(bearer(member.token)).expect(200);
  });

  it('keeps a verified identity until an organizer verifies the change; contact details change at once', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const e = await verifiedEnterprise(owner.token);
    const verifiedName = (await identityOf(e.id)).current.legalName as string;
    expect((await identityOf(e.id)).versions).toEqual([
      expect.objectContaining({ version: 1, legalName: verifiedName, verifiedBy: expect.any(String) }),
    ]);
    const contact = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ contactName: 'Li Na', seats: 300 })
      .expect(200);
    expect(contact.body).toMatchObject({ status: 'verified', contactName: 'Li Na', seats: 300 });
    expect(contact.body.pendingIdentityChange).toBeNull();

    const renamed = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ legalName: 'Renamed Co., Ltd.', region: 'Beijing' })
      .expect(200);
    expect(renamed.body).toMatchObject({ status: 'verified', legalName: verifiedName, region: 'Beijing' });
    expect(renamed.body.pendingIdentityChange).toMatchObject({
      state: 'pending',
      legalName: 'Renamed Co., Ltd.',
      creditCode: e.creditCode,
    });
    // A second edit amends the request: a new change (new id) with both edits; the first is withdrawn.
    const amended = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ industryCode: 'finance' })
      .expect(200);
    expect(amended.body.pendingIdentityChange).toMatchObject({
      state: 'pending',
      legalName: 'Renamed Co., Ltd.',
      industryCode: 'finance',
    });
    const changeId = amended.body.pendingIdentityChange.id as string;
    expect(changeId).not.toBe(renamed.body.pendingIdentityChange.id);
    const listed = await api.http
      .get('/enterprises?identityChange=pending&pageSize=100')
      .set(bearer(organizer))
      .expect(200);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(e.id);

    const noReason = await api.http
      .post(`/enterprises/${e.id}/identity/review`)
      .set(bearer(organizer))
      .send({ changeId, decision: 'rejected' })
      .expect(400);
    expect(noReason.body.details).toEqual([
      { field: 'reason', message: expect.stringContaining('required') },
    ]);
    await api.http
      .post(`/enterprises/${e.id}/identity/review`)
      .set(bearer(owner.token))
      .send({ changeId, decision: 'verified' })
      .expect(403);
    const rejected = await api.http
      .post(`/enterprises/${e.id}/identity/review`)
      .set(bearer(organizer))
      .send({ changeId, decision: 'rejected', reason: 'The licence still shows the old name' })
      .expect(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', version: null });
    expect((await api.http.get(`/enterprises/${e.id}`).set(bearer(owner.token))).body).toMatchObject({
      legalName: verifiedName,
      industryCode: 'telecom',
      pendingIdentityChange: null,
    });

    const again = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ legalName: 'Renamed Co., Ltd.' })
      .expect(200);
    const verified = await api.http
      .post(`/enterprises/${e.id}/identity/review`)
      .set(bearer(organizer))
      .send({ changeId: again.body.pendingIdentityChange.id, decision: 'verified' })
      .expect(200);
    expect(verified.body).toMatchObject({ state: 'verified', version: 2 });
    const history = await identityOf(e.id, owner.token);
    expect(history.current).toMatchObject({ version: 2, legalName: 'Renamed Co., Ltd.', verifiedBy: null });
    expect((await identityOf(e.id)).current.verifiedBy).toEqual(expect.any(String));
    expect(history.versions.map((v: { legalName: string }) => v.legalName)).toEqual([
      verifiedName,
      'Renamed Co., Ltd.',
    ]);
    expect(history.changes.map((c: { state: string }) => c.state)).toEqual([
      'withdrawn',
      'rejected',
      'verified',
    ]);
    expect((await api.http.get(`/enterprises/${e.id}`).set(bearer(owner.token))).body).toMatchObject({
      legalName: 'Renamed Co., Ltd.',
      status: 'verified',
    });
    const review = await api.http
      .post(`/enterprises/${e.id}/identity/review`)
      .set(bearer(organizer))
      .send({ changeId: verified.body.id, decision: 'verified' })
      .expect(409);
    expect(review.body.message).toContain('no identity change');
    const actions = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'enterprise.identity%' ORDER BY id`,
      [e.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'enterprise.identity-change-requested',
      'enterprise.identity-change-withdrawn',
      'enterprise.identity-change-requested',
      'enterprise.identity-rejected',
      'enterprise.identity-change-requested',
      'enterprise.identity-verified',
    ]);
    // Versions are append-only, even from SQL.
    await expect(
      api.dataSource.query(
        `UPDATE enterprise_identity_versions SET legal_name = 'x' WHERE enterprise_id = $1`,
        [e.id],
      ),
    ).rejects.toThrow();
  });

  it('withdraws a pending identity change edited back to the verified identity', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const e = await verifiedEnterprise(owner.token);
    const name = (await identityOf(e.id)).current.legalName;
    await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ legalName: 'Other Co., Ltd.' })
      .expect(200);
    const back = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ legalName: name })
      .expect(200);
    expect(back.body.pendingIdentityChange).toBeNull();
    expect((await identityOf(e.id)).changes).toEqual([expect.objectContaining({ state: 'withdrawn' })]);
  });

  it('refuses to verify a credit code that another enterprise registered in the meantime', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const e = await verifiedEnterprise(owner.token);
    const other = await registeredEnterpriseUser(api.http);
    const wanted = buildEnterprise().creditCode;
    const asked = await api.http
      .patch(`/enterprises/${e.id}`)
      .set(bearer(owner.token))
      .send({ creditCode: wanted })
      .expect(200);
    await api.http
      .post('/enterprises')
      .set(bearer(other.token))
      .send(buildEnterprise({ creditCode: wanted }))
      .expect(201);
    const res = await api.http
      .post(`/enterprises/${e.id}/identity/review`)
      .set(bearer(organizer))
      .send({ changeId: asked.body.pendingIdentityChange.id, decision: 'verified' })
      .expect(409);
    expect(res.body.details).toEqual([{ field: 'creditCode', message: 'is already registered' }]);
    expect((await identityOf(e.id)).current).toMatchObject({ version: 1, creditCode: e.creditCode });
  });

  it('resubmits a rejected profile when it is edited', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const e = await registered(owner.token);
    await api.http
      .post(`/enterprises/${e.id}/review`)
      .set(bearer(organizer))
      .send({ decision: 'rejected', reason: 'Wrong region', profileRevision: e.profileRevision })
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
