import { MAX_AUTOMATIC_ASSIGNMENT_WORK, MAX_ROUND_ENTRANTS } from '@app/judging';
import { as, createdStaffUser, organizerToken, panelCampaign, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

/**
 * The judging routes whose work grows with one request are bounded (libs/judging/src/round-bounds.ts): a round
 * holds at most MAX_ROUND_ENTRANTS entrants (its results are computed from all its sheets on every read), and
 * one automatic assignment takes on at most MAX_AUTOMATIC_ASSIGNMENT_WORK. Beyond, a 422 says what to do, and
 * nothing is written. The bulk candidacies are inserted in SQL: the point is the size, not how they came.
 */
describe('Judging bounds', () => {
  let api: TestApi;
  let organizer: string;
  let setup: Awaited<ReturnType<typeof panelCampaign>>;

  const post = (path: string, body: object) => api.http.post(path).set(as(organizer)).send(body);
  const newRound = () =>
    post(`/campaigns/${setup.campaignId}/rounds`, {
      categoryId: setup.categoryId,
      name: 'Document review',
      stageType: 'document-review',
      rubricId: setup.rubricId,
      rubricVersion: 1,
      judgesPerEntrant: 3,
    });
  const count = async (table: string) => {
    const rows: { n: number }[] = await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0].n;
  };

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
    setup = await panelCampaign(api, organizer, { industries: ['telecom'], judges: 6 });
    // MAX_ROUND_ENTRANTS more verified enterprises, each with an approved candidacy in the category.
    await api.dataSource.query(
      `INSERT INTO enterprises (legal_name, credit_code, industry_code, organization_type, region, seats,
         contact_name, contact_email, status, created_by)
       SELECT 'Bulk entrant ' || g, 'B' || lpad(g::text, 17, '0'), industry_code, organization_type, region, seats,
         contact_name, contact_email, status, created_by
       FROM enterprises, generate_series(1, $2::int) g WHERE id = $1`,
      [setup.enterprises[0].id, MAX_ROUND_ENTRANTS],
    );
    await api.dataSource.query(
      `INSERT INTO candidacies (campaign_id, category_id, enterprise_id, industry_code, state, submitted_by)
       SELECT $1, $2, e.id, e.industry_code, 'approved', e.created_by
       FROM enterprises e WHERE e.legal_name LIKE 'Bulk entrant %'`,
      [setup.campaignId, setup.categoryId],
    );
  });
  afterAll(() => api.close());

  it(`refuses a round of more than ${MAX_ROUND_ENTRANTS} entrants with a 422 naming the bound, and writes nothing`, async () => {
    const refused = await newRound().expect(422);
    // (The error's code, ROUND_TOO_LARGE, reaches the body once domain error responses carry their code.)
    expect(refused.body).toMatchObject({
      details: [
        { field: 'entrants', message: expect.stringContaining(`at most ${MAX_ROUND_ENTRANTS} entrants`) },
      ],
    });
    expect(await count('judging_rounds')).toBe(0);
    expect(await count('round_entrants')).toBe(0);
  });

  it('refuses an automatic assignment beyond the bound with a 422, and assigns within it', async () => {
    // 500 entrants x 3 judges each = 1,500 to assign. Over 7 judges: 1,500 x 3,500 = 5.25 million, beyond;
    // over 6: 4.5 million, within.
    await api.dataSource.query(
      `UPDATE candidacies SET state = 'withdrawn'
       WHERE id IN (SELECT id FROM candidacies WHERE category_id = $1 ORDER BY id LIMIT $2)`,
      [setup.categoryId, MAX_ROUND_ENTRANTS + 1 - 500],
    );
    const round = (await newRound().expect(201)).body.id as string;
    const extra = await createdStaffUser(api.http, organizer, 'judge');
    const panel = [...setup.judges.map((j) => j.id), extra.id];
    const setPanel = (ids: string[]) =>
      api.http
        .put(`/rounds/${round}/panel`)
        .set(as(organizer))
        .send({ judges: ids.map((judgeId) => ({ judgeId })) })
        .expect(200);
    await setPanel(panel);
    expect(1500 * 500 * 7).toBeGreaterThan(MAX_AUTOMATIC_ASSIGNMENT_WORK);
    const refused = await post(`/rounds/${round}/assignments/automatic`, { seed: 1 }).expect(422);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'roundId' })]);
    expect(refused.body.message).toContain('1500 assignments over 500 entrants x 7 judges');
    expect(await count('judge_assignments')).toBe(0);

    await setPanel(panel.slice(0, 6));
    const done = await post(`/rounds/${round}/assignments/automatic`, { seed: 1 }).expect(201);
    expect(done.body.created).toBe(1500);
  });
});
