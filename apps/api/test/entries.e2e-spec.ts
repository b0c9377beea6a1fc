import { EntriesService } from '@app/entries';
import {
  as,
  COMPLETE_ANSWERS,
  createdStaffUser,
  entryCampaign,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

describe('Entries: answers, validation, submission', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const entry = (token: string, candidacyId: string) =>
    api.http.get(`/candidacies/${candidacyId}/entry`).set(as(token));
  const put = (token: string, candidacyId: string, key: string, value: unknown) =>
    api.http.put(`/candidacies/${candidacyId}/entry/answers/${key}`).set(as(token)).send({ value });
  const patch = (token: string, candidacyId: string, answers: Record<string, unknown>) =>
    api.http.patch(`/candidacies/${candidacyId}/entry/answers`).set(as(token)).send({ answers });
  const submit = (token: string, candidacyId: string) =>
    api.http.post(`/candidacies/${candidacyId}/entry/submit`).set(as(token));

  it('starts empty: the form in force, what shows, what is missing, until when it can change', async () => {
    const { entrants, form } = await entryCampaign(api, organizer);
    const [e] = entrants;
    const res = await entry(e.token, e.candidacyId).expect(200);
    expect(res.body).toMatchObject({
      candidacyId: e.candidacyId,
      state: 'not-started',
      answers: {},
      revision: 0,
      editable: true,
      lockedReason: null,
      form: { formId: form.id, version: 1 },
    });
    expect(res.body.visibleFields).toEqual([
      'centre_name',
      'seats',
      'outsourced',
      'channels',
      'summary',
      'launched_on',
      'website',
      'contact_email',
      'evidence',
      'sites',
    ]);
    expect(res.body.missingFields).toEqual([
      { key: 'centre_name', label: { en: 'Centre name', zh: '中心名称' } },
      { key: 'seats', label: { en: 'Seats', zh: '座席数' } },
      { key: 'outsourced', label: { en: 'Outsourced?', zh: '是否外包？' } },
      { key: 'channels', label: { en: 'Channels', zh: '渠道' } },
      { key: 'summary', label: { en: 'Summary', zh: '案例摘要' } },
    ]);
    expect((await entry(organizer, e.candidacyId).expect(200)).body.state).toBe('not-started');
  });

  it('saves a draft field by field and in batches, trimmed, every change kept with its old value and audited', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    const one = await put(e.token, e.candidacyId, 'centre_name', '  Shenzhen Care  ').expect(200);
    expect(one.body).toMatchObject({
      state: 'draft',
      revision: 1,
      answers: { centre_name: 'Shenzhen Care' },
    });
    await put(e.token, e.candidacyId, 'seats', 300).expect(200);
    const batch = await patch(e.token, e.candidacyId, {
      seats: 320,
      sites: [{ city: ' Shenzhen ', seats: 240 }, { city: 'Wuhan' }],
      centre_name: 'Shenzhen Care',
    }).expect(200);
    expect(batch.body.revision).toBe(3);
    expect(batch.body.answers).toEqual({
      centre_name: 'Shenzhen Care',
      seats: 320,
      sites: [
        { city: 'Shenzhen', seats: 240, opened: null },
        { city: 'Wuhan', seats: null, opened: null },
      ],
    });
    // Saving what is already there changes nothing: no revision, no history row.
    expect((await put(e.token, e.candidacyId, 'seats', 320).expect(200)).body.revision).toBe(3);
    // null clears.
    const cleared = await put(e.token, e.candidacyId, 'sites', null).expect(200);
    expect(cleared.body.answers).toEqual({ centre_name: 'Shenzhen Care', seats: 320 });

    const history = await api.http
      .get(`/candidacies/${e.candidacyId}/entry/history`)
      .set(as(organizer))
      .expect(200);
    expect(history.body.total).toBe(5);
    expect(
      history.body.items.map((r: { revision: number; fieldKey: string; before: unknown; after: unknown }) => [
        r.revision,
        r.fieldKey,
        r.before,
        r.after,
      ]),
    ).toEqual([
      [1, 'centre_name', null, 'Shenzhen Care'],
      [2, 'seats', null, 300],
      [3, 'seats', 300, 320],
      [3, 'sites', null, batch.body.answers.sites],
      [4, 'sites', batch.body.answers.sites, null],
    ]);
    expect(history.body.items[0]).toMatchObject({ changedBy: e.userId, changedByName: expect.any(String) });
    const seatsOnly = await api.http
      .get(`/candidacies/${e.candidacyId}/entry/history?fieldKey=seats&pageSize=1&page=2`)
      .set(as(e.token))
      .expect(200);
    expect(seatsOnly.body).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [{ before: 300, after: 320 }],
    });

    const audit = await api.dataSource.query(
      `SELECT action, actor_id, before->'answers' AS before, after->'answers' AS after FROM audit_log
        WHERE entity_type = 'entry' AND entity_id = $1 ORDER BY id`,
      [e.candidacyId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(Array(4).fill('entry.answers-saved'));
    expect(audit[2]).toMatchObject({
      actor_id: e.userId,
      before: { seats: 300, sites: null },
      after: { seats: 320, sites: batch.body.answers.sites },
    });
    // Revisions are history: never changed, even from SQL.
    await expect(
      api.dataSource.query(`UPDATE entry_revisions SET after = 'null' WHERE candidacy_id = $1`, [
        e.candidacyId,
      ]),
    ).rejects.toThrow();
  });

  it('checks each answer against its field’s type: a 400 naming the field, nothing saved', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    const cases: [string, unknown, string, string][] = [
      ['centre_name', 'x'.repeat(41), 'centre_name', 'must be 0 to 40 characters (it has 41)'],
      ['centre_name', 'two\nlines', 'centre_name', 'must be one line'],
      ['summary', 'too short', 'summary', 'must be 10 to 500 characters (it has 9)'],
      ['seats', 12.5, 'seats', 'must be a whole number'],
      ['seats', '320', 'seats', 'must be a number'],
      ['seats', 0, 'seats', 'must be between 1 and 5000'],
      ['outsourced', 'maybe', 'outsourced', 'must be one of yes, no'],
      ['channels', ['phone', 'chat', 'email'], 'channels', 'choose 1 to 2 options (3 chosen)'],
      ['channels', ['fax'], 'channels', 'fax is not an option; options: phone, chat, email'],
      ['launched_on', '2027-02-29', 'launched_on', 'must be a date written YYYY-MM-DD'],
      ['website', 'ftp://example.cn', 'website', 'must be an http or https address'],
      ['contact_email', 'li.wei@', 'contact_email', 'must be an email address'],
      ['sites', [{ seats: 'many' }], 'sites[0].city', 'is required'],
      [
        'sites',
        [{ city: 'Wuhan', opened: '2019-13-01' }],
        'sites[0].opened',
        'must be a date written YYYY-MM-DD',
      ],
    ];
    for (const [key, value, field, message] of cases) {
      const res = await put(e.token, e.candidacyId, key, value).expect(400);
      expect({ key, code: res.body.code, first: res.body.details[0] }).toEqual({
        key,
        code: 'ENTRY_INPUT_INVALID',
        first: { field, message },
      });
    }
    const zh = await put(e.token, e.candidacyId, 'seats', 12.5).set('accept-language', 'zh').expect(400);
    expect(zh.body.details).toEqual([{ field: 'seats', message: '必须是整数' }]);

    const file = await put(e.token, e.candidacyId, 'evidence', [
      '3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c',
    ]).expect(400);
    expect(file.body.code).toBe('ENTRY_FILE_FIELD');
    expect(file.body.details[0].message).toContain(`POST /candidacies/${e.candidacyId}/entry/files/evidence`);
    expect((await put(e.token, e.candidacyId, 'no_such_field', 1).expect(404)).body.code).toBe(
      'ENTRY_FIELD_NOT_FOUND',
    );
    await api.http
      .put(`/candidacies/${e.candidacyId}/entry/answers/seats`)
      .set(as(e.token))
      .send({})
      .expect(400);

    const batch = await patch(e.token, e.candidacyId, {
      centre_name: 'Fine',
      seats: -1,
      nope: 1,
      evidence: [],
      sites: [{ city: 'A' }, { city: 'B' }, { city: 'C' }, { city: 'D' }],
    }).expect(400);
    expect(batch.body.details.map((d: { field: string }) => d.field)).toEqual([
      'seats',
      'nope',
      'evidence',
      'sites',
    ]);
    expect((await entry(e.token, e.candidacyId).expect(200)).body).toMatchObject({
      state: 'not-started',
      answers: {},
    });
    // Clearing what was never answered starts nothing.
    expect((await put(e.token, e.candidacyId, 'seats', null).expect(200)).body.state).toBe('not-started');
    expect(
      (await api.dataSource.query(`SELECT 1 FROM entries WHERE candidacy_id = $1`, [e.candidacyId])).length,
    ).toBe(0);
  });

  it('shows and hides fields by their conditions, keeping hidden answers out of what is required', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    await patch(e.token, e.candidacyId, {
      ...COMPLETE_ANSWERS,
      outsourced: 'yes',
      outsourcing_share: 100,
    }).expect(200);
    let view = (await entry(e.token, e.candidacyId).expect(200)).body;
    expect(view.visibleFields).toEqual(expect.arrayContaining(['outsourcing_share', 'partner']));
    expect(view.missingFields.map((m: { key: string }) => m.key)).toEqual(['partner']);
    // "no" hides the share and, through it, the partner; their answers stay in the draft.
    view = (await put(e.token, e.candidacyId, 'outsourced', 'no').expect(200)).body;
    expect(view.visibleFields).not.toContain('outsourcing_share');
    expect(view.visibleFields).not.toContain('partner');
    expect(view.missingFields).toEqual([]);
    expect(view.answers.outsourcing_share).toBe(100);
    view = (await put(e.token, e.candidacyId, 'channels', ['phone', 'chat']).expect(200)).body;
    expect(view.missingFields.map((m: { key: string }) => m.key)).toEqual(['chat_platform']);
  });

  it('submits only a complete entry (409 listing every missing field), then keeps it complete', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    await put(e.token, e.candidacyId, 'centre_name', 'Shenzhen Care').expect(200);
    const incomplete = await submit(e.token, e.candidacyId).expect(409);
    expect(incomplete.body.code).toBe('ENTRY_INCOMPLETE');
    expect(incomplete.body.message).toBe(
      'The entry is incomplete; required: Seats; Outsourced?; Channels; Summary',
    );
    expect(incomplete.body.details).toEqual(
      ['seats', 'outsourced', 'channels', 'summary'].map((field) => ({ field, message: 'is required' })),
    );
    const zh = await submit(e.token, e.candidacyId).set('accept-language', 'zh').expect(409);
    expect(zh.body.message).toBe('申报内容不完整；必填：座席数；是否外包？；渠道；案例摘要');

    await patch(e.token, e.candidacyId, COMPLETE_ANSWERS).expect(200);
    const submitted = await submit(e.token, e.candidacyId).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', submittedBy: e.userId, missingFields: [] });
    expect((await submit(e.token, e.candidacyId).expect(200)).body.submittedAt).toBe(
      submitted.body.submittedAt,
    );

    // Still editable until registration closes, but never back to incomplete.
    expect((await put(e.token, e.candidacyId, 'seats', 330).expect(200)).body).toMatchObject({
      state: 'submitted',
      answers: { seats: 330 },
    });
    const emptied = await put(e.token, e.candidacyId, 'summary', null).expect(409);
    expect(emptied.body).toMatchObject({
      code: 'ENTRY_WOULD_BE_INCOMPLETE',
      details: [{ field: 'summary', message: 'is required on a submitted entry' }],
    });
    // Showing a required field that is empty is the same.
    const shown = await put(e.token, e.candidacyId, 'outsourced', 'yes').expect(409);
    expect(shown.body.details.map((d: { field: string }) => d.field)).toEqual(['outsourcing_share']);
    await patch(e.token, e.candidacyId, { outsourced: 'yes', outsourcing_share: 20 }).expect(200);

    const actions = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'entry' AND entity_id = $1 ORDER BY id`,
      [e.candidacyId],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'entry.answers-saved',
      'entry.answers-saved',
      'entry.submitted',
      'entry.answers-saved',
      'entry.answers-saved',
    ]);
  });

  it('keeps file fields’ document ids through the service the upload route calls, within the count', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    // The service the upload route (documents) calls once the bytes are stored.
    const entries = api.app.get(EntriesService);
    const actor = { userId: e.userId, role: 'enterprise' as const, requestId: null, ip: null };
    const [a, b, c] = [
      '3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c',
      '4a2d3c8b-0e5f-4a7b-9c3d-2e1f0a9b8c7d',
      '5b3e4d9c-1f6a-4b8c-8d4e-3f2a1b0c9d8e',
    ];
    expect(await entries.uploadTarget(e.candidacyId, 'evidence', actor)).toMatchObject({
      rules: { accept: ['application/pdf', 'image/*'], maxBytes: 50 * 1024 * 1024, maxFiles: 2 },
    });
    await entries.attachDocument(e.candidacyId, 'evidence', a, actor);
    await entries.attachDocument(e.candidacyId, 'evidence', b, actor);
    await expect(entries.attachDocument(e.candidacyId, 'evidence', c, actor)).rejects.toMatchObject({
      code: 'ENTRY_FILE_LIMIT',
    });
    await expect(entries.attachDocument(e.candidacyId, 'seats', c, actor)).rejects.toMatchObject({
      code: 'ENTRY_NOT_A_FILE_FIELD',
    });
    await entries.detachDocument(e.candidacyId, 'evidence', a, actor);
    await expect(entries.detachDocument(e.candidacyId, 'evidence', a, actor)).rejects.toMatchObject({
      code: 'ENTRY_DOCUMENT_NOT_FOUND',
    });
    // These ids name no stored document: the entry's view, which shows documents, would leave them out.
    expect((await entries.visibleEntry(e.candidacyId))?.answers).toEqual({ evidence: [b] });
    const actions = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'entry' AND entity_id = $1 ORDER BY id`,
      [e.candidacyId],
    );
    expect(actions.map((r: { action: string }) => r.action)).toEqual([
      'entry.document-attached',
      'entry.document-attached',
      'entry.document-detached',
    ]);
  });

  it('locks the entry once registration closes, and for a withdrawn candidacy (409 with the reason)', async () => {
    const { campaign, entrants } = await entryCampaign(api, organizer, {
      industries: ['telecom', 'telecom'],
    });
    const [open, leaving] = entrants;
    await patch(open.token, open.candidacyId, COMPLETE_ANSWERS).expect(200);

    await api.http.post(`/candidacies/${leaving.candidacyId}/withdraw`).set(as(leaving.token)).expect(200);
    const withdrawn = await put(leaving.token, leaving.candidacyId, 'seats', 10).expect(409);
    expect(withdrawn.body).toMatchObject({
      code: 'ENTRY_LOCKED',
      message: 'The entry can no longer change: the candidacy was withdrawn',
    });

    await api.http
      .patch(`/campaigns/${campaign.id}`)
      .set(as(organizer))
      .send({ schedule: { registrationClosesAt: new Date(Date.now() - 1000).toISOString() } })
      .expect(200);
    const view = (await entry(open.token, open.candidacyId).expect(200)).body;
    expect(view).toMatchObject({
      editable: false,
      lockedReason: { en: 'registration has closed', zh: '报名已截止' },
    });
    expect(Date.parse(view.editableUntil)).toBeLessThan(Date.now());
    for (const res of [
      await put(open.token, open.candidacyId, 'seats', 10),
      await patch(open.token, open.candidacyId, { seats: 10 }),
      await submit(open.token, open.candidacyId),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ENTRY_LOCKED');
    }
    const zh = await submit(open.token, open.candidacyId).set('accept-language', 'zh').expect(409);
    expect(zh.body.message).toBe('申报内容已不能更改：报名已截止');
    expect((await entry(open.token, open.candidacyId).expect(200)).body.answers).toEqual(COMPLETE_ANSWERS);
  });

  it('locks when the campaign moves past registration', async () => {
    const { campaign, entrants } = await entryCampaign(api, organizer);
    await api.http
      .post(`/campaigns/${campaign.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'survey' })
      .expect(200);
    const res = await put(entrants[0].token, entrants[0].candidacyId, 'seats', 10).expect(409);
    expect(res.body.message).toMatch(/registration is not open \(the campaign is survey\)/);
  });

  it('is its enterprise’s: other enterprises 404, judges 403, organizers read only, the public 401', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    const stranger = await registeredEnterpriseUser(api.http);
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    await entry(stranger.token, e.candidacyId).expect(404);
    await put(stranger.token, e.candidacyId, 'seats', 10).expect(404);
    await submit(stranger.token, e.candidacyId).expect(404);
    await api.http.get(`/candidacies/${e.candidacyId}/entry/history`).set(as(stranger.token)).expect(404);
    await entry(judge.token, e.candidacyId).expect(403);
    await api.http.get(`/candidacies/${e.candidacyId}/entry/history`).set(as(judge.token)).expect(403);
    await put(organizer, e.candidacyId, 'seats', 10).expect(403);
    await submit(organizer, e.candidacyId).expect(403);
    await api.http.get(`/candidacies/${e.candidacyId}/entry`).expect(401);
    await api.http.put(`/candidacies/${e.candidacyId}/entry/answers/seats`).send({ value: 1 }).expect(401);
    await entry(e.token, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('answers 404 NO_ENTRY_FORM for a candidacy whose category asks for no form', async () => {
    const { campaign, otherCategoryId, entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    const other = (
      await api.http
        .post(`/campaigns/${campaign.id}/candidacies`)
        .set(as(e.token))
        .send({ categoryId: otherCategoryId, enterpriseId: e.enterpriseId })
        .expect(201)
    ).body;
    expect((await entry(e.token, other.id).expect(404)).body.code).toBe('NO_ENTRY_FORM');
    await put(e.token, other.id, 'seats', 1).expect(404);
  });

  it('refuses half a surrogate pair, and more answers than fields, with a 400 before any write', async () => {
    const { entrants } = await entryCampaign(api, organizer);
    const [e] = entrants;
    const res = await put(e.token, e.candidacyId, 'summary', 'a long enough text \ud800 here').expect(400);
    expect(res.body.message).toMatch(/surrogate/);
    expect((await entry(e.token, e.candidacyId).expect(200)).body.answers.summary ?? null).toBeNull();
    // More keys than the form has fields: refused whole, before any key is checked.
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 'x']));
    const refused = await patch(e.token, e.candidacyId, many).expect(400);
    expect(refused.body.code).toBe('ENTRY_TOO_MANY_ANSWERS');
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['answers']);
  });
});
