import { freePort } from '../../../tools/local-infra';
import { TestApi } from '@app/testing';
import { startFreshTestApi, startTestApi } from './test-apps';

describe('Health', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startFreshTestApi();
  });
  afterAll(() => api.close());

  it('is live and ready when PostgreSQL and Redis answer', async () => {
    await api.http.get('/health/live').expect(200, { status: 'ok' });
    const res = await api.http.get('/health/ready').expect(200);
    expect(res.body.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('Health with Redis unreachable', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A port nothing listens on: the API must still boot, stay live, and report not ready.
    api = await startTestApi({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
  });
  afterAll(() => api.close());

  it('answers ready with 503 naming redis, and stays live', async () => {
    const res = await api.http.get('/health/ready').expect(503);
    expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(res.body.details).toEqual([{ field: 'redis', message: expect.stringMatching(/^down: /) }]);
    expect(res.headers['retry-after']).toBe('5');
    await api.http.get('/health/live').expect(200);
  });

  it('answers work that needs the queue with 503 and Retry-After, not a hang or a 500', async () => {
    const login = await api.http
      .post('/auth/login')
      .send({ email: 'organizer@test.care-awards.local', password: 'organizer-password-for-tests' })
      .expect(200);
    const res = await api.http
      .post('/system/worker-check')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.message).toMatch(/queue is unavailable/);
  });
});
