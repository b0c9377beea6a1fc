import { ApplicationConfig } from '@nestjs/core';
import { organizerToken, registeredEnterpriseUser, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

const expectErrorShape = (body: Record<string, unknown>, status: number, code?: string) => {
  expect(body).toMatchObject({
    statusCode: status,
    error: expect.any(String),
    code: code ?? expect.stringMatching(/^[A-Z][A-Z0-9_]+$/),
    message: expect.any(String),
  });
  expect(body.requestId).toEqual(expect.any(String));
  expect(
    Object.keys(body).every((k) =>
      ['statusCode', 'error', 'code', 'message', 'details', 'requestId'].includes(k),
    ),
  ).toBe(true);
};

describe('The error contract', () => {
  let api: TestApi;
  let organizer: string;
  beforeAll(async () => {
    api = await startFreshTestApi({ BODY_LIMIT_BYTES: '4096' });
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  it('names each bad field in a validation error, once per field', async () => {
    const res = await api.http
      .post('/users')
      .set('authorization', `Bearer ${organizer}`)
      .send({ email: 'not-an-email', password: 'short', displayName: '', role: 'superuser', colour: 'blue' })
      .expect(400);
    expectErrorShape(res.body, 400, 'VALIDATION_FAILED');
    const fields = (res.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['colour', 'displayName', 'email', 'password', 'role']);
    expect(res.body.details).toContainEqual({ field: 'email', message: 'email must be an email address' });
  });

  it('validates query strings too', async () => {
    const res = await api.http
      .get('/users?page=0&pageSize=5000&role=admin')
      .set('authorization', `Bearer ${organizer}`)
      .expect(400);
    expect((res.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'page',
      'pageSize',
      'role',
    ]);
  });

  it('answers a path parameter that is not a UUID with 400 naming it', async () => {
    const res = await api.http.get('/users/42').set('authorization', `Bearer ${organizer}`).expect(400);
    expectErrorShape(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('answers an unknown id with 404', async () => {
    const res = await api.http
      .get('/users/00000000-0000-4000-8000-000000000000')
      .set('authorization', `Bearer ${organizer}`)
      .expect(404);
    expectErrorShape(res.body, 404, 'USER_NOT_FOUND');
  });

  it('sends the stable code of a refused domain rule', async () => {
    const res = await api.http
      .post('/auth/login')
      .send({ email: 'nobody@example.org', password: 'not-the-password-1' })
      .expect(401);
    expectErrorShape(res.body, 401, 'INVALID_CREDENTIALS');
  });

  it('gives authentication and role refusals their codes', async () => {
    const anonymous = await api.http.get('/users').expect(401);
    expectErrorShape(anonymous.body, 401, 'UNAUTHORIZED');
    const enterprise = await registeredEnterpriseUser(api.http);
    const refused = await api.http
      .get('/users')
      .set('authorization', `Bearer ${enterprise.token}`)
      .expect(403);
    expectErrorShape(refused.body, 403, 'FORBIDDEN');
  });

  it('documents the code in the OpenAPI error schema, with examples', async () => {
    const doc = (await api.http.get('/docs-json').expect(200)).body as {
      components: { schemas: Record<string, { required?: string[]; properties: Record<string, object> }> };
    };
    const schema = doc.components.schemas.ErrorResponseDto;
    expect(schema.required).toContain('code');
    expect(schema.properties.code).toMatchObject({
      type: 'string',
      example: 'VALIDATION_FAILED',
      description: expect.stringContaining('RATE_LIMITED'),
    });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await api.http
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": "a@b.c", "password": ')
      .expect(400);
    expectErrorShape(res.body, 400, 'BAD_REQUEST');
    expect(res.body.message).toMatch(/JSON/);
  });

  it('answers a body of the wrong media type with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await api.http
        .post('/auth/login')
        .set('content-type', type)
        .send('email=a@b.c')
        .expect(415);
      expectErrorShape(res.body, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await api.http
      .post('/auth/register')
      .send({ email: 'a@b.c', password: 'x'.repeat(10_000), displayName: 'big' })
      .expect(413);
    expectErrorShape(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown route with 404 in the same shape', async () => {
    const res = await api.http.get('/no/such/route').expect(404);
    expectErrorShape(res.body, 404, 'NOT_FOUND');
  });

  it('returns the request id as a header, reusing a well-formed one the client sent', async () => {
    const mine = await api.http.get('/no/such/route').set('x-request-id', 'client-trace-0001').expect(404);
    expect(mine.headers['x-request-id']).toBe('client-trace-0001');
    expect(mine.body.requestId).toBe('client-trace-0001');
    const junk = await api.http.get('/health/live').set('x-request-id', 'bad id with spaces').expect(200);
    expect(junk.headers['x-request-id']).not.toBe('bad id with spaces');
    expect(junk.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the security headers on every response', async () => {
    const res = await api.http.get('/health/live').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('sends them on an answer refused before its body is read, and on an unknown address', async () => {
    const refused = await api.http.post('/campaigns').send({}).expect(401);
    expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    const unknown = await api.http.get('/no-such-address').expect(404);
    expect(unknown.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends them on a body refused by its size or its nesting', async () => {
    const tooBig = await api.http
      .post('/auth/register')
      .send({ email: 'a@b.c', password: 'x'.repeat(10_000), displayName: 'big' })
      .expect(413);
    const tooDeep = await api.http
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send(`{"email":${'['.repeat(200)}${']'.repeat(200)}}`)
      .expect(400);
    for (const res of [tooBig, tooDeep]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('runs no global guard or interceptor of the CLS module: no request opens a context', () => {
    // Each global interceptor, even one that does nothing, costs every request Nest's interceptor chain.
    const config = api.app.get(ApplicationConfig);
    expect(config.getGlobalInterceptors()).toHaveLength(0);
    expect(config.getGlobalRequestInterceptors()).toHaveLength(0);
    const guards = config.getGlobalRequestGuards().map((g) => g.metatype?.name);
    expect(guards.some((name) => /cls/i.test(name ?? ''))).toBe(false);
  });

  it('writes nothing when a request is refused', async () => {
    const before = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM audit_log) AS audit`,
    );
    await api.http
      .post('/users')
      .set('authorization', `Bearer ${organizer}`)
      .send({ email: 'x@y.z', password: 'short', displayName: 'x', role: 'judge' })
      .expect(400);
    const after = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM audit_log) AS audit`,
    );
    expect(after).toEqual(before);
  });
});

describe('CORS', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startFreshTestApi({ CORS_ORIGINS: 'https://awards.example.org' });
  });
  afterAll(() => api.close());

  it('allows the configured origin and no other', async () => {
    const ok = await api.http.get('/health/live').set('origin', 'https://awards.example.org').expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://awards.example.org');
    const other = await api.http.get('/health/live').set('origin', 'https://evil.example.com').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
