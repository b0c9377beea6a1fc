import { setTimeout as sleep } from 'node:timers/promises';
import { buildEnterprise, organizerToken, registeredEnterpriseUser, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

/**
 * A review verifies what the organizer read, not what the row holds when the request lands: an admin who
 * swaps the content between the organizer's read and the decision gets nothing verified.
 */
describe('Enterprise reviews name what was read', () => {
  let api: TestApi;
  let organizer: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const readEnterprise = async (id: string) =>
    (await api.http.get(`/enterprises/${id}`).set(bearer(organizer)).expect(200)).body;
  const readIdentity = async (id: string) =>
    (await api.http.get(`/enterprises/${id}/identity`).set(bearer(organizer)).expect(200)).body;
  const reviewProfile = (id: string, body: object) =>
    api.http.post(`/enterprises/${id}/review`).set(bearer(organizer)).send(body);
  const reviewIdentity = (id: string, body: object) =>
    api.http.post(`/enterprises/${id}/identity/review`).set(bearer(organizer)).send(body);
  const edit = (id: string, token: string, body: object) =>
    api.http.patch(`/enterprises/${id}`).set(bearer(token)).send(body).expect(200);

  async function verifiedEnterprise() {
    const admin = await registeredEnterpriseUser(api.http);
    const e = (
      await api.http.post('/enterprises').set(bearer(admin.token)).send(buildEnterprise()).expect(201)
    ).body;
    await reviewProfile(e.id, { decision: 'verified', profileRevision: e.profileRevision }).expect(200);
    return { admin, id: e.id as string, legalName: e.legalName as string };
  }

  it('refuses an identity review of a change amended after the organizer read it, then verifies it re-read', async () => {
    const { admin, id, legalName } = await verifiedEnterprise();
    const harmless = await edit(id, admin.token, { legalName: `${legalName} (Shenzhen)` });
    const read = await readIdentity(id);
    expect(read.pendingChange).toMatchObject({ id: harmless.body.pendingIdentityChange.id });

    const swapped = await edit(id, admin.token, { legalName: 'Rival Telecom Co., Ltd.' });
    expect(swapped.body.pendingIdentityChange).toMatchObject({ legalName: 'Rival Telecom Co., Ltd.' });
    expect(swapped.body.pendingIdentityChange.id).not.toBe(read.pendingChange.id);

    const stale = await reviewIdentity(id, { changeId: read.pendingChange.id, decision: 'verified' }).expect(
      409,
    );
    expect(stale.body).toMatchObject({
      code: 'IDENTITY_CHANGE_MOVED',
      details: [
        { field: 'changeId', message: expect.stringContaining(swapped.body.pendingIdentityChange.id) },
      ],
    });
    const after = await readIdentity(id);
    expect(after.current).toMatchObject({ version: 1, legalName });
    expect(after.versions).toHaveLength(1);
    expect(after.pendingChange).toMatchObject({
      id: swapped.body.pendingIdentityChange.id,
      state: 'pending',
    });
    expect((await readEnterprise(id)).legalName).toBe(legalName);

    const verified = await reviewIdentity(id, {
      changeId: after.pendingChange.id,
      decision: 'verified',
    }).expect(200);
    expect(verified.body).toMatchObject({
      state: 'verified',
      version: 2,
      legalName: 'Rival Telecom Co., Ltd.',
    });
    expect((await readIdentity(id)).current).toMatchObject({
      version: 2,
      legalName: 'Rival Telecom Co., Ltd.',
    });
  });

  it('requires the id of the pending change read, naming the field', async () => {
    const { admin, id } = await verifiedEnterprise();
    await edit(id, admin.token, { industryCode: 'finance' });
    for (const body of [{ decision: 'verified' }, { decision: 'verified', changeId: 'latest' }]) {
      const res = await reviewIdentity(id, body).expect(400);
      expect(res.body.details).toEqual([{ field: 'changeId', message: expect.any(String) }]);
    }
    expect((await readIdentity(id)).versions).toHaveLength(1);
  });

  it('refuses a first verification of a profile edited after the organizer read it, then verifies it re-read', async () => {
    const admin = await registeredEnterpriseUser(api.http);
    const registered = (
      await api.http.post('/enterprises').set(bearer(admin.token)).send(buildEnterprise()).expect(201)
    ).body;
    const read = await readEnterprise(registered.id);
    expect(read.profileRevision).toEqual(expect.any(Number));

    const edited = await edit(registered.id, admin.token, { legalName: 'Rival Telecom Co., Ltd.' });
    expect(edited.body.profileRevision).toBeGreaterThan(read.profileRevision);

    const stale = await reviewProfile(registered.id, {
      decision: 'verified',
      profileRevision: read.profileRevision,
    }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'PROFILE_CHANGED_SINCE_READ',
      details: [{ field: 'profileRevision', message: expect.any(String) }],
    });
    expect(await readEnterprise(registered.id)).toMatchObject({ status: 'pending', reviewedAt: null });
    expect((await readIdentity(registered.id)).versions).toEqual([]);

    const reread = await readEnterprise(registered.id);
    const verified = await reviewProfile(registered.id, {
      decision: 'verified',
      profileRevision: reread.profileRevision,
    }).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', legalName: 'Rival Telecom Co., Ltd.' });
    expect((await readIdentity(registered.id)).current).toMatchObject({
      version: 1,
      legalName: 'Rival Telecom Co., Ltd.',
    });
  });

  it('requires the profile revision read, naming the field', async () => {
    const admin = await registeredEnterpriseUser(api.http);
    const e = (
      await api.http.post('/enterprises').set(bearer(admin.token)).send(buildEnterprise()).expect(201)
    ).body;
    for (const body of [{ decision: 'verified' }, { decision: 'verified', profileRevision: 'latest' }]) {
      const res = await reviewProfile(e.id, body).expect(400);
      expect(res.body.details).toEqual([{ field: 'profileRevision', message: expect.any(String) }]);
    }
    expect((await readEnterprise(e.id)).status).toBe('pending');
  });

  it('answers 409 naming creditCode, not 500, when two verifications take the same credit code at once', async () => {
    const a = await verifiedEnterprise();
    const b = await verifiedEnterprise();
    const wanted = buildEnterprise().creditCode;
    await edit(a.id, a.admin.token, { creditCode: wanted });
    const asked = await edit(b.id, b.admin.token, { creditCode: wanted });

    // A's verification has written the code and not committed yet: B's check cannot see it, so B's write is the
    // one the unique key stops when A commits.
    const aVerifying = api.dataSource.createQueryRunner();
    await aVerifying.connect();
    await aVerifying.startTransaction();
    try {
      await aVerifying.query(`UPDATE enterprises SET credit_code = $1 WHERE id = $2`, [wanted, a.id]);
      const bReview = reviewIdentity(b.id, {
        changeId: asked.body.pendingIdentityChange.id,
        decision: 'verified',
      }).then((res) => res);
      // Polled from another connection: inside a transaction the activity view is a snapshot.
      while (
        (
          await api.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'UPDATE "enterprises"%'`,
          )
        )[0].n === 0
      )
        await sleep(20);
      await aVerifying.commitTransaction();
      const res = await bReview;
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'CREDIT_CODE_TAKEN',
        details: [{ field: 'creditCode', message: 'is already registered' }],
      });
    } finally {
      if (aVerifying.isTransactionActive) await aVerifying.rollbackTransaction();
      await aVerifying.release();
    }
    const bIdentity = await readIdentity(b.id);
    expect(bIdentity.versions).toHaveLength(1);
    expect(bIdentity.pendingChange).toMatchObject({
      id: asked.body.pendingIdentityChange.id,
      creditCode: wanted,
    });
  });
});
