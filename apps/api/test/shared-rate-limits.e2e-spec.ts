import type { ChildProcess } from 'node:child_process';
import { kill, organizerToken, surveyCampaign, TestApi } from '@app/testing';
import { startApiProcess, startFreshTestApi, startTestApi } from './test-apps';

/**
 * Two API processes behind one address, as two instances behind a load balancer: the login and ingestion
 * limits count in Redis, so together they allow what one would, not twice as much.
 */
describe('Rate limits shared by API processes through Redis', () => {
  let api: TestApi;
  let organizer: string;
  const processes: ChildProcess[] = [];
  let bases: string[];

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    // Limits no other test uses, so these counts are this file's own.
    const env = { AUTH_RATE_LIMIT: '4', INGEST_RATE_LIMIT: '5' };
    const started = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    processes.push(...started.map((s) => s.child));
    bases = started.map((s) => s.base);
  }, 120_000);
  afterAll(async () => {
    for (const child of processes) await kill(child, 'SIGTERM');
    await api.close();
  });

  const post = (base: string, path: string, body: object, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('holds the login limit across both processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await post(bases[i % 2], '/auth/login', {
        email: 'nobody@example.org',
        password: 'wrong-password-123',
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await res.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('holds the ingestion limit of a partner key across both processes, and not another key’s', async () => {
    const c = await surveyCampaign(api, organizer, { industries: ['telecom'] });
    const issue = async () =>
      (
        await api.http
          .post(`/campaigns/${c.id}/partner-keys`)
          .set('authorization', `Bearer ${organizer}`)
          .send({ label: 'Shared-limit partner' })
          .expect(201)
      ).body.secret as string;
    const [first, second] = [await issue(), await issue()];
    const send = (i: number, key: string) =>
      post(
        bases[i % 2],
        `/campaigns/${c.id}/responses`,
        { respondentKey: `shared-${i}` },
        { 'x-api-key': key },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await send(i, first)).status);
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await send(0, second)).status).not.toBe(429);
    expect((await send(1, second)).status).not.toBe(429);
  });

  it('counts in the process while Redis is away: login still works and is still limited', async () => {
    const alone = await startTestApi({ REDIS_URL: 'redis://127.0.0.1:1', AUTH_RATE_LIMIT: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push(
          (
            await alone.http
              .post('/auth/login')
              .send({ email: 'nobody@example.org', password: 'wrong-password-1' })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await alone.close();
    }
  });
});
