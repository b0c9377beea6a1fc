import { request } from 'node:http';
import { largeBodyAdmission } from '../src/http/large-body';
import {
  as,
  eventually,
  listenLocally,
  organizerToken,
  response,
  SurveyCampaign,
  surveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startTestApi } from './test-apps';

const MIB = 1024 * 1024;

/** What one request may make the API hold or scan: bounded, and refused with a 4xx naming what is too large. */
describe('Survey ingestion limits', () => {
  let api: TestApi;
  let organizer: string;
  let c: SurveyCampaign;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom'] });
  });
  afterAll(() => api.close());

  it('refuses a 16 MiB NDJSON line without a newline with a 400 naming the line, and stays live meanwhile', async () => {
    const good = JSON.stringify(response(c.enterprises[0].id, 'nd-long-0', 8));
    const runaway = `${good}\n{"respondentKey":"${'x'.repeat(16 * MIB)}`;
    const upload = api.http
      .post(`/campaigns/${c.id}/imports`)
      .set(as(organizer))
      .set('content-type', 'application/x-ndjson')
      .send(runaway)
      .then((res) => res);
    const health = await Promise.all([1, 2, 3].map(() => api.http.get('/health/live')));
    expect(health.map((h) => h.status)).toEqual([200, 200, 200]);
    const refused = await upload;
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/line 2 is longer than 1,000,000 characters/);
    expect(refused.body.details).toEqual([
      { field: 'line 2', message: 'record longer than 1,000,000 characters' },
    ]);
    // Nothing of the refused file was stored; the next file goes through.
    const next = await api.http
      .post(`/campaigns/${c.id}/imports`)
      .set(as(organizer))
      .set('content-type', 'application/x-ndjson')
      .send(good)
      .expect(201);
    expect(next.body.counts).toMatchObject({ received: 1, accepted: 1 });
  });

  it('takes 10,000 responses in one batch within the byte limit, and refuses larger or emptier-shaped bodies', async () => {
    const [a] = c.enterprises;
    const rows = Array.from({ length: 10_000 }, (_, i) => response(a.id, `cap-${i}`, 1 + (i % 10)));
    const body = JSON.stringify({ responses: rows });
    expect(Buffer.byteLength(body)).toBeLessThan(4 * MIB);
    const stored = await api.http
      .post(`/campaigns/${c.id}/response-batches`)
      .set(as(organizer))
      .send(body)
      .set('content-type', 'application/json')
      .expect(201);
    expect(stored.body.counts).toMatchObject({ received: 10_000, accepted: 10_000 });

    const tooMany = await api.http
      .post(`/campaigns/${c.id}/response-batches`)
      .set(as(organizer))
      .send({ responses: [...rows, response(a.id, 'cap-10000', 5)] })
      .expect(400);
    expect(tooMany.body.details).toEqual([{ field: 'responses', message: expect.stringContaining('10000') }]);

    const over = await api.http
      .post(`/campaigns/${c.id}/response-batches`)
      .set(as(organizer))
      .set('content-type', 'application/json')
      .send(`{"responses":[${'{},'.repeat((4 * MIB) / 3)}{}]}`)
      .expect(413);
    expect(over.body.details).toEqual([{ field: 'body', message: expect.stringContaining('4194304 bytes') }]);

    // Under the byte limit, but more objects than 10,000 responses hold: refused before it is parsed.
    const empties = await api.http
      .post(`/campaigns/${c.id}/response-batches`)
      .set(as(organizer))
      .set('content-type', 'application/json')
      .send(`{"responses":[${'{},'.repeat(100_000)}{}]}`)
      .expect(400);
    expect(empties.body.details).toEqual([
      { field: 'responses', message: expect.stringMatching(/holds 100003 JSON objects and arrays/) },
    ]);
  });

  it('refuses any other JSON body of more than 10,000 objects and arrays before parsing it', async () => {
    const res = await api.http
      .post('/campaigns')
      .set(as(organizer))
      .set('content-type', 'application/json')
      .send(`{"name":"x","categories":[${'[],'.repeat(20_000)}[]]}`)
      .expect(400);
    expect(res.body.details).toEqual([
      { field: '(body)', message: 'holds 20003 JSON objects and arrays; at most 10000 are accepted' },
    ]);
  });

  it('cuts off a batch sent without Content-Length as soon as it passes the limit, with the same 413', async () => {
    const base = new URL(await listenLocally(api));
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: base.hostname,
          port: base.port,
          method: 'POST',
          path: `/campaigns/${c.id}/response-batches`,
          headers: { ...as(organizer), 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"responses":[');
      for (let i = 0; i < 1500; i++) req.write('{},'.repeat(1000));
      req.end('{}]}');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).details).toEqual([
      { field: 'body', message: expect.stringContaining('4194304 bytes') },
    ]);
  });

  it('answers 408 to a batch body that trickles past BATCH_BODY_TIMEOUT_MS, and admits the next batch', async () => {
    const bounded = await startTestApi({ BATCH_BODY_TIMEOUT_MS: '1500' });
    try {
      const admission = largeBodyAdmission(bounded.app);
      const base = new URL(await listenLocally(bounded));
      const key = (
        await bounded.http
          .post(`/campaigns/${c.id}/partner-keys`)
          .set(as(organizer))
          .send({ label: 'Partner behind a trickler' })
          .expect(201)
      ).body.secret as string;
      // Declares the whole limit, sends a few bytes, then stalls: it holds all the admission capacity.
      const trickler = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: base.hostname,
            port: base.port,
            method: 'POST',
            path: `/campaigns/${c.id}/response-batches`,
            headers: { ...as(organizer), 'content-type': 'application/json', 'content-length': 4 * MIB },
          },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.write('{"responses":[');
      });
      await eventually(
        () => Promise.resolve(admission.inUse === 4 * MIB ? true : undefined),
        10_000,
        'admission',
      );
      const partner = bounded.http
        .post(`/campaigns/${c.id}/response-batches`)
        .set('x-api-key', key)
        .send({ responses: [response(c.enterprises[0].id, 'after-trickle', 7)] })
        .then((res) => res);
      await eventually(() => Promise.resolve(admission.queued === 1 ? true : undefined), 10_000, 'queued');

      const stalled = await trickler;
      expect(stalled.status).toBe(408);
      expect(JSON.parse(stalled.body)).toMatchObject({
        statusCode: 408,
        code: 'REQUEST_TIMEOUT',
        message: expect.stringContaining('BATCH_BODY_TIMEOUT_MS'),
      });
      const admitted = await partner;
      expect(admitted.status).toBe(201);
      expect(admitted.body.counts).toMatchObject({ received: 1, accepted: 1 });
      await eventually(() => Promise.resolve(admission.inUse === 0 ? true : undefined), 10_000, 'release');
    } finally {
      await bounded.close();
    }
  });
});
