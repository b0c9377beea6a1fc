import { randomUUID } from 'node:crypto';
import { sha256OfCanonicalJson } from '@app/database';
import { createdStaffUser, organizerToken, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

const BANDS = [
  { min: 81, max: 100, outcome: 'certified-five-star' },
  { min: 61, max: 80, outcome: 'certified' },
  { min: 41, max: 60, outcome: 'conditional' },
  { min: 0, max: 40, outcome: 'not-certified' },
];

const twoCriteria = (serviceWeight = 60) => ({
  categories: [
    {
      code: 'service',
      name: 'Service quality',
      weight: serviceWeight,
      items: [
        {
          code: 'service.1',
          name: 'First-contact resolution',
          scaleMin: 0,
          scaleMax: 10,
          guidance: 'FCR',
          guidanceZh: '首次解决率',
        },
      ],
    },
    {
      code: 'people',
      name: 'People',
      weight: 100 - serviceWeight,
      items: [{ code: 'people.1', name: 'Coaching', scaleMin: 0, scaleMax: 100 }],
    },
  ],
  bands: BANDS,
});

describe('Rubrics', () => {
  let api: TestApi;
  let organizer: string;
  const as = (token: string) => ({
    get: (path: string) => api.http.get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body?: object) =>
      api.http
        .post(path)
        .set('authorization', `Bearer ${token}`)
        .send(body ?? {}),
  });

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  it('serves the seeded CCCS-OP 2003 rubric: 8 categories, 48 items, weights 10/10/10/15/10/15/10/20, 4 bands', async () => {
    const list = (await as(organizer).get('/rubrics').expect(200)).body as { id: string; key: string }[];
    const cccs = list.find((r) => r.key === 'cccs-op-2003');
    expect(cccs).toBeDefined();
    const full = (await as(organizer).get(`/rubrics/${cccs?.id}`).expect(200)).body;
    const latest = full.versions[full.versions.length - 1];
    expect(latest.categories.map((c: { weight: number }) => c.weight)).toEqual([
      10, 10, 10, 15, 10, 15, 10, 20,
    ]);
    expect(latest.categories.flatMap((c: { items: unknown[] }) => c.items)).toHaveLength(48);
    expect(latest.bands.map((b: { outcome: string }) => b.outcome)).toEqual([
      'certified-five-star',
      'certified',
      'conditional',
      'not-certified',
    ]);
    // Judges reading Chinese read the guidance and the bands' meanings in Chinese.
    for (const item of latest.categories.flatMap((c: { items: unknown[] }) => c.items))
      expect(item).toMatchObject({ guidance: expect.any(String), guidanceZh: expect.stringMatching(/^0：/) });
    expect(latest.bands.map((b: { meaningZh: string }) => b.meaningZh)).toContain('达到标准；通过认证');
    // The checksum can be checked by anyone from the published content.
    expect(latest.checksum).toBe(
      sha256OfCanonicalJson({ categories: latest.categories, bands: latest.bands }),
    );
  });

  it('creates a rubric, evaluates a sheet on it, and edits it only by adding versions', async () => {
    const key = `two-criteria-${randomUUID().slice(0, 8)}`;
    const created = await as(organizer)
      .post('/rubrics', { key, name: 'Two criteria', ...twoCriteria(60) })
      .expect(201);
    expect(created.body).toMatchObject({ key, name: 'Two criteria', latestVersion: 1 });
    const id = created.body.id as string;

    // service 8/10 = 80 %, people 45/100 = 45 %: 60 x 0.80 + 40 x 0.45 = 48 + 18 = 66 -> certified.
    const result = await as(organizer)
      .post(`/rubrics/${id}/versions/1/evaluate`, { values: { 'service.1': 8, 'people.1': 45 } })
      .expect(200);
    expect(result.body).toEqual({
      categories: [
        { code: 'service', weight: 60, percent: 80 },
        { code: 'people', weight: 40, percent: 45 },
      ],
      total: 66,
      weakestCategory: 'people',
      band: 'certified',
    });

    const v2 = await as(organizer)
      .post(`/rubrics/${id}/versions`, { ...twoCriteria(30), note: 'people matter more' })
      .expect(201);
    expect(v2.body).toMatchObject({ version: 2, note: 'people matter more' });
    // Same sheet on version 2: 30 x 0.80 + 70 x 0.45 = 24 + 31.5 = 55.5 -> 56 points -> conditional.
    const again = await as(organizer)
      .post(`/rubrics/${id}/versions/2/evaluate`, { values: { 'service.1': 8, 'people.1': 45 } })
      .expect(200);
    expect(again.body).toMatchObject({ total: 55.5, band: 'conditional' });

    const v1 = await as(organizer).get(`/rubrics/${id}/versions/1`).expect(200);
    expect(v1.body.categories[0].weight).toBe(60);
    const whole = await as(organizer).get(`/rubrics/${id}`).expect(200);
    expect(whole.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(whole.body.latestVersion).toBe(2);

    const audit = await as(organizer).get(`/audit-log?entityType=rubric&entityId=${id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'rubric.created',
      'rubric.version-added',
    ]);
  });

  it('never lets a stored version change, even from SQL', async () => {
    await expect(api.dataSource.query(`UPDATE rubric_versions SET note = 'tampered'`)).rejects.toThrow(
      /immutable/,
    );
    await expect(api.dataSource.query(`DELETE FROM rubric_versions`)).rejects.toThrow(/immutable/);
  });

  it('names every field at fault, and writes nothing', async () => {
    const key = `bad-${randomUUID().slice(0, 8)}`;
    const bad = twoCriteria(50);
    bad.categories[1].items[0].code = 'service.1';
    const res = await as(organizer)
      .post('/rubrics', {
        key,
        name: 'Bad',
        categories: bad.categories,
        bands: [{ min: 0, max: 50, outcome: 'low' }],
      })
      .expect(400);
    expect(res.body.details).toEqual([
      { field: 'categories[1].items[0].code', message: 'code "service.1" is used twice' },
      { field: 'bands', message: 'bands must end at 100' },
    ]);
    const list = (await as(organizer).get('/rubrics').expect(200)).body as { key: string }[];
    expect(list.some((r) => r.key === key)).toBe(false);

    const shape = await as(organizer)
      .post('/rubrics', { key: 'X!', name: '', categories: 'none' })
      .expect(400);
    expect(shape.body.details.map((e: { field: string }) => e.field).sort()).toEqual(
      expect.arrayContaining(['bands', 'categories', 'key', 'name']),
    );
  });

  it('refuses a taken key (409), unknown rubrics and versions (404), malformed ids (400), incomplete sheets (400)', async () => {
    const key = `dup-${randomUUID().slice(0, 8)}`;
    const first = await as(organizer)
      .post('/rubrics', { key, name: 'Dup', ...twoCriteria() })
      .expect(201);
    const dup = await as(organizer)
      .post('/rubrics', { key, name: 'Dup', ...twoCriteria() })
      .expect(409);
    expect(dup.body.details).toEqual([{ field: 'key', message: 'is already used' }]);
    await as(organizer).get(`/rubrics/${randomUUID()}`).expect(404);
    await as(organizer).get(`/rubrics/${first.body.id}/versions/9`).expect(404);
    const badVersion = await as(organizer).get(`/rubrics/${first.body.id}/versions/two`).expect(400);
    expect(badVersion.body.details[0].field).toBe('version');
    await as(organizer).get('/rubrics/not-a-uuid').expect(400);
    const incomplete = await as(organizer)
      .post(`/rubrics/${first.body.id}/versions/1/evaluate`, { values: { 'service.1': 11, extra: 1 } })
      .expect(400);
    expect(incomplete.body.details).toEqual([
      { field: 'values.service.1', message: 'must be a number from 0 to 10' },
      { field: 'values.people.1', message: 'is required to submit' },
      { field: 'values.extra', message: 'is not an item of this rubric' },
    ]);
  });

  it('refuses 7.5 on a whole-point item (400 naming it) until a version declares a step of 0.5', async () => {
    const created = await as(organizer)
      .post('/rubrics', { key: `steps-${randomUUID().slice(0, 8)}`, name: 'Steps', ...twoCriteria(60) })
      .expect(201);
    const id = created.body.id as string;
    const half = await as(organizer)
      .post(`/rubrics/${id}/versions/1/evaluate`, { values: { 'service.1': 7.5, 'people.1': 45 } })
      .expect(400);
    expect(half.body.details).toEqual([
      {
        field: 'values.service.1',
        message: 'must be a whole number of points (the item declares no finer step)',
      },
    ]);

    // A step that does not divide the scale, or is not a positive number, names the item's step.
    const stepped = (step: unknown) => {
      const definition = twoCriteria(60);
      return {
        ...definition,
        categories: [
          { ...definition.categories[0], items: [{ ...definition.categories[0].items[0], step }] },
          definition.categories[1],
        ],
      };
    };
    const uneven = await as(organizer).post(`/rubrics/${id}/versions`, stepped(0.3)).expect(400);
    expect(uneven.body.details).toEqual([
      {
        field: 'categories[0].items[0].step',
        message: "a positive number that divides the scale's range (10) a whole number of times",
      },
    ]);
    const negative = await as(organizer).post(`/rubrics/${id}/versions`, stepped(-1)).expect(400);
    expect(JSON.stringify(negative.body.details)).toContain('step');
    await as(organizer).post(`/rubrics/${id}/versions`, stepped('half')).expect(400);
    expect((await as(organizer).get(`/rubrics/${id}`).expect(200)).body.latestVersion).toBe(1);

    const v2 = await as(organizer).post(`/rubrics/${id}/versions`, stepped(0.5)).expect(201);
    expect(v2.body.categories[0].items[0]).toMatchObject({ code: 'service.1', step: 0.5 });
    // service 7.5/10 = 75 %, people 45 %: 60 x 0.75 + 40 x 0.45 = 45 + 18 = 63 -> certified.
    const ok = await as(organizer)
      .post(`/rubrics/${id}/versions/2/evaluate`, { values: { 'service.1': 7.5, 'people.1': 45 } })
      .expect(200);
    expect(ok.body).toMatchObject({ total: 63, band: 'certified' });
    const between = await as(organizer)
      .post(`/rubrics/${id}/versions/2/evaluate`, { values: { 'service.1': 7.25, 'people.1': 45.5 } })
      .expect(400);
    expect(between.body.details).toEqual([
      { field: 'values.service.1', message: "must be 0 plus a multiple of the item's step 0.5" },
      {
        field: 'values.people.1',
        message: 'must be a whole number of points (the item declares no finer step)',
      },
    ]);
  });

  it('is for organizers only: a judge is refused', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    await as(judge.token).get('/rubrics').expect(403);
  });
});
