import { createdStaffUser, organizerToken, registeredEnterpriseUser, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

describe('The audit log', () => {
  let api: TestApi;
  let organizer: string;
  let organizerId: string;
  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    organizerId = (await api.http.get('/auth/me').set('authorization', `Bearer ${organizer}`)).body.id;
  });
  afterAll(() => api.close());

  const auditRows = (entityId: string) =>
    api.dataSource.query(`SELECT * FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);

  it('records a registration with the new user as actor, and never the password', async () => {
    const { id, account } = await registeredEnterpriseUser(api.http);
    const rows = await auditRows(id);
    expect(rows[0]).toMatchObject({
      action: 'user.registered',
      entity_type: 'user',
      actor_id: id,
      actor_role: 'enterprise',
      after: { email: account.email, role: 'enterprise', status: 'active', displayName: account.displayName },
    });
    expect(rows[0].request_id).toEqual(expect.any(String));
    expect(JSON.stringify(rows)).not.toContain(account.password);
  });

  it('records who created an account, and the before and after of a status change, under the request id', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const res = await api.http
      .patch(`/users/${judge.id}/status`)
      .set('authorization', `Bearer ${organizer}`)
      .set('x-request-id', 'disable-judge-request-1')
      .send({ status: 'disabled' })
      .expect(200);
    expect(res.body.status).toBe('disabled');
    const rows = await auditRows(judge.id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      'user.created',
      'auth.login',
      'user.disabled',
    ]);
    expect(rows[0]).toMatchObject({ actor_id: organizerId, actor_role: 'organizer' });
    expect(rows[2]).toMatchObject({
      actor_id: organizerId,
      request_id: 'disable-judge-request-1',
      before: { status: 'active' },
      after: { status: 'disabled' },
    });
  });

  it('records failed logins without the attempted password', async () => {
    await api.http
      .post('/auth/login')
      .send({ email: 'ghost@example.test', password: 'guessed-password-1' })
      .expect(401);
    const [row] = await api.dataSource.query(
      `SELECT * FROM audit_log WHERE action = 'auth.login-failed' AND after->>'email' = 'ghost@example.test'`,
    );
    expect(row).toMatchObject({ actor_id: null, entity_id: null });
    expect(JSON.stringify(row)).not.toContain('guessed-password-1');
  });

  it('lets organizers filter by action, entity, actor and request id, newest first', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const auth = { authorization: `Bearer ${organizer}` };
    const byEntity = await api.http
      .get(`/audit-log?entityType=user&entityId=${judge.id}`)
      .set(auth)
      .expect(200);
    expect(byEntity.body.items.map((e: { action: string }) => e.action)).toEqual([
      'auth.login',
      'user.created',
    ]);
    expect(byEntity.body.total).toBe(2);

    const byAction = await api.http.get('/audit-log?action=user.disabled').set(auth).expect(200);
    expect(byAction.body.items.length).toBeGreaterThan(0);
    expect(byAction.body.items.every((e: { action: string }) => e.action === 'user.disabled')).toBe(true);

    const byRequest = await api.http
      .get('/audit-log?requestId=disable-judge-request-1')
      .set(auth)
      .expect(200);
    expect(byRequest.body.items).toHaveLength(1);

    const byActor = await api.http
      .get(`/audit-log?actorId=${organizerId}&pageSize=2&page=1`)
      .set(auth)
      .expect(200);
    expect(byActor.body.items).toHaveLength(2);
    expect(byActor.body.total).toBeGreaterThan(2);
    const times = byActor.body.items.map((e: { occurredAt: string }) => Date.parse(e.occurredAt));
    expect(times[0]).toBeGreaterThanOrEqual(times[1]);

    const future = await api.http.get('/audit-log?from=2999-01-01T00:00:00Z').set(auth).expect(200);
    expect(future.body).toMatchObject({ items: [], total: 0 });
  });

  it('cannot be edited or deleted, even with direct SQL', async () => {
    await expect(api.dataSource.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(api.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
