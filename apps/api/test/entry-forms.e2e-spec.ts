import {
  as,
  buildCampaign,
  createdEntryForm,
  createdStaffUser,
  ENTRY_FORM,
  entryCampaign,
  organizerToken,
  TestApi,
  verifiedEnterprise,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

const L = (en: string, zh: string) => ({ en, zh });
/** ENTRY_FORM with one more optional field at the end of the first section. */
const withExtraField = (key: string) => ({
  sections: [
    {
      ...ENTRY_FORM.sections[0],
      fields: [
        ...ENTRY_FORM.sections[0].fields,
        { key, type: 'short-text', label: L('Extra', '附加'), required: false },
      ],
    },
    ENTRY_FORM.sections[1],
  ],
});
const fieldKeys = (definition: { sections: { fields: { key: string }[] }[] }) =>
  definition.sections.flatMap((s) => s.fields.map((f) => f.key));

describe('Entry forms', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const draftCampaign = async () =>
    (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201)).body as {
      id: string;
      categories: { id: string }[];
    };
  const bindingPath = (campaignId: string, categoryId: string) =>
    `/campaigns/${campaignId}/categories/${categoryId}/entry-form`;

  it('creates a form, edits it only by adding versions, and audits both', async () => {
    const created = await api.http
      .post('/entry-forms')
      .set(as(organizer))
      .send({
        key: 'best-centre-2027',
        name: 'Best centre',
        nameZh: '最佳中心',
        definition: ENTRY_FORM,
        note: 'first',
      })
      .expect(201);
    expect(created.body).toMatchObject({ key: 'best-centre-2027', nameZh: '最佳中心', latestVersion: 1 });
    const id = created.body.id as string;

    const v2 = await api.http
      .post(`/entry-forms/${id}/versions`)
      .set(as(organizer))
      .send({ definition: withExtraField('extra'), note: 'adds extra' })
      .expect(201);
    expect(v2.body).toMatchObject({ formId: id, version: 2, note: 'adds extra' });
    expect(v2.body.checksum).toMatch(/^[0-9a-f]{64}$/);

    const full = (await api.http.get(`/entry-forms/${id}`).set(as(organizer)).expect(200)).body;
    expect(full.latestVersion).toBe(2);
    expect(full.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(fieldKeys(full.versions[0].definition)).not.toContain('extra');
    expect(fieldKeys(full.versions[1].definition)).toContain('extra');
    const one = (await api.http.get(`/entry-forms/${id}/versions/1`).set(as(organizer)).expect(200)).body;
    expect(one.definition).toEqual(ENTRY_FORM);
    const list = (await api.http.get('/entry-forms').set(as(organizer)).expect(200)).body;
    expect(list.map((f: { id: string }) => f.id)).toContain(id);

    const audit = await api.dataSource.query(
      `SELECT action, after->>'version' AS version FROM audit_log WHERE entity_type = 'entry-form' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'entry-form.created', version: '1' },
      { action: 'entry-form.version-added', version: '2' },
    ]);
  });

  it('never lets a stored version change, even from SQL', async () => {
    const form = await createdEntryForm(api, organizer);
    await expect(
      api.dataSource.query(`UPDATE entry_form_versions SET note = 'x' WHERE form_id = $1`, [form.id]),
    ).rejects.toThrow();
    await expect(
      api.dataSource.query(`DELETE FROM entry_form_versions WHERE form_id = $1`, [form.id]),
    ).rejects.toThrow();
  });

  it('names every path at fault (400), writes nothing, and refuses a taken key (409)', async () => {
    const bad = structuredClone(ENTRY_FORM) as { sections: { fields: Record<string, unknown>[] }[] };
    bad.sections[0].fields[1].min = 10;
    bad.sections[0].fields[1].max = 5;
    bad.sections[1].fields[0].options = [];
    bad.sections[0].fields[3].showWhen = { field: 'summary', in: ['x'] };
    const res = await api.http
      .post('/entry-forms')
      .set(as(organizer))
      .send({ key: 'broken-form', name: 'Broken', nameZh: '有误', definition: bad })
      .expect(400);
    expect(res.body.code).toBe('ENTRY_INPUT_INVALID');
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
      'definition.sections[0].fields[1].max',
      'definition.sections[0].fields[3].showWhen.field',
      'definition.sections[1].fields[0].options',
      // chat_platform's condition names chat, no longer an option
      'definition.sections[1].fields[1].showWhen.in[0]',
    ]);
    const zh = await api.http
      .post('/entry-forms')
      .set(as(organizer))
      .set('accept-language', 'zh')
      .send({ key: 'broken-form', name: 'Broken', nameZh: '有误', definition: { sections: 'none' } })
      .expect(400);
    expect(zh.body.details).toEqual([{ field: 'definition.sections', message: '包含 1 到 50 项的列表' }]);
    expect((await api.dataSource.query(`SELECT 1 FROM entry_forms WHERE key = 'broken-form'`)).length).toBe(
      0,
    );

    await api.http
      .post('/entry-forms')
      .set(as(organizer))
      .send({ key: 'no-zh', name: 'No zh', definition: ENTRY_FORM })
      .expect(400);
    const taken = await createdEntryForm(api, organizer);
    const again = await api.http
      .post('/entry-forms')
      .set(as(organizer))
      .send({ key: taken.key, name: 'Again', nameZh: '再次', definition: ENTRY_FORM })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'ENTRY_FORM_KEY_TAKEN', details: [{ field: 'key' }] });
    await api.http
      .post(`/entry-forms/${taken.id}/versions`)
      .set(as(organizer))
      .send({ definition: bad })
      .expect(400);
    expect(
      (await api.http.get(`/entry-forms/${taken.id}`).set(as(organizer)).expect(200)).body.latestVersion,
    ).toBe(1);
  });

  it('answers 404 for unknown forms and versions, 400 for malformed ids', async () => {
    const form = await createdEntryForm(api, organizer);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api.http.get(`/entry-forms/${unknown}`).set(as(organizer)).expect(404)).body.code).toBe(
      'ENTRY_FORM_NOT_FOUND',
    );
    expect(
      (await api.http.get(`/entry-forms/${form.id}/versions/2`).set(as(organizer)).expect(404)).body.code,
    ).toBe('ENTRY_FORM_VERSION_NOT_FOUND');
    await api.http
      .post(`/entry-forms/${unknown}/versions`)
      .set(as(organizer))
      .send({ definition: ENTRY_FORM })
      .expect(404);
    await api.http.get('/entry-forms/not-a-uuid').set(as(organizer)).expect(400);
  });

  it('binds a form to a draft campaign’s category, rebinds and unbinds it, audited; never after draft', async () => {
    const campaign = await draftCampaign();
    const [first, second] = await Promise.all([
      createdEntryForm(api, organizer),
      createdEntryForm(api, organizer),
    ]);
    const path = bindingPath(campaign.id, campaign.categories[0].id);
    const bound = await api.http.put(path).set(as(organizer)).send({ formId: first.id }).expect(200);
    expect(bound.body).toMatchObject({
      formId: first.id,
      version: 1,
      frozen: false,
      categoryId: campaign.categories[0].id,
    });
    await api.http.put(path).set(as(organizer)).send({ formId: second.id }).expect(200);
    expect((await api.http.get(path).set(as(organizer)).expect(200)).body.formId).toBe(second.id);
    await api.http.delete(path).set(as(organizer)).expect(204);
    expect((await api.http.get(path).set(as(organizer)).expect(404)).body.code).toBe('NO_ENTRY_FORM');
    await api.http.delete(path).set(as(organizer)).expect(404);

    const unknownForm = await api.http
      .put(path)
      .set(as(organizer))
      .send({ formId: '00000000-0000-4000-8000-000000000000' })
      .expect(422);
    expect(unknownForm.body.details).toEqual([{ field: 'formId', message: 'is not an entry form' }]);
    await api.http.put(path).set(as(organizer)).send({ formId: 'nope' }).expect(400);
    const other = await draftCampaign();
    await api.http
      .put(bindingPath(campaign.id, other.categories[0].id))
      .set(as(organizer))
      .send({ formId: first.id })
      .expect(404);

    await api.http.put(path).set(as(organizer)).send({ formId: first.id }).expect(200);
    await api.http
      .post(`/campaigns/${campaign.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'registration' })
      .expect(200);
    const frozen = await api.http.put(path).set(as(organizer)).send({ formId: second.id }).expect(409);
    expect(frozen.body.code).toBe('ENTRY_FORM_BINDING_FROZEN');
    expect(frozen.body.message).toMatch(/draft/);
    await api.http.delete(path).set(as(organizer)).expect(409);

    const actions = await api.dataSource.query(
      `SELECT action, before->>'formId' AS before, after->>'formId' AS after FROM audit_log
        WHERE entity_type = 'award-category' AND entity_id = $1 ORDER BY id`,
      [campaign.categories[0].id],
    );
    expect(actions).toEqual([
      { action: 'category-entry-form.bound', before: null, after: first.id },
      { action: 'category-entry-form.bound', before: first.id, after: second.id },
      { action: 'category-entry-form.unbound', before: second.id, after: null },
      { action: 'category-entry-form.bound', before: null, after: first.id },
    ]);
  });

  it('drops a binding with its category when a draft campaign’s categories are replaced', async () => {
    const campaign = await draftCampaign();
    const form = await createdEntryForm(api, organizer);
    await api.http
      .put(bindingPath(campaign.id, campaign.categories[0].id))
      .set(as(organizer))
      .send({ formId: form.id })
      .expect(200);
    const replaced = await api.http
      .put(`/campaigns/${campaign.id}/categories`)
      .set(as(organizer))
      .send({ categories: [{ name: 'Only', kind: 'panel', perIndustry: false, maxWinners: 1 }] });
    expect(replaced.status).toBe(200);
    expect(
      (
        await api.dataSource.query(`SELECT 1 FROM category_entry_forms WHERE category_id = $1`, [
          campaign.categories[0].id,
        ])
      ).length,
    ).toBe(0);
  });

  it('follows the form while draft, then freezes at the version in force when registration opened', async () => {
    const form = await createdEntryForm(api, organizer);
    const campaign = await draftCampaign();
    const path = bindingPath(campaign.id, campaign.categories[0].id);
    await api.http.put(path).set(as(organizer)).send({ formId: form.id }).expect(200);
    await api.http
      .post(`/entry-forms/${form.id}/versions`)
      .set(as(organizer))
      .send({ definition: withExtraField('draft_extra') })
      .expect(201);
    const whileDraft = (await api.http.get(path).set(as(organizer)).expect(200)).body;
    expect(whileDraft).toMatchObject({ version: 2, frozen: false });

    await api.http
      .post(`/campaigns/${campaign.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'registration' })
      .expect(200);
    // Added after the opening, before anyone read the category's form: still not in force.
    await api.http
      .post(`/entry-forms/${form.id}/versions`)
      .set(as(organizer))
      .send({ definition: withExtraField('late_extra') })
      .expect(201);
    const opened = (await api.http.get(path).set(as(organizer)).expect(200)).body;
    expect(opened).toMatchObject({ version: 2, frozen: true });
    expect(fieldKeys(opened.definition)).toContain('draft_extra');
    expect(fieldKeys(opened.definition)).not.toContain('late_extra');

    // An enterprise now sees it, and the candidacy's entry is on version 2 whatever comes later.
    const { owner, enterprise } = await verifiedEnterprise(api.http, organizer, 'telecom');
    expect((await api.http.get(path).set(as(owner.token)).expect(200)).body.version).toBe(2);
    const candidacy = (
      await api.http
        .post(`/campaigns/${campaign.id}/candidacies`)
        .set(as(owner.token))
        .send({ categoryId: campaign.categories[0].id, enterpriseId: enterprise.id })
        .expect(201)
    ).body;
    await api.http
      .post(`/entry-forms/${form.id}/versions`)
      .set(as(organizer))
      .send({ definition: ENTRY_FORM })
      .expect(201);
    const entry = (await api.http.get(`/candidacies/${candidacy.id}/entry`).set(as(owner.token)).expect(200))
      .body;
    expect(entry.form).toMatchObject({ formId: form.id, version: 2 });
    const [row] = await api.dataSource.query(
      `SELECT frozen_version FROM category_entry_forms WHERE category_id = $1`,
      [campaign.categories[0].id],
    );
    expect(row.frozen_version).toBe(2);
  });

  it('shows a category’s form to enterprises only once they can see the campaign; 404 without a form', async () => {
    const { campaign, otherCategoryId, entrants } = await entryCampaign(api, organizer);
    const draft = await draftCampaign();
    const form = await createdEntryForm(api, organizer);
    await api.http
      .put(bindingPath(draft.id, draft.categories[0].id))
      .set(as(organizer))
      .send({ formId: form.id })
      .expect(200);
    await api.http.get(bindingPath(draft.id, draft.categories[0].id)).set(as(entrants[0].token)).expect(404);
    const none = await api.http
      .get(bindingPath(campaign.id, otherCategoryId))
      .set(as(entrants[0].token))
      .expect(404);
    expect(none.body.code).toBe('NO_ENTRY_FORM');
  });

  it('is for organizers: enterprises and judges are refused writes, the public everything', async () => {
    const judge = await createdStaffUser(api.http, organizer, 'judge');
    const { campaign, categoryId, entrants } = await entryCampaign(api, organizer);
    const form = await createdEntryForm(api, organizer);
    for (const token of [judge.token, entrants[0].token]) {
      await api.http.get('/entry-forms').set(as(token)).expect(403);
      await api.http.post('/entry-forms').set(as(token)).send({}).expect(403);
      await api.http.get(`/entry-forms/${form.id}`).set(as(token)).expect(403);
      await api.http
        .put(bindingPath(campaign.id, categoryId))
        .set(as(token))
        .send({ formId: form.id })
        .expect(403);
    }
    await api.http.get(bindingPath(campaign.id, categoryId)).set(as(judge.token)).expect(403);
    await api.http.get('/entry-forms').expect(401);
    await api.http.get(bindingPath(campaign.id, categoryId)).expect(401);
  });
});
