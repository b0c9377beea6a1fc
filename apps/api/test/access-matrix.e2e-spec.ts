import type { Role } from '@app/common';
import {
  createdStaffUser,
  organizerToken,
  registeredEnterpriseUser,
  startFreshTestApi,
  TestApi,
} from './support/test-api';

type Access = 'public' | Role[];

/**
 * Who may call what. Written out by hand on purpose: the test fails when a route is added to the API
 * without being added here, so every new route's access rule is a deliberate, reviewed decision.
 */
const ACCESS: Record<string, Access> = {
  'GET /': 'public',
  'POST /auth/register': 'public',
  'POST /auth/login': 'public',
  'GET /auth/me': ['organizer', 'enterprise', 'judge'],
  'POST /users': ['organizer'],
  'GET /users': ['organizer'],
  'GET /users/{id}': ['organizer'],
  'PATCH /users/{id}/status': ['organizer'],
  'GET /audit-log': ['organizer'],
  'POST /enterprises': ['enterprise'],
  'GET /enterprises': ['organizer', 'enterprise'],
  'GET /enterprises/{id}': ['organizer', 'enterprise'],
  'PATCH /enterprises/{id}': ['enterprise'],
  'POST /enterprises/{id}/review': ['organizer'],
  'GET /enterprises/{id}/members': ['organizer', 'enterprise'],
  'POST /enterprises/{id}/members': ['enterprise'],
  'POST /campaigns': ['organizer'],
  'GET /campaigns': ['organizer', 'enterprise', 'judge'],
  'GET /campaigns/{id}': ['organizer', 'enterprise', 'judge'],
  'PATCH /campaigns/{id}': ['organizer'],
  'PUT /campaigns/{id}/categories': ['organizer'],
  'POST /campaigns/{id}/transitions': ['organizer'],
  'POST /campaigns/{id}/clone': ['organizer'],
  'POST /campaigns/{campaignId}/candidacies': ['enterprise'],
  'GET /campaigns/{campaignId}/candidacies': ['organizer', 'enterprise'],
  'GET /campaigns/{campaignId}/candidacies/export': ['organizer'],
  'POST /candidacies/{id}/decision': ['organizer'],
  'POST /candidacies/{id}/withdraw': ['enterprise'],
  'GET /methodology-versions': ['organizer'],
  'GET /methodology-versions/{version}': ['organizer'],
  'POST /methodology-versions': ['organizer'],
  // Survey routes also take a survey-partner key for the campaign (surveys.e2e-spec covers that).
  'GET /campaigns/{campaignId}/instrument': ['organizer'],
  'PUT /campaigns/{campaignId}/instrument': ['organizer'],
  'DELETE /campaigns/{campaignId}/instrument': ['organizer'],
  'POST /campaigns/{campaignId}/partner-keys': ['organizer'],
  'GET /campaigns/{campaignId}/partner-keys': ['organizer'],
  'POST /campaigns/{campaignId}/partner-keys/{keyId}/revoke': ['organizer'],
  'POST /campaigns/{campaignId}/responses': ['organizer'],
  'POST /campaigns/{campaignId}/response-batches': ['organizer'],
  'POST /campaigns/{campaignId}/imports': ['organizer'],
  'GET /campaigns/{campaignId}/imports': ['organizer'],
  'GET /campaigns/{campaignId}/imports/{importId}': ['organizer'],
  'GET /campaigns/{campaignId}/imports/{importId}/rejections.csv': ['organizer'],
  'GET /campaigns/{campaignId}/rankings': ['organizer'],
  'GET /campaigns/{campaignId}/rankings/{industryCode}': ['organizer'],
  'GET /campaigns/{campaignId}/rankings/{industryCode}/snapshots': ['organizer'],
  'GET /campaigns/{campaignId}/ranking-snapshots/{snapshotId}': ['organizer'],
  'GET /campaigns/{campaignId}/data-quality': ['organizer'],
  'POST /campaigns/{campaignId}/rankings/recompute': ['organizer'],
  'GET /campaigns/{campaignId}/enterprises/{enterpriseId}/standing': ['organizer', 'enterprise'],
  'GET /rubrics': ['organizer'],
  'POST /rubrics': ['organizer'],
  'GET /rubrics/{rubricId}': ['organizer'],
  'POST /rubrics/{rubricId}/versions': ['organizer'],
  'GET /rubrics/{rubricId}/versions/{version}': ['organizer'],
  'POST /rubrics/{rubricId}/versions/{version}/evaluate': ['organizer'],
  'GET /judges': ['organizer'],
  'GET /judges/{judgeId}': ['organizer'],
  'PUT /judges/{judgeId}/profile': ['organizer'],
  'GET /judges/{judgeId}/conflicts': ['organizer'],
  'POST /judges/{judgeId}/conflicts': ['organizer'],
  'POST /campaigns/{campaignId}/rounds': ['organizer'],
  'GET /campaigns/{campaignId}/rounds': ['organizer'],
  'GET /rounds/{roundId}': ['organizer'],
  'PATCH /rounds/{roundId}': ['organizer'],
  'POST /rounds/{roundId}/transitions': ['organizer'],
  // Judges of the round's panel only (others get 404); judging-rounds.e2e-spec covers that.
  'GET /rounds/{roundId}/entrants': ['organizer', 'judge'],
  'POST /rounds/{roundId}/entrants': ['organizer'],
  'POST /rounds/{roundId}/entrants/refresh': ['organizer'],
  'POST /rounds/{roundId}/entrants/{entrantId}/remove': ['organizer'],
  'GET /rounds/{roundId}/panel': ['organizer'],
  'PUT /rounds/{roundId}/panel': ['organizer'],
  'GET /rounds/{roundId}/conflicts': ['organizer'],
  'GET /rounds/{roundId}/assignments': ['organizer'],
  'POST /rounds/{roundId}/assignments': ['organizer'],
  'POST /rounds/{roundId}/assignments/automatic': ['organizer'],
  'POST /rounds/{roundId}/assignments/{assignmentId}/reassign': ['organizer'],
  'GET /rounds/{roundId}/progress': ['organizer'],
  'POST /rounds/{roundId}/reminders': ['organizer'],
  'GET /rounds/{roundId}/sheets/{sheetId}': ['organizer'],
  'POST /rounds/{roundId}/sheets/{sheetId}/reopen': ['organizer'],
  // The round's chair among judges (others 403/404).
  'PUT /rounds/{roundId}/chair-decision': ['organizer', 'judge'],
  'GET /rounds/{roundId}/results': ['organizer', 'judge'],
  'GET /judging/profile': ['judge'],
  'GET /judging/assignments': ['judge'],
  'GET /judging/assignments/{assignmentId}': ['judge'],
  'PUT /judging/assignments/{assignmentId}/sheet': ['judge'],
  'POST /judging/assignments/{assignmentId}/sheet/submit': ['judge'],
  'GET /judging/conflicts': ['judge'],
  'POST /judging/conflicts': ['judge'],
  'GET /enterprises/{enterpriseId}/self-assessments': ['organizer', 'enterprise'],
  'PUT /rounds/{roundId}/entrants/{entrantId}/self-assessment': ['enterprise'],
  'POST /rounds/{roundId}/entrants/{entrantId}/self-assessment/submit': ['enterprise'],
  'GET /campaigns/{campaignId}/enterprises/{enterpriseId}/feedback': ['organizer', 'enterprise'],
  'GET /notifications': ['organizer', 'enterprise', 'judge'],
  'GET /reference-data': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'POST /system/worker-check': ['organizer'],
  'GET /campaigns/{campaignId}/awards/proposals': ['organizer'],
  'GET /campaigns/{campaignId}/awards/categories/{categoryId}/decisions': ['organizer'],
  'POST /campaigns/{campaignId}/awards/categories/{categoryId}/decisions': ['organizer'],
  'POST /campaigns/{campaignId}/announcement': ['organizer'],
  'GET /campaigns/{campaignId}/awards/export': ['organizer'],
  'GET /public/campaigns': 'public',
  'GET /public/campaigns/{slug}': 'public',
  'GET /public/certificates/{code}': 'public',
  'GET /results/{slug}': 'public',
  'GET /certificates/{code}': 'public',
  'GET /metrics': 'public',
  'POST /admin/session': ['organizer'],
  'DELETE /admin/session': ['organizer'],
};

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
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
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
