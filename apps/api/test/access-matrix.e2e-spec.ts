import type { Role } from '@app/common';
import { ACCESS, createdStaffUser, organizerToken, registeredEnterpriseUser, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

describe('Access control on every route', () => {
  let api: TestApi;
  let tokens: Record<Role, string>;
  let operations: string[];

  beforeAll(async () => {
    api = await startFreshTestApi();
    const organizer = await organizerToken(api.http);
    tokens = {
      organizer,
      judge: (await createdStaffUser(api.http, organizer, 'judge')).token,
      enterprise: (await registeredEnterpriseUser(api.http)).token,
    };
    const doc = (await api.http.get('/docs-json').expect(200)).body as { paths: Record<string, object> };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(() => api.close());

  it('lists every route of the OpenAPI document, and no route that does not exist', () => {
    expect(operations.sort()).toEqual(Object.keys(ACCESS).sort());
  });

  const call = (operation: string, token?: string) => {
    const [method, path] = operation.split(' ');
    const req = api.http[method.toLowerCase() as 'get'](path.replace(/\{\w+\}/g, SAMPLE_ID));
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  it.each(Object.entries(ACCESS).filter(([, a]) => a !== 'public'))(
    '%s: 401 without a token',
    async (operation) => {
      const res = await call(operation);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'UNAUTHORIZED' });
    },
  );

  it.each(Object.entries(ACCESS).filter(([, a]) => a !== 'public'))(
    '%s: 403 for every other role, never 401 or 403 for the allowed ones',
    async (operation, access) => {
      for (const role of ['organizer', 'enterprise', 'judge'] as Role[]) {
        const res = await call(operation, tokens[role]);
        if ((access as Role[]).includes(role)) {
          expect([401, 403]).not.toContain(res.status);
        } else {
          expect(res.status).toBe(403);
          expect(res.body.error).toBe('Forbidden');
        }
      }
    },
  );

  it.each(Object.entries(ACCESS).filter(([, a]) => a === 'public'))(
    '%s: open without a token',
    async (operation) => {
      const res = await call(operation);
      expect([401, 403]).not.toContain(res.status);
    },
  );
});
