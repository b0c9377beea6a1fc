import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { transitionJobId } from '@app/campaigns';
import { QUEUES } from '@app/queue';
import {
  announceNow,
  buildCampaign,
  createdStaffUser,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { freePort } from '../../../tools/local-infra';
import { startFreshTestApi, startTestApi, startTestWorker } from './test-apps';

describe('Campaigns', () => {
  let api: TestApi;
  let organizer: string;
  const auth = () => ({ authorization: `Bearer ${organizer}` });

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const create = async (overrides: Record<string, unknown> = {}) =>
    (await api.http.post('/campaigns').set(auth()).send(buildCampaign(overrides)).expect(201)).body;
  const move = (id: string, to: string) =>
    api.http.post(`/campaigns/${id}/transitions`).set(auth()).send({ to });
  const get = (id: string) => api.http.get(`/campaigns/${id}`).set(auth()).expect(200);

  it('creates a draft with categories, industries, default rules, and audits it', async () => {
    const c = await create();
    expect(c).toMatchObject({
      state: 'draft',
      industryCodes: ['telecom', 'finance'],
      rules: {
        minResponsesRanked: 100,
        minResponsesListed: 30,
        methodologyVersion: 'csi-2026.1',
        jointWinnersOnTie: true,
      },
      methodologyFrozenAt: null,
    });
    expect(c.categories.map((k: { kind: string }) => k.kind)).toEqual(['survey-benchmark', 'panel']);
    const [row] = await api.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [c.id]);
    expect(row.action).toBe('campaign.created');
  });

  it('refuses a schedule out of order with 400 naming the offending fields', async () => {
    const res = await api.http
      .post('/campaigns')
      .set(auth())
      .send(
        buildCampaign({
          schedule: {
            registrationOpensAt: '2027-02-01T00:00:00Z',
            registrationClosesAt: '2027-01-01T00:00:00Z',
            surveyOpensAt: '2027-03-01T00:00:00Z',
            surveyClosesAt: '2027-03-01T00:00:00Z',
          },
        }),
      )
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
      'schedule.registrationClosesAt',
      'schedule.surveyClosesAt',
    ]);
  });

  it('validates categories, industries, time zone and rules, naming each field', async () => {
    const res = await api.http
      .post('/campaigns')
      .set(auth())
      .send(
        buildCampaign({
          timeZone: 'Mars/Olympus',
          industryCodes: ['telecom', 'mining'],
          rules: { minResponsesRanked: 10, minResponsesListed: 30 },
          categories: [
            {
              name: 'Mixed',
              kind: 'combined',
              perIndustry: true,
              maxWinners: 1,
              surveyWeight: 70,
              panelWeight: 20,
            },
          ],
        }),
      )
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'categories.0.surveyWeight',
      'industryCodes',
      'rules.minResponsesRanked',
      'timeZone',
    ]);
    const bad = await api.http
      .post('/campaigns')
      .set(auth())
      .send(buildCampaign({ categories: [{ name: '', kind: 'lottery', perIndustry: 'yes', maxWinners: 0 }] }))
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'categories.0.kind',
      'categories.0.maxWinners',
      'categories.0.name',
      'categories.0.perIndustry',
    ]);
  });

  it('checks a partial schedule change against the entries already stored', async () => {
    const c = await create({
      schedule: { registrationOpensAt: '2027-02-01T00:00:00Z', surveyOpensAt: '2027-03-01T00:00:00Z' },
    });
    const res = await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ schedule: { registrationClosesAt: '2027-01-15T00:00:00Z' } })
      .expect(400);
    expect(res.body.details).toEqual([
      {
        field: 'schedule.registrationClosesAt',
        message: 'registrationClosesAt must be after registrationOpensAt',
      },
    ]);
    const ok = await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ schedule: { registrationClosesAt: '2027-02-20T00:00:00Z' } })
      .expect(200);
    expect(ok.body.schedule).toMatchObject({
      registrationOpensAt: '2027-02-01T00:00:00.000Z',
      registrationClosesAt: '2027-02-20T00:00:00.000Z',
      surveyOpensAt: '2027-03-01T00:00:00.000Z',
    });
  });

  it('refuses a taken slug with 409', async () => {
    const c = await create();
    await api.http
      .post('/campaigns')
      .set(auth())
      .send(buildCampaign({ slug: c.slug }))
      .expect(409);
  });

  it('refuses each illegal transition with 409 and the reason', async () => {
    const c = await create({ categories: [], industryCodes: [] });
    const skip = await move(c.id, 'survey').expect(409);
    expect(skip.body.message).toMatch(/draft campaign can only move to registration/);
    const empty = await move(c.id, 'registration').expect(409);
    expect(empty.body.message).toMatch(/at least one award category.*at least one industry/);
    await move(c.id, 'bogus').expect(400);
  });

  it('walks the whole lifecycle, freezing the methodology when the survey opens', async () => {
    const c = await create();
    for (const to of ['registration', 'survey', 'judging', 'deciding', 'announced', 'archived']) {
      // Announcing publishes the confirmed winners: it has its own route, never a bare transition.
      if (to === 'announced') await announceNow(api, organizer, c.id);
      const res = to === 'announced' ? await get(c.id) : await move(c.id, to).expect(200);
      expect(res.body.state).toBe(to);
      if (to === 'survey') expect(res.body.methodologyFrozenAt).toEqual(expect.any(String));
    }
    await move(c.id, 'draft').expect(409);
    const audit = await api.dataSource.query(
      `SELECT after->>'state' AS state FROM audit_log WHERE entity_id = $1 AND action = 'campaign.transitioned' ORDER BY id`,
      [c.id],
    );
    expect(audit.map((r: { state: string }) => r.state)).toEqual([
      'registration',
      'survey',
      'judging',
      'deciding',
      'announced',
      'archived',
    ]);
  });

  it('refuses edits that the state forbids with 409, and allows the rest', async () => {
    const c = await create();
    await move(c.id, 'registration').expect(200);
    await api.http.put(`/campaigns/${c.id}/categories`).set(auth()).send({ categories: [] }).expect(409);
    await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ industryCodes: ['telecom'] })
      .expect(409);
    await api.http.patch(`/campaigns/${c.id}`).set(auth()).send({ slug: 'renamed-late' }).expect(409);
    await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ rules: { minResponsesRanked: 150 } })
      .expect(200);
    await api.http.patch(`/campaigns/${c.id}`).set(auth()).send({ descriptionEn: 'Updated' }).expect(200);
    await move(c.id, 'survey').expect(200);
    const rules = await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ rules: { methodologyVersion: 'csi-2027.1' } })
      .expect(409);
    expect(rules.body.message).toMatch(/rules cannot change once it is survey/);
    const after = await api.http.get(`/campaigns/${c.id}`).set(auth()).expect(200);
    expect(after.body.rules.minResponsesRanked).toBe(150);
  });

  it('replaces categories while in draft', async () => {
    const c = await create();
    const res = await api.http
      .put(`/campaigns/${c.id}/categories`)
      .set(auth())
      .send({
        categories: [
          {
            name: 'Blend',
            kind: 'combined',
            perIndustry: true,
            maxWinners: 1,
            surveyWeight: 70,
            panelWeight: 30,
            minPanelBand: 'certified',
          },
        ],
      })
      .expect(200);
    expect(res.body.categories).toEqual([
      expect.objectContaining({
        name: 'Blend',
        surveyWeight: 70,
        panelWeight: 30,
        minPanelBand: 'certified',
      }),
    ]);
  });

  it('clones next year: categories, industries, rules, the schedule a year later; state draft', async () => {
    // dates in the past: entering registration moves a future opening to now (campaign-windows.e2e-spec.ts)
    const c = await create({
      year: 2025,
      name: 'Customer Care Awards 2025',
      schedule: { registrationOpensAt: '2025-01-10T00:00:00Z', announcementAt: '2025-09-15T02:00:00Z' },
      rules: { minResponsesRanked: 120, minResponsesListed: 40 },
    });
    await move(c.id, 'registration').expect(200);
    const res = await api.http
      .post(`/campaigns/${c.id}/clone`)
      .set(auth())
      .send({ slug: `${c.slug}-next` })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'Customer Care Awards 2026',
      year: 2026,
      state: 'draft',
      clonedFrom: c.id,
      industryCodes: c.industryCodes,
      rules: { minResponsesRanked: 120, minResponsesListed: 40 },
      schedule: {
        registrationOpensAt: '2026-01-10T00:00:00.000Z',
        announcementAt: '2026-09-15T02:00:00.000Z',
        surveyOpensAt: null,
      },
    });
    expect(res.body.categories.map((k: { name: string }) => k.name)).toEqual(
      c.categories.map((k: { name: string }) => k.name),
    );
    expect(res.body.categories[0].id).not.toBe(c.categories[0].id);
  });

  it('shows enterprises and judges campaigns only from registration on', async () => {
    const draft = await create({ year: 2031 });
    const open = await create({ year: 2031 });
    await move(open.id, 'registration').expect(200);
    const enterprise = await registeredEnterpriseUser(api.http);
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    for (const token of [enterprise.token, judge.token]) {
      const list = await api.http
        .get('/campaigns?year=2031')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([open.id]);
      await api.http.get(`/campaigns/${draft.id}`).set('authorization', `Bearer ${token}`).expect(404);
      await api.http.get(`/campaigns/${open.id}`).set('authorization', `Bearer ${token}`).expect(200);
    }
    const all = await api.http.get('/campaigns?year=2031').set(auth()).expect(200);
    expect(all.body.total).toBe(2);
  });

  it('pages through campaigns in a stable order', async () => {
    for (let i = 0; i < 5; i++) await create({ year: 2040 });
    const all = await api.http.get('/campaigns?year=2040&pageSize=100').set(auth()).expect(200);
    const paged = [];
    for (let page = 1; page <= 3; page++) {
      const res = await api.http.get(`/campaigns?year=2040&pageSize=2&page=${page}`).set(auth()).expect(200);
      paged.push(...res.body.items.map((c: { id: string }) => c.id));
    }
    expect(paged).toEqual(all.body.items.map((c: { id: string }) => c.id));
    expect(new Set(paged).size).toBe(5);
  });

  describe('scheduled transitions', () => {
    let worker: INestApplicationContext;
    let queue: Queue;
    beforeAll(async () => {
      worker = await startTestWorker();
      queue = worker.get<Queue>(getQueueToken(QUEUES.campaignSchedule));
    });
    afterAll(() => worker.close());

    const waitForState = async (id: string, state: string, ms = 15_000) => {
      const deadline = Date.now() + ms;
      for (;;) {
        const res = await api.http.get(`/campaigns/${id}`).set(auth()).expect(200);
        if (res.body.state === state || Date.now() > deadline) return res.body.state as string;
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    it('moves the campaign when the scheduled time comes', async () => {
      const opensAt = new Date(Date.now() + 2000);
      const c = await create({ schedule: { registrationOpensAt: opensAt.toISOString() } });
      expect(await queue.getJob(transitionJobId(c.id, 'registration', opensAt))).toBeDefined();
      expect(await waitForState(c.id, 'registration')).toBe('registration');
      const [row] = await api.dataSource.query(
        `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'campaign.transitioned'`,
        [c.id],
      );
      expect(row.after).toEqual({ state: 'registration', how: 'scheduled' });
    });

    it('replaces the old job when the schedule changes, and the old time no longer moves anything', async () => {
      const later = new Date(Date.now() + 60 * 60_000);
      const c = await create({ schedule: { registrationOpensAt: later.toISOString() } });
      expect(await queue.getJob(transitionJobId(c.id, 'registration', later))).toBeDefined();
      const soon = new Date(Date.now() + 2000);
      await api.http
        .patch(`/campaigns/${c.id}`)
        .set(auth())
        .send({ schedule: { registrationOpensAt: soon.toISOString() } })
        .expect(200);
      expect(await queue.getJob(transitionJobId(c.id, 'registration', later))).toBeUndefined();
      expect(await waitForState(c.id, 'registration')).toBe('registration');
    });

    it('records a scheduled move whose preconditions fail, instead of forcing it', async () => {
      const opensAt = new Date(Date.now() + 1500);
      const c = await create({ categories: [], schedule: { registrationOpensAt: opensAt.toISOString() } });
      const deadline = Date.now() + 15_000;
      let rows: { after: { reason: string } }[] = [];
      while (rows.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        rows = await api.dataSource.query(
          `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'campaign.scheduled-transition-refused'`,
          [c.id],
        );
      }
      expect(rows[0].after.reason).toMatch(/at least one award category/);
      expect((await api.http.get(`/campaigns/${c.id}`).set(auth())).body.state).toBe('draft');
    });
  });

  it('freezes the schedule once announced, and details once archived', async () => {
    const c = await create();
    for (const to of ['registration', 'survey', 'judging', 'deciding']) await move(c.id, to).expect(200);
    await announceNow(api, organizer, c.id);
    await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ schedule: { announcementAt: '2030-01-01T00:00:00Z' } })
      .expect(409);
    await api.http
      .patch(`/campaigns/${c.id}`)
      .set(auth())
      .send({ descriptionEn: 'Corrected typo' })
      .expect(200);
    await move(c.id, 'archived').expect(200);
    await api.http.patch(`/campaigns/${c.id}`).set(auth()).send({ descriptionEn: 'Too late' }).expect(409);
  });

  it('saves nothing, and answers 503, when the schedule cannot be armed because Redis is away', async () => {
    const offline = await startTestApi({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const count = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM campaigns`))[0].n;
      const before = await count();
      const res = await offline.http
        .post('/campaigns')
        .set(auth())
        .send(
          buildCampaign({ schedule: { registrationOpensAt: new Date(Date.now() + 3600_000).toISOString() } }),
        )
        .expect(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(await count()).toBe(before);
    } finally {
      await offline.close();
    }
  });
});
