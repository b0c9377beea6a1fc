import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  as,
  buildCampaign,
  chooseAndSaveLanguage,
  chooseLanguage,
  createdEntryForm,
  expectAccessible,
  launchChromium,
  listenLocally,
  materialsCampaign,
  moveCampaign,
  organizerToken,
  panelCampaign,
  screenshot,
  signInThroughPage,
  stopApiAndWorker,
  TEST_ORGANIZER,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

describe('Set-up in forms: rubrics, the survey instrument, choice fields and conditions, round materials', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;
  let campaign: { id: string };

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    campaign = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201)).body;
    await createdEntryForm(api, organizer);
    browser = await launchChromium();
  }, 120_000);
  // A test that fails while reading Chinese must not leave the next one signing in to Chinese pages.
  afterEach(async () => {
    await api.http.patch('/auth/me').set(as(organizer)).send({ language: 'en' }).expect(200);
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  async function signedIn(
    viewport: keyof typeof VIEWPORTS,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInThroughPage(page, base, TEST_ORGANIZER.email, TEST_ORGANIZER.password);
    return { context, page };
  }
  async function lookedAt(page: Page, what: string, name: string): Promise<void> {
    await expectAccessible(page, what);
    await screenshot(page, name);
  }

  it('creates a rubric in forms, then its next version after a refusal shown beside the weight', async () => {
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer`);
    await page.getByRole('link', { name: 'Rubrics' }).click();
    await page
      .getByRole('link', { name: /CCCS-OP 2003/ })
      .first()
      .waitFor();
    await lookedAt(page, 'rubric list', 'organizer-rubrics-desktop');

    await page.getByRole('link', { name: 'Create a rubric', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'New rubric' }).waitFor();
    await page.getByLabel('Key').fill('two-criteria-web');
    await page.getByLabel('Name (English)').first().fill('Two criteria');
    await page.getByLabel('Name (Chinese)').first().fill('两项标准');
    const category = (n: number) => page.locator('fieldset.rubric-category').nth(n);
    await category(0).getByLabel('Name (English)').fill('Service');
    await category(0).getByLabel('Text (English)').fill('First-contact resolution');
    await page.getByRole('button', { name: 'Add a category' }).click();
    await category(1).getByLabel('Name (English)').fill('People');
    await category(1).getByLabel('Weight (points of 100)').fill('40');
    await category(1).getByLabel('Text (English)').fill('Coaching');
    const status = (text: string) =>
      page.locator('.weight-sum [role="status"]').getByText(text, { exact: true }).waitFor();
    await status('Weights add up to 140 of 100.');
    await category(0).getByLabel('Weight (points of 100)').fill('60');
    await status('Weights add up to 100: valid.');
    await page.getByRole('button', { name: 'Create the rubric' }).click();
    await page.getByRole('heading', { level: 1, name: 'Two criteria' }).waitFor();

    // Half a point of weight is refused by the API, and the refusal shows beside that category's weight.
    await category(1).getByLabel('Weight (points of 100)').fill('39.5');
    await category(0).getByLabel('Weight (points of 100)').fill('60.5');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    const weight = category(1).getByLabel('Weight (points of 100)');
    await category(1).locator('input[name="categories[1].weight"][aria-invalid="true"]').waitFor();
    await expect(category(1).locator('.field-problem').first().textContent()).resolves.toMatch(/integer/);
    await lookedAt(page, 'rubric version refused', 'organizer-rubric-refused-desktop');
    await weight.fill('40');
    await category(0).getByLabel('Weight (points of 100)').fill('60');
    await page.getByRole('button', { name: 'Move People up' }).click();
    await expect(category(0).locator('legend').first().textContent()).resolves.toContain('People');
    await page.getByLabel('Note').fill('People first');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('Version 2 saved.').waitFor();
    await page.getByRole('heading', { name: 'New version 3' }).waitFor();
    const rubricId = page.url().split('/').at(-1);
    const v2 = (await api.http.get(`/rubrics/${rubricId}/versions/2`).set(as(organizer)).expect(200)).body;
    expect(v2.categories.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual([
      ['2', 40],
      ['1', 60],
    ]);
    expect(v2.note).toBe('People first');
    await lookedAt(page, 'rubric versions', 'organizer-rubric-desktop');
    await context.close();

    const phone = await signedIn('phone');
    await phone.page.goto(`${base}/app/organizer/rubrics/${rubricId}`);
    await chooseLanguage(phone.page, 'zh');
    await phone.page.getByRole('heading', { name: '新版本 3' }).waitFor();
    await lookedAt(phone.page, 'rubric in Chinese on a phone', 'organizer-rubric-zh-phone');
    await chooseAndSaveLanguage(phone.page, 'en');
    await phone.context.close();
  });

  it("sets the campaign's survey instrument in fields, and goes back to the default", async () => {
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/campaigns/${campaign.id}/setup`);
    const form = page.locator('.instrument-form');
    await form.getByText(/the methodology’s default items/).waitFor();
    const firstKey = form.getByLabel('Item key').first();
    const original = await firstKey.inputValue();
    await firstKey.fill('1st');
    await form.getByRole('button', { name: 'Save the campaign’s instrument' }).click();
    await form.locator('input[name="items.0.key"][aria-invalid="true"]').waitFor();
    await firstKey.fill(original);
    await form.getByRole('button', { name: 'Add an item' }).click();
    await form.getByLabel('Item key').last().fill('ATT_WEB');
    await form.getByLabel('Measures').last().selectOption('attention');
    await form.getByLabel('Expected answer').last().fill('3');
    await form.getByLabel('Question as asked').last().fill('Choose 3 for this item');
    await lookedAt(page, 'instrument form', 'organizer-instrument-desktop');
    await form.getByRole('button', { name: 'Save the campaign’s instrument' }).click();
    await form.getByText('Instrument saved.').waitFor();
    await form.getByText(/this campaign’s own items/).waitFor();
    const saved = (await api.http.get(`/campaigns/${campaign.id}/instrument`).set(as(organizer)).expect(200))
      .body;
    expect(saved.itemsSource).toBe('campaign');
    expect(saved.items.at(-1)).toMatchObject({ key: 'ATT_WEB', construct: 'attention', expected: 3 });
    await form.getByRole('button', { name: 'Go back to the methodology’s default items' }).click();
    await form.getByText('The methodology’s default items are in force again.').waitFor();
    await context.close();

    const phone = await signedIn('phone');
    await phone.page.goto(`${base}/app/organizer/campaigns/${campaign.id}/setup`);
    await chooseLanguage(phone.page, 'zh');
    await phone.page
      .locator('.instrument-form')
      .getByText(/方法版本的默认题目/)
      .waitFor();
    await lookedAt(phone.page, 'instrument in Chinese on a phone', 'organizer-instrument-zh-phone');
    await chooseAndSaveLanguage(phone.page, 'en');
    await phone.context.close();
  });

  it('adds a choice field with its options and a field shown only for one of them', async () => {
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/campaigns/${campaign.id}/setup`);
    const editor = page.locator('.form-version-editor');
    await editor.getByLabel('Form to edit').selectOption({ label: 'Entry form (latest version 1)' });
    const section = 'Add a field to Your contact centre';
    await editor.getByRole('button', { name: section }).click();
    let added = editor.getByRole('group', { name: section });
    await added.getByLabel('Key').fill('contact_channel');
    await added.getByLabel('Type').selectOption({ label: 'single choice' });
    await added.getByLabel('Label (English)', { exact: true }).fill('Preferred channel');
    await added.getByLabel('Label (Chinese)', { exact: true }).fill('首选渠道');
    // A choice without options is refused before it is added.
    await editor.getByRole('button', { name: 'Add this field' }).click();
    await added.getByText('Give the field at least one option').waitFor();
    for (const [value, en, zh] of [
      ['phone', 'Phone', '电话'],
      ['chat', 'Online chat', '在线聊天'],
    ]) {
      await added.getByRole('button', { name: 'Add an option to Preferred channel' }).click();
      await added.getByLabel('Stored value').last().fill(value);
      await added.getByLabel('Option label (English)').last().fill(en);
      await added.getByLabel('Option label (Chinese)').last().fill(zh);
    }
    await editor.getByRole('button', { name: 'Add this field' }).click();

    await editor.getByRole('button', { name: section }).click();
    added = editor.getByRole('group', { name: section });
    await added.getByLabel('Key').fill('callback_hours');
    await added.getByLabel('Label (English)', { exact: true }).fill('Callback hours');
    await added.getByLabel('Label (Chinese)', { exact: true }).fill('回呼时间');
    await added
      .getByLabel('Only when', { exact: false })
      .selectOption({ label: 'Preferred channel (contact_channel)' });
    await added.getByLabel('Show when Preferred channel is Phone').check();
    await lookedAt(page, 'form editor with options and a condition', 'organizer-form-choices-desktop');
    await editor.getByRole('button', { name: 'Add this field' }).click();
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await editor.getByText('Saved as version 2.').waitFor();

    const forms = (await api.http.get('/entry-forms').set(as(organizer)).expect(200)).body as {
      id: string;
    }[];
    const v2 = (await api.http.get(`/entry-forms/${forms[0].id}/versions/2`).set(as(organizer)).expect(200))
      .body;
    const fields = v2.definition.sections[0].fields as {
      key: string;
      options?: unknown;
      showWhen?: unknown;
    }[];
    expect(fields.find((f) => f.key === 'contact_channel')?.options).toEqual([
      { value: 'phone', label: { en: 'Phone', zh: '电话' } },
      { value: 'chat', label: { en: 'Online chat', zh: '在线聊天' } },
    ]);
    expect(fields.find((f) => f.key === 'callback_hours')?.showWhen).toEqual({
      field: 'contact_channel',
      in: ['phone'],
    });
    await context.close();

    const phone = await signedIn('phone');
    await phone.page.goto(`${base}/app/organizer/campaigns/${campaign.id}/setup`);
    await chooseLanguage(phone.page, 'zh');
    await phone.page.locator('.form-version-editor select').first().selectOption({ index: 1 });
    await phone.page.getByText('首选渠道的选项', { exact: true }).waitFor();
    await lookedAt(phone.page, 'form editor in Chinese on a phone', 'organizer-form-choices-zh-phone');
    await chooseAndSaveLanguage(phone.page, 'en');
    await phone.context.close();
  });

  it("creates a round that shows earlier rounds' feedback, then turns it off on the round page", async () => {
    const panel = await panelCampaign(api, organizer, { industries: ['telecom'], judges: 0 });
    await moveCampaign(api, organizer, panel.campaignId, 'survey', 'judging');
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/campaigns/${panel.campaignId}/rounds`);
    await page.getByLabel('Name').fill('Site visit');
    await page.getByLabel('Rubric', { exact: false }).first().selectOption(panel.rubricId);
    await page.getByLabel('Show judges, in each dossier', { exact: false }).check();
    await page.getByRole('button', { name: 'Create the round' }).click();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
    const roundId = page.url().split('/').at(-1);
    const materials = page.locator('section[aria-labelledby="round-materials"]');
    await materials.locator('input[name="materials.showPreviousFeedback"]:checked').waitFor();
    await materials.getByLabel('Show judges, in each dossier', { exact: false }).uncheck();
    await page.getByRole('button', { name: 'Save what judges see' }).click();
    await materials.getByText('Saved.').waitFor();
    const round = (await api.http.get(`/rounds/${roundId}`).set(as(organizer)).expect(200)).body;
    expect(round.materials.showPreviousFeedback).toBe(false);
    // The category asks for no entry form: a sentence says so, and there is no field to tick.
    await materials.getByText('asks for no entry form', { exact: false }).waitFor();
    expect(await materials.locator('input[name="materials.shownFields"]').count()).toBe(0);
    await context.close();
  });

  it('chooses the entry fields judges see by their labels, grouped by section', async () => {
    const setup = await materialsCampaign(api, organizer, { industries: ['telecom'], judges: 0 });
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    const roundId = (
      await api.http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.categoryId,
          name: 'Document review',
          stageType: 'document-review',
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 1,
        })
        .expect(201)
    ).body.id as string;
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/campaigns/${setup.campaignId}/rounds/${roundId}`);
    const materials = page.locator('section[aria-labelledby="round-materials"]');
    /** Saves the materials and answers the fields the API then stores. */
    const saved = async (): Promise<unknown> => {
      const patched = page.waitForResponse(
        (r) => r.url().endsWith(`/rounds/${roundId}`) && r.request().method() === 'PATCH' && r.ok(),
      );
      await page.getByRole('button', { name: 'Save what judges see' }).click();
      await patched;
      return (await api.http.get(`/rounds/${roundId}`).set(as(organizer)).expect(200)).body.materials
        .shownFields;
    };
    const shown = materials.getByRole('group', { name: 'Entry fields shown to judges' });
    await shown.getByText('As it stands, judges see every field.').waitFor();
    await shown.getByRole('group', { name: 'Your case' }).getByLabel('Evidence (uploaded files)').check();
    await shown.getByRole('group', { name: 'Your contact centre' }).getByLabel('Centre name').check();
    await shown.getByLabel('Summary', { exact: true }).check();
    await shown.getByText('judges see 3 of the 14 fields').waitFor();
    // Stored by key, in the form's order whatever the order of the ticks.
    expect(await saved()).toEqual(['centre_name', 'summary', 'evidence']);
    await materials.getByText('Saved.').waitFor();
    await lookedAt(page, 'round materials', 'organizer-round-materials-desktop');

    // Unticking every box goes back to every field.
    for (const label of ['Centre name', 'Summary', 'Evidence (uploaded files)']) {
      await shown.getByLabel(label, { exact: true }).uncheck();
    }
    expect(await saved()).toBeNull();
    await shown.getByLabel('Summary', { exact: true }).check();
    expect(await saved()).toEqual(['summary']);
    await context.close();

    const phone = await signedIn('phone');
    await phone.page.goto(`${base}/app/organizer/campaigns/${setup.campaignId}/rounds/${roundId}`);
    await chooseLanguage(phone.page, 'zh');
    const zh = phone.page.getByRole('group', { name: '向评委展示的申报字段' });
    await zh.locator('input[value="summary"]:checked').waitFor();
    await zh.getByLabel('证明材料（上传的文件）').waitFor();
    await lookedAt(phone.page, 'round materials in Chinese on a phone', 'organizer-round-materials-zh-phone');
    await chooseAndSaveLanguage(phone.page, 'en');
    await phone.context.close();
  });
});
