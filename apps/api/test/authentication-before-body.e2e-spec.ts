import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import {
  ACCESS,
  buildCampaign,
  initCollectingRoutes,
  organizerToken,
  registeredEnterpriseUser,
  resetTestDatabase,
  ServedRoute,
} from '@app/testing';
import { createApiApp } from '../src/create-api-app';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
const BODY_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Not JSON: a route that parsed it before checking the caller would answer 400, not 401. */
const BROKEN_JSON = '{"responses": [';

/**
 * Credentials are checked before the body is read (Fastify's onRequest phase), on every route of Nest's
 * router: an anonymous caller cannot make the API buffer or parse anything.
 */
describe('Authentication before the request body', () => {
  let app: NestFastifyApplication;
  let http: TestAgent;
  let routes: ServedRoute[] = [];

  beforeAll(async () => {
    await resetTestDatabase();
    app = await createApiApp();
    routes = await initCollectingRoutes(app);
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const documented = (url: string) => url.replace(/:(\w+)/g, '{$1}');
  const protectedBodyRoutes = () =>
    routes.filter((r) => {
      const rule = ACCESS[`${r.method} ${documented(r.url)}`];
      return BODY_METHODS.includes(r.method) && rule !== undefined && rule !== 'public';
    });

  it('answers 401 to an anonymous body it never parsed, on every protected route that takes a body', async () => {
    expect(protectedBodyRoutes().length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const r of protectedBodyRoutes()) {
      const path = r.url.replace(/:\w+/g, SAMPLE_ID);
      const res = await http[r.method.toLowerCase() as 'post'](path)
        .set('content-type', 'application/json')
        .send(BROKEN_JSON);
      if (res.status !== 401) wrong.push(`${r.method} ${r.url} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers a bad partner key or a bad token before the body too, in the error filter’s shape', async () => {
    const path = `/campaigns/${SAMPLE_ID}/response-batches`;
    const badKey = await http
      .post(path)
      .set('x-api-key', 'cak_not-a-key-anyone-issued')
      .set('content-type', 'application/json')
      .send(BROKEN_JSON)
      .expect(401);
    expect(badKey.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'UNAUTHORIZED',
      message: 'The survey-partner key is invalid or revoked',
      requestId: badKey.headers['x-request-id'],
    });
    const badToken = await http
      .post(path)
      .set('authorization', 'Bearer not.a.token')
      .set('x-request-id', 'trace-0123456789')
      .set('content-type', 'application/json')
      .send(BROKEN_JSON)
      .expect(401);
    expect(badToken.headers['x-request-id']).toBe('trace-0123456789');
    expect(badToken.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'UNAUTHORIZED',
      message: 'The bearer token is invalid or expired',
      requestId: 'trace-0123456789',
    });
    // helmet's headers are on the early answer as on every other.
    expect(badToken.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves public routes public, bodies and all', async () => {
    await http.get('/health/live').expect(200);
    const login = await http
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send(BROKEN_JSON)
      .expect(400);
    expect(login.body.statusCode).toBe(400);
  });

  describe("roles and the partner key's campaign, also before the body", () => {
    let organizer: string;
    let ours: { campaignId: string; key: string };
    let theirs: { campaignId: string; key: string };
    const batch = (campaignId: string) =>
      http.post(`/campaigns/${campaignId}/response-batches`).set('content-type', 'application/json');
    const forbidden = (message: string, requestId: string) => ({
      statusCode: 403,
      error: 'Forbidden',
      code: 'FORBIDDEN',
      message,
      requestId,
    });

    beforeAll(async () => {
      organizer = await organizerToken(http);
      const campaignWithKey = async () => {
        const created = await http
          .post('/campaigns')
          .set('authorization', `Bearer ${organizer}`)
          .send(buildCampaign())
          .expect(201);
        const campaignId = created.body.id as string;
        const issued = await http
          .post(`/campaigns/${campaignId}/partner-keys`)
          .set('authorization', `Bearer ${organizer}`)
          .send({ label: 'Early-refusal partner' })
          .expect(201);
        return { campaignId, key: issued.body.secret as string };
      };
      ours = await campaignWithKey();
      theirs = await campaignWithKey();
    });

    it('refuses a self-registered enterprise account with 403 before parsing its body', async () => {
      const { token } = await registeredEnterpriseUser(http);
      const res = await batch(ours.campaignId).set('authorization', `Bearer ${token}`).send(BROKEN_JSON);
      // 403, not 400: the broken JSON was never parsed.
      expect(res.status).toBe(403);
      expect(res.body).toEqual(
        forbidden('This route is for organizer accounts', res.headers['x-request-id']),
      );
      // Any other route refuses the wrong role before its body too.
      const other = await http
        .post('/campaigns')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(BROKEN_JSON);
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('FORBIDDEN');
    });

    it('refuses a partner key of another campaign with 403 before parsing its body', async () => {
      const res = await batch(ours.campaignId).set('x-api-key', theirs.key).send(BROKEN_JSON);
      expect(res.status).toBe(403);
      expect(res.body).toEqual(
        forbidden('This survey-partner key is for another campaign', res.headers['x-request-id']),
      );
    });

    it("lets an organizer and the campaign's own key through to the body parser", async () => {
      const byOrganizer = await batch(ours.campaignId)
        .set('authorization', `Bearer ${organizer}`)
        .send(BROKEN_JSON);
      expect(byOrganizer.status).toBe(400);
      const byKey = await batch(ours.campaignId).set('x-api-key', ours.key).send(BROKEN_JSON);
      expect(byKey.status).toBe(400);
      const theirOwn = await batch(theirs.campaignId).set('x-api-key', theirs.key).send(BROKEN_JSON);
      expect(theirOwn.status).toBe(400);
    });
  });
});
