import { as, response, surveyCampaign, SurveyCampaign } from './support/survey-fixture';
import { organizerToken, startFreshTestApi, TestApi } from './support/test-api';

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
});
