import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  buildCampaign,
  createdEntryForm,
  expectAccessible,
  launchChromium,
  listenLocally,
  organizerToken,
  screenshot,
  signInThroughPage,
  stopApiAndWorker,
  TEST_ORGANIZER,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

describe("The campaign set-up's entry forms, and cloning a campaign, through the pages", () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;
  let page: Page;
  let campaign: { id: string; slug: string; name: string; categories: { id: string }[] };

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    campaign = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201)).body;
    await createdEntryForm(api, organizer);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInThroughPage(page, base, TEST_ORGANIZER.email, TEST_ORGANIZER.password);
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  it("binds a form to a category, then makes the form's next version without JSON", async () => {
    await page.goto(`${base}/app/organizer/campaigns/${campaign.id}/setup`);
    const first = page.locator('.entry-form-binding').first();
    await first.getByText('No entry form: entrants only register.').waitFor();
    await first.getByLabel('Entry form').selectOption({ label: 'Entry form (latest version 1)' });
    await first.getByRole('button', { name: 'Use this form' }).click();
    await first.getByText('Form in force: Entry form, version 1').waitFor();

    const editor = page.locator('.form-version-editor');
    await editor.getByLabel('Form to edit').selectOption({ label: 'Entry form (latest version 1)' });
    // An empty label is refused by the API, and the refusal shows beside that label.
    const centreName = editor.getByLabel('Label (English)').first();
    await centreName.fill('');
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await editor.locator('.field-problem').first().waitFor();
    await expect(centreName.getAttribute('aria-invalid')).resolves.toBe('true');
    await centreName.fill('Name of the centre');
    await editor.getByRole('button', { name: 'Remove Seats' }).click();
    await editor.getByRole('button', { name: 'Add a field to Your contact centre' }).click();
    const added = editor.getByRole('group', { name: 'Add a field to Your contact centre' });
    await added.getByLabel('Key').fill('web_address');
    await added.getByLabel('Type').selectOption({ label: 'web address' });
    await added.getByLabel('Label (English)').fill('Web address');
    await added.getByLabel('Label (Chinese)').fill('网址');
    await editor.getByRole('button', { name: 'Add this field' }).click();
    await expectAccessible(page, 'set-up with the form editor');
    await screenshot(page, 'organizer-campaign-form-editor-desktop');
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await editor.getByText('Saved as version 2.').waitFor();
    // A draft campaign's category follows the form's latest version.
    await first.getByText('Form in force: Entry form, version 2').waitFor();
    const inForce = (
      await api.http
        .get(`/campaigns/${campaign.id}/categories/${campaign.categories[0].id}/entry-form`)
        .set(as(organizer))
        .expect(200)
    ).body;
    const keys = inForce.definition.sections.flatMap((s: { fields: { key: string }[] }) =>
      s.fields.map((f) => f.key),
    );
    expect(keys).toContain('web_address');
    expect(keys).not.toContain('seats');
    expect(inForce.definition.sections[0].fields[0].label.en).toBe('Name of the centre');
  });

  it("clones the campaign for next year from the list and opens the copy's set-up", async () => {
    await page.goto(`${base}/app/organizer`);
    await page
      .getByRole('button', { name: `Clone ${campaign.name} for next year` })
      .first()
      .click();
    await page.getByLabel('Address of the new campaign').fill(`${campaign.slug}-next`);
    await page.getByRole('button', { name: 'Create the copy' }).click();
    await page.waitForURL(/\/setup$/);
    await page.getByRole('heading', { level: 1, name: 'Set-up' }).waitFor();
    await expect(page.getByLabel('Name (English) (required)').first().inputValue()).resolves.toBe(
      'Customer Care Benchmark Enterprise',
    );
    const phone = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const small = await phone.newPage();
    await signInThroughPage(small, base, TEST_ORGANIZER.email, TEST_ORGANIZER.password);
    await small.goto(page.url());
    await small.locator('.entry-form-binding').first().waitFor();
    await expectAccessible(small, 'set-up on a phone');
    await screenshot(small, 'organizer-campaign-setup-clone-phone');
    await phone.close();
  });
});
