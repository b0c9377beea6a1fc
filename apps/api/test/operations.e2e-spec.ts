import type { INestApplicationContext } from '@nestjs/common';
import {
  as,
  launchChromium,
  listenLocally,
  organizerToken,
  registeredEnterpriseUser,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker, startTestApi } from './test-apps';

const metric = (text: string, line: RegExp) => {
  const found = text.split('\n').find((l) => line.test(l));
  return found === undefined ? undefined : Number(found.split(' ').pop());
};

describe('Operations: metrics and the queue dashboard', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  it('exposes HTTP latency by route, ingestion counts, aggregation lag, queue depths and job durations', async () => {
    await api.http.get('/reference-data').expect(200);
    await api.http.post('/system/worker-check').set(as(organizer)).expect(200);
    const res = await api.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.text;
    expect(
      metric(
        text,
        /^care_http_request_duration_seconds_count\{method="GET",route="\/reference-data",status_code="200"\}/,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(metric(text, /^care_survey_rows\{outcome="accepted"\}/)).toBe(0);
    expect(metric(text, /^care_aggregation_lag_seconds /)).toBe(0);
    expect(metric(text, /^care_queue_jobs\{queue="rankings",state="waiting"\}/)).toBeGreaterThanOrEqual(0);
    // The worker-check job ran in the worker, which wrote its duration to Redis.
    expect(
      metric(text, /^care_queue_job_duration_seconds_count\{queue="diagnostics"\}/),
    ).toBeGreaterThanOrEqual(1);
    expect(metric(text, /^care_redis_up /)).toBe(1);
    expect(text).toContain('care_api_process_resident_memory_bytes');
  });

  it('asks for the metrics token when one is configured', async () => {
    const secured = await startTestApi({ METRICS_TOKEN: 'prometheus-scrape-token-123' });
    try {
      await secured.http.get('/metrics').expect(401);
      await secured.http
        .get('/metrics')
        .set('authorization', 'Bearer wrong-token-of-some-length')
        .expect(401);
      await secured.http
        .get('/metrics')
        .set('authorization', 'Bearer prometheus-scrape-token-123')
        .expect(200);
    } finally {
      await secured.close();
    }
  });

  it('refuses to start in production while /metrics would be open, naming the variable', async () => {
    await expect(startTestApi({ NODE_ENV: 'production' })).rejects.toThrow(/METRICS_TOKEN/);
  });

  it('serves the API documentation only where configured: off by default in production', async () => {
    await api.http.get('/docs-json').expect(200);
    const production = await startTestApi({
      NODE_ENV: 'production',
      METRICS_TOKEN: 'prometheus-scrape-token-123',
    });
    try {
      await production.http.get('/docs').expect(404);
      await production.http.get('/docs-json').expect(404);
      await production.http.get('/health/live').expect(200);
    } finally {
      await production.close();
    }
    const documented = await startTestApi({
      NODE_ENV: 'production',
      METRICS_TOKEN: 'prometheus-scrape-token-123',
      API_DOCS_ENABLED: 'true',
    });
    try {
      await documented.http.get('/docs-json').expect(200);
    } finally {
      await documented.close();
    }
    const hidden = await startTestApi({ API_DOCS_ENABLED: 'false' });
    try {
      await hidden.http.get('/docs-json').expect(404);
    } finally {
      await hidden.close();
    }
  });

  it('keeps the queue dashboard for organizers: by bearer token or by the session cookie', async () => {
    const anonymous = await api.http.get('/admin/queues').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await api.http.get('/admin/queues/api/queues').expect(401);
    // Spelled otherwise, the same route is still guarded.
    expect([401, 404]).toContain((await api.http.get('/admin/%71ueues/api/queues')).status);
    expect([401, 404]).toContain((await api.http.get('/admin//queues/api/queues')).status);
    expect([401, 404]).toContain((await api.http.get('/ADMIN/QUEUES/api/queues')).status);
    await api.http.get('/admin/queues').set('cookie', 'care_admin=forged.token.value').expect(401);
    const enterprise = await registeredEnterpriseUser(api.http);
    await api.http.get('/admin/queues').set(as(enterprise.token)).expect(403);
    await api.http.post('/admin/session').set(as(enterprise.token)).expect(403);

    const page = await api.http.get('/admin/queues').set(as(organizer)).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Care Awards queues');
    const session = await api.http.post('/admin/session').set(as(organizer)).expect(204);
    const cookie = (session.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/^care_admin=[\w.-]+; Path=\/admin; HttpOnly; SameSite=Strict; Max-Age=\d+/);
    const queues = await api.http
      .get('/admin/queues/api/queues')
      .set('cookie', cookie.split(';')[0])
      .expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'campaign-schedule',
      'diagnostics',
      'documents',
      'judging-schedule',
      'mail',
      'rankings',
    ]);
    const closed = await api.http.delete('/admin/session').set(as(organizer)).expect(204);
    expect((closed.headers['set-cookie'] as unknown as string[])[0]).toContain('Max-Age=0');
  });

  it('keeps the queue dashboard read-only unless configured: no pause, retry or clean, nothing changed', async () => {
    const auditRows = () =>
      api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'queue'`);
    const before = await auditRows();
    const queue = '/admin/queues/api/queues/campaign-schedule';
    for (const [method, path] of [
      ['put', `${queue}/pause`],
      ['put', '/admin/queues/api/queues/pause'],
      ['put', `${queue}/retry/failed`],
      ['put', `${queue}/clean/completed`],
      ['put', `${queue}/empty`],
      ['put', `${queue}/some-job-id/retry`],
      ['put', `${queue}/obliterate`],
      ['post', `${queue}/add`],
    ] as const) {
      const res = await api.http[method](path).set(as(organizer)).send({}).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'QUEUE_DASHBOARD_READ_ONLY' });
    }
    const queues = await api.http.get('/admin/queues/api/queues').set(as(organizer)).expect(200);
    const schedule = (queues.body.queues as { name: string; isPaused: boolean }[]).find(
      (q) => q.name === 'campaign-schedule',
    );
    expect(schedule?.isPaused).toBe(false);
    expect(await auditRows()).toEqual(before);
  });

  it('audits every action on the queue dashboard when it is writable: who, which queue or job, what', async () => {
    const writable = await startTestApi({ QUEUE_DASHBOARD_WRITABLE: 'true' });
    try {
      const queue = '/admin/queues/api/queues/campaign-schedule';
      await writable.http.put(`${queue}/pause`).set(as(organizer)).expect(200);
      const paused = await writable.http.get('/admin/queues/api/queues').set(as(organizer)).expect(200);
      expect(
        (paused.body.queues as { name: string; isPaused: boolean }[]).find(
          (q) => q.name === 'campaign-schedule',
        )?.isPaused,
      ).toBe(true);
      await writable.http.put(`${queue}/resume`).set(as(organizer)).expect(200);
      await writable.http.put(`${queue}/no-such-job/retry`).set(as(organizer));
      const enterprise = await registeredEnterpriseUser(writable.http);
      await writable.http.put(`${queue}/pause`).set(as(enterprise.token)).expect(403);

      const rows: {
        actor_id: string;
        actor_role: string;
        action: string;
        entity_id: string;
        after: object;
      }[] = await writable.dataSource.query(
        `SELECT actor_id, actor_role, action, entity_id, after FROM audit_log
           WHERE entity_type = 'queue' ORDER BY id`,
      );
      const organizerId = (await writable.http.get('/auth/me').set(as(organizer)).expect(200)).body.id;
      expect(rows).toEqual([
        {
          actor_id: organizerId,
          actor_role: 'organizer',
          action: 'queue-dashboard.pause',
          entity_id: 'campaign-schedule',
          after: expect.objectContaining({ method: 'PUT', queue: 'campaign-schedule' }),
        },
        expect.objectContaining({ action: 'queue-dashboard.resume', entity_id: 'campaign-schedule' }),
        expect.objectContaining({
          action: 'queue-dashboard.job.retry',
          entity_id: 'campaign-schedule',
          after: expect.objectContaining({ job: 'no-such-job' }),
        }),
      ]);
    } finally {
      await writable.close();
    }
  });

  it('shows the dashboard in a real browser once the organizer opened a session, under its own CSP', async () => {
    const base = await listenLocally(api);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const notFound: string[] = [];
      page.on('response', (r) => r.status() === 404 && notFound.push(r.url()));
      expect((await page.goto(`${base}/admin/queues`))?.status()).toBe(401);
      errors.length = 0;
      const opened = await page.request.post(`${base}/admin/session`, {
        headers: { authorization: `Bearer ${organizer}` },
      });
      expect(opened.status()).toBe(204);
      expect((await page.goto(`${base}/admin/queues`))?.status()).toBe(200);
      await page.getByText('rankings', { exact: true }).first().waitFor({ timeout: 15_000 });
      expect(await page.getByText('judging-schedule', { exact: true }).count()).toBeGreaterThan(0);
      // bull-board's page links a Google font, which the CSP blocks (no request leaves for another host), and
      // the browser asks for /favicon.ico, which does not exist; nothing else may fail.
      expect(notFound).toEqual([]);
      expect(errors.filter((e) => !e.includes('fonts.googleapis.com') && !e.includes('404'))).toEqual([]);
      expect(errors.some((e) => e.includes('violates the following Content Security Policy'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
