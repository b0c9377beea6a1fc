import { JwtService } from '@nestjs/jwt';
import {
  ACCESS,
  buildEnterprise,
  organizerToken,
  registeredEnterpriseUser,
  surveyCampaign,
  TEST_ENV,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startTestApi } from '../test-apps';

const INJECTIONS = [
  "'; DROP TABLE users; --",
  '" OR "1"="1',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '${process.env.JWT_SECRET}',
  '../../../../etc/passwd',
  '\u0000\u202e',
  '__proto__',
  '𝕿𝖊𝖘𝖙 測試 '.repeat(200),
];
const STACK_TRACE = /\bat [^\n]*\.(ts|js):\d+|node_modules/;
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

interface BodyOperation {
  method: string;
  path: string;
  fields: string[];
}

describe('Hostile input: injection, oversized and nested bodies, wrong media types, forged tokens', () => {
  let api: TestApi;
  let organizer: string;
  let operations: BodyOperation[];
  let campaignId: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    campaignId = (await surveyCampaign(api, organizer, { industries: ['telecom'] })).id;
    const doc = (await api.http.get('/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
      >;
      components: { schemas: Record<string, { properties?: Record<string, { type?: string }> }> };
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) => {
        const ref = op.requestBody?.content['application/json']?.schema.$ref;
        if (!ref) return [];
        const props = doc.components.schemas[ref.split('/').pop() as string]?.properties ?? {};
        return [{ method: method.toUpperCase(), path, fields: Object.keys(props) }];
      }),
    );
  });
  afterAll(() => api.close());

  const pathOf = (o: BodyOperation) =>
    o.path.replace('{campaignId}', campaignId).replace(/\{\w+\}/g, SAMPLE_ID);

  it('takes injection strings in every field of every body as plain data: never a 5xx, a trace or a broken table', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      for (const attack of INJECTIONS) {
        const body = Object.fromEntries(op.fields.map((f) => [f, attack]));
        const res = await api.http[op.method.toLowerCase() as 'post'](pathOf(op))
          .set('authorization', `Bearer ${organizer}`)
          .send(body);
        if (res.status >= 500 || STACK_TRACE.test(res.text))
          wrong.push(`${op.method} ${op.path} ${JSON.stringify(attack).slice(0, 30)} -> ${res.status}`);
      }
    }
    expect(operations.length).toBeGreaterThanOrEqual(40);
    expect(wrong).toEqual([]);
    // The database is whole, and the organizer's account works as before.
    expect(Number((await api.dataSource.query(`SELECT count(*) AS n FROM users`))[0].n)).toBeGreaterThan(0);
    await api.http.get('/auth/me').set('authorization', `Bearer ${organizer}`).expect(200);
  });

  it('stores an injection string verbatim where text is allowed', async () => {
    const owner = await registeredEnterpriseUser(api.http);
    const name = `<script>alert(1)</script> '; DROP TABLE enterprises; -- Co., Ltd.`;
    const created = await api.http
      .post('/enterprises')
      .set('authorization', `Bearer ${owner.token}`)
      .send(buildEnterprise({ legalName: name }))
      .expect(201);
    const read = await api.http
      .get(`/enterprises/${created.body.id}`)
      .set('authorization', `Bearer ${owner.token}`)
      .expect(200);
    expect(read.body.legalName).toBe(name);
  });

  it('answers deeply nested, oversized and wrongly typed bodies with a 4xx on every body route', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const wideArray = JSON.stringify({ responses: Array.from({ length: 200_000 }, () => ({ a: 1 })) });
    const wrong: string[] = [];
    for (const op of operations) {
      const send = (type: string, payload: string) =>
        api.http[op.method.toLowerCase() as 'post'](pathOf(op))
          .set('authorization', `Bearer ${organizer}`)
          .set('content-type', type)
          .send(payload);
      for (const [label, res] of [
        ['nested', await send('application/json', deep)],
        ['xml', await send('application/xml', '<a>1</a>')],
        ['form', await send('application/x-www-form-urlencoded', 'a=1&b=2')],
        [
          'multipart',
          await send(
            'multipart/form-data; boundary=x',
            '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
          ),
        ],
      ] as const) {
        if (res.status < 400 || res.status >= 500)
          wrong.push(`${op.method} ${op.path} ${label} -> ${res.status}`);
      }
    }
    const huge = await api.http
      .post(`/campaigns/${campaignId}/response-batches`)
      .set('authorization', `Bearer ${organizer}`)
      .set('content-type', 'application/json')
      .send(wideArray);
    expect([400, 413]).toContain(huge.status);
    expect(wrong).toEqual([]);
  });

  it('refuses a JSON body that is not UTF-8, and stores nothing of it', async () => {
    // Saved as Latin-1, as an old system might: "é" is the one byte 0xe9, which UTF-8 cannot read.
    const body = Buffer.from(
      JSON.stringify({ responses: [{ respondentKey: 'café-latin1', answers: {} }] }),
      'latin1',
    );
    const res = await api.http
      .post(`/campaigns/${campaignId}/response-batches`)
      .set('authorization', `Bearer ${organizer}`)
      .set('content-type', 'application/json')
      // The bytes as they are: superagent would send a Buffer as a JSON object of its bytes.
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(body as unknown as string);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('UTF-8');
    const stored: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM survey_responses WHERE respondent_key LIKE 'caf%latin1'`,
    );
    expect(stored[0].n).toBe(0);
  });

  it('refuses forged, unsigned and expired tokens on every protected route', async () => {
    const jwt = new JwtService();
    const userId = (await api.dataSource.query(`SELECT id FROM users WHERE role = 'organizer' LIMIT 1`))[0]
      .id as string;
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const valid = jwt.sign(
      { sub: userId, role: 'organizer' },
      { secret: TEST_ENV.JWT_SECRET, issuer: 'care-awards', expiresIn: 600 },
    );
    const [header, payload] = valid.split('.');
    const bad = {
      'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      'other secret': jwt.sign(
        { sub: userId, role: 'organizer' },
        { secret: 'y'.repeat(48), issuer: 'care-awards' },
      ),
      expired: jwt.sign(
        { sub: userId, role: 'organizer', exp: Math.floor(Date.now() / 1000) - 5 },
        { secret: TEST_ENV.JWT_SECRET, issuer: 'care-awards' },
      ),
      'payload swapped': `${header}.${b64({ sub: SAMPLE_ID, role: 'organizer', iss: 'care-awards' })}.${valid.split('.')[2]}`,
      'other issuer': jwt.sign(
        { sub: userId, role: 'organizer' },
        { secret: TEST_ENV.JWT_SECRET, issuer: 'someone-else', expiresIn: 600 },
      ),
    };
    const wrong: string[] = [];
    for (const [operation, access] of Object.entries(ACCESS)) {
      if (access === 'public') continue;
      const [method, path] = operation.split(' ');
      for (const [label, token] of Object.entries(bad)) {
        const res = await api.http[method.toLowerCase() as 'get'](path.replace(/\{\w+\}/g, SAMPLE_ID)).set(
          'authorization',
          `Bearer ${token}`,
        );
        if (res.status !== 401) wrong.push(`${operation} ${label} -> ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('limits ingestion per survey-partner key, and says when to retry', async () => {
    const limited = await startTestApi({ INGEST_RATE_LIMIT: '3' });
    try {
      const issue = async () =>
        (
          await limited.http
            .post(`/campaigns/${campaignId}/partner-keys`)
            .set('authorization', `Bearer ${organizer}`)
            .send({ label: 'Rate-limited partner' })
            .expect(201)
        ).body.secret as string;
      const [first, second] = [await issue(), await issue()];
      const send = (key: string, n: number) =>
        limited.http
          .post(`/campaigns/${campaignId}/responses`)
          .set('x-api-key', key)
          .send({ respondentKey: `rl-${n}` });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await send(first, i)).status);
      // Past the limit, 429 with Retry-After, whatever the body; the other partner keeps its own allowance.
      expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
      const over = await send(first, 9);
      expect(over.status).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect((await send(second, 10)).status).not.toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('limits login attempts per client, and says when to retry', async () => {
    const limited = await startTestApi({ AUTH_RATE_LIMIT: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (
            await limited.http
              .post('/auth/login')
              .send({ email: 'nobody@example.org', password: 'wrong-password-123' })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
