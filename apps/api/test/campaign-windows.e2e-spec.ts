import {
  announceNow,
  as,
  buildCampaign,
  organizerToken,
  response,
  TestApi,
  verifiedEnterprise,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** Now to the second, as a person (or `date -Iseconds`) writes it. */
/** The next whole second: windows opened to the second close strictly after they open. */
const secondsLater = () => new Promise((resolve) => setTimeout(resolve, 1000));
const nowToTheSecond = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();

describe('Manual transitions and the schedule', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const move = (id: string, to: string) =>
    api.http.post(`/campaigns/${id}/transitions`).set(as(organizer)).send({ to });
  const patchSchedule = (id: string, schedule: Record<string, string>) =>
    api.http.patch(`/campaigns/${id}`).set(as(organizer)).send({ schedule }).expect(200);
  const lastTransitionAudit = async (id: string) =>
    (
      await api.dataSource.query(
        `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'campaign.transitioned'
         ORDER BY occurred_at DESC, id DESC LIMIT 1`,
        [id],
      )
    )[0];
  const expectAboutNow = (iso: string, wholeSecond = true) => {
    const at = Date.parse(iso);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(at).toBeGreaterThan(Date.now() - 10_000);
    if (wholeSecond) expect(at % 1000).toBe(0);
  };

  it('opens each window now when an organizer enters its state early, and the work it allows is accepted', async () => {
    const schedule = {
      registrationOpensAt: inDays(1),
      registrationClosesAt: inDays(10),
      surveyOpensAt: inDays(11),
      surveyClosesAt: inDays(20),
      judgingStartsAt: inDays(21),
      judgingEndsAt: inDays(30),
      announcementAt: inDays(31),
    };
    const created = await api.http
      .post('/campaigns')
      .set(as(organizer))
      .send(buildCampaign({ schedule, rules: { minResponsesRanked: 10, minResponsesListed: 5 } }))
      .expect(201);
    const id = created.body.id as string;
    const categoryId = created.body.categories[0].id as string;

    const registration = (await move(id, 'registration').expect(200)).body;
    expectAboutNow(registration.schedule.registrationOpensAt);
    expect(registration.schedule.registrationClosesAt).toBe(schedule.registrationClosesAt);
    const audit = await lastTransitionAudit(id);
    expect(audit.before).toEqual({
      state: 'draft',
      schedule: { registrationOpensAt: schedule.registrationOpensAt },
    });
    expect(audit.after).toMatchObject({
      state: 'registration',
      how: 'manual',
      schedule: { registrationOpensAt: registration.schedule.registrationOpensAt },
    });

    // entries are accepted at once: the window the state promises is open
    const { owner, enterprise } = await verifiedEnterprise(api.http, organizer, 'telecom');
    const candidacy = await api.http
      .post(`/campaigns/${id}/candidacies`)
      .set(as(owner.token))
      .send({ categoryId, enterpriseId: enterprise.id })
      .expect(201);
    await api.http
      .post(`/candidacies/${candidacy.body.id}/decision`)
      .set(as(organizer))
      .send({ decision: 'approved' })
      .expect(200);

    // the survey would open before registration closes: refused, naming the date to change, nothing moved
    const refused = await move(id, 'survey').expect(409);
    expect(refused.body.code).toBe('SCHEDULE_BLOCKS_TRANSITION');
    expect(refused.body.message).toContain('schedule.registrationClosesAt');
    expect(refused.body.details).toEqual([
      { field: 'schedule.registrationClosesAt', message: expect.stringContaining('survey') },
    ]);
    const unchanged = (await api.http.get(`/campaigns/${id}`).set(as(organizer)).expect(200)).body;
    expect(unchanged).toMatchObject({
      state: 'registration',
      schedule: { surveyOpensAt: schedule.surveyOpensAt },
    });

    await secondsLater();
    await patchSchedule(id, { registrationClosesAt: nowToTheSecond() });
    const survey = (await move(id, 'survey').expect(200)).body;
    expectAboutNow(survey.schedule.surveyOpensAt);
    expect(survey.schedule.surveyClosesAt).toBe(schedule.surveyClosesAt);
    // a response answered now, written to the second, lies inside the window
    await secondsLater();
    await api.http
      .post(`/campaigns/${id}/responses`)
      .set(as(organizer))
      .send(response(enterprise.id, 'window-1', 8, undefined, { submittedAt: nowToTheSecond() }))
      .expect(201);

    expect((await move(id, 'judging').expect(409)).body.details[0].field).toBe('schedule.surveyClosesAt');
    await secondsLater();
    await patchSchedule(id, { surveyClosesAt: nowToTheSecond() });
    expectAboutNow((await move(id, 'judging').expect(200)).body.schedule.judgingStartsAt);
    const deciding = (await move(id, 'deciding').expect(200)).body;
    expect(Date.parse(deciding.schedule.judgingEndsAt)).toBeLessThanOrEqual(Date.now());
    expect(deciding.schedule.judgingEndsAt > deciding.schedule.judgingStartsAt).toBe(true);
    expect((await lastTransitionAudit(id)).before.schedule).toEqual({
      judgingEndsAt: schedule.judgingEndsAt,
    });

    await announceNow(api, organizer, id);
    const announced = (await api.http.get(`/campaigns/${id}`).set(as(organizer)).expect(200)).body;
    expect(announced.state).toBe('announced');
    // within the second judging ended (to the millisecond), the announcement keeps the milliseconds too
    expectAboutNow(announced.schedule.announcementAt, false);
    expect(announced.schedule.announcementAt >= announced.schedule.judgingEndsAt).toBe(true);
  });

  it('leaves a window that is already open, or has no date, as it is', async () => {
    const opened = inDays(-1);
    const created = await api.http
      .post('/campaigns')
      .set(as(organizer))
      .send(buildCampaign({ schedule: { registrationOpensAt: opened } }))
      .expect(201);
    const moved = (await move(created.body.id, 'registration').expect(200)).body;
    expect(moved.schedule.registrationOpensAt).toBe(opened);
    expect((await lastTransitionAudit(created.body.id)).before).toEqual({ state: 'draft' });
    const survey = (await move(created.body.id, 'survey').expect(200)).body;
    expect(survey.schedule.surveyOpensAt).toBeNull();
  });
});
