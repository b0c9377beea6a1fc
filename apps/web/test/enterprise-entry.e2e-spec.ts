import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  buildAccount,
  chooseAndSaveLanguage,
  chooseLanguage,
  entryCampaign,
  expectAccessible,
  launchChromium,
  listenLocally,
  mailedToken,
  organizerToken,
  samplePdf,
  screenshot,
  stopApiAndWorker,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

/**
 * An enterprise contact's whole way to an entry, through the pages only: registration, the mailed link, the
 * enterprise profile, a category, the entry form with an upload, submission, and the organizers' decision.
 * The organizers' part (verifying the enterprise, approving the candidacy) goes through the API.
 */
describe('The enterprise workspace: from registration to a decided entry', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;
  let dir: string;
  let campaign: { id: string; slug: string };
  let page: Page;
  const account = buildAccount();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-enterprise-web-'));
    ({ api, worker } = await startFreshApiAndWorker({ DOCUMENTS_DIR: dir }));
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    ({ campaign } = await entryCampaign(api, organizer, { industries: [] }));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
    await rm(dir, { recursive: true, force: true });
  });

  /** Screenshots of the page as it is on both screens, and axe-core on each. */
  async function look(name: string) {
    for (const viewport of ['phone', 'desktop'] as const) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await expectAccessible(page, `${name} (${viewport})`);
      await screenshot(page, `enterprise-${name}-${viewport}`);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  }
  /** The page's title once it shows (pages load lazily, so the URL changes first). */
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

  it('registers with field problems beside the fields, then asks to check the inbox', async () => {
    await page.goto(`${base}/app/sign-in`);
    await page.getByRole('link', { name: /create an account/i }).click();
    await heading('Create an account for your enterprise');
    await page.getByLabel('Your name').fill(account.displayName);
    await page.getByLabel('Email address').fill('not-an-address');
    await page.getByLabel('Password', { exact: false }).fill(account.password);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await expect(page.locator('.field-invalid .field-problem').first().textContent()).resolves.toMatch(
      /email/i,
    );
    await look('register');

    await page.getByLabel('Email address').fill(account.email);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.waitForURL(/\/app\/enterprise\/check-inbox$/);
    await heading('Check your inbox');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText('A new link is on its way').waitFor();
    await look('check-inbox');
  });

  it('opens the mailed link, and the workspace notices the confirmed address on reload', async () => {
    const token = await mailedToken('email-verification', account.email);
    await page.goto(`${base}/account/verify-email?token=${encodeURIComponent(token)}`);
    await page.locator('#submit').click();
    await page.locator('#done').waitFor();
    await page.goto(`${base}/app/enterprise/check-inbox`);
    await heading('Your address is confirmed');
  });

  it('creates the enterprise profile, flagging a mistyped credit code before sending', async () => {
    await page.goto(`${base}/app/enterprise/profile`);
    await heading('Your enterprise');
    await page
      .getByLabel('Registered name', { exact: false })
      .first()
      .fill('Shenzhen Example Telecom Co., Ltd.');
    const code = page.getByLabel('Unified social credit code');
    await code.fill('91440300708461136A');
    await page.locator('.field-problem', { hasText: 'does not match' }).waitFor();
    await code.fill('91I');
    await page.locator('.field-problem', { hasText: 'except I, O' }).waitFor();
    await code.fill('91440300708461136T');
    await page.getByText('This code is well formed.').waitFor();
    await page.getByLabel('Industry').selectOption('telecom');
    await page.getByLabel('Organisation type').selectOption('in-house');
    await page.locator('input[name="businessTypes"]').first().check();
    await page.getByLabel('Region').fill('Guangdong, Shenzhen');
    await page.getByLabel('Agent positions (seats)').fill('420');
    await page.getByLabel('Contact name').fill('Zhang Min');
    await page.getByLabel('Contact email').fill('zhang.min@example.cn');
    await look('profile-new');
    await page.getByRole('button', { name: 'Send for verification' }).click();
    await page.getByText('waiting for the organizers’ verification').first().waitFor();
    await expect(page.locator('.badge', { hasText: 'Waiting for verification' }).count()).resolves.toBe(1);
    await look('profile-pending');
  });

  it('enters a category once the organizers have verified the enterprise', async () => {
    const list = await api.http.get('/enterprises?status=pending').set(as(organizer)).expect(200);
    const mine = list.body.items.find((e: { creditCode: string }) => e.creditCode === '91440300708461136T');
    await api.http
      .post(`/enterprises/${mine.id}/review`)
      .set(as(organizer))
      .send({ decision: 'verified', profileRevision: mine.profileRevision })
      .expect(200);
    await page.goto(`${base}/app/enterprise/campaigns`);
    await heading('Campaigns');
    await page.getByRole('button', { name: 'Enter “Best Contact Centre”' }).waitFor();
    await look('campaigns');
    await page.getByRole('button', { name: 'Enter “Best Contact Centre”' }).click();
    await page.waitForURL(/\/app\/enterprise\/candidacies\/[^/]+\/[^/]+$/);
    await heading('Your candidacy: Best Contact Centre');
    await page.getByText('Waiting for a decision').first().waitFor();
    await look('candidacy-submitted');
  });

  it('fills the entry form, with conditions, a table, a refused file and an uploaded PDF', async () => {
    await page.getByRole('link', { name: 'Open the entry form' }).click();
    await page.waitForURL(/\/entry$/);
    await page.getByText('0 of 5 required answers').waitFor();
    await page.getByLabel('Centre name').fill('Shenzhen Care Centre');
    await page.getByLabel('Seats').first().fill('320');
    await page.getByLabel('Seats').first().blur();
    await page.locator('[data-field="seats"] .save-state', { hasText: 'Saved' }).waitFor();
    // A condition: outsourcing shows the share, which is required then.
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByLabel('Share outsourced (%)').waitFor();
    await page.getByText('3 of 6 required answers').waitFor();
    await page.getByRole('radio', { name: 'No' }).check();
    await expect(page.getByLabel('Share outsourced (%)').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Phone' }).check();

    // Submitting with the summary missing names it beside its field.
    await page.getByRole('button', { name: 'Submit the entry' }).click();
    await page.locator('.missing-list', { hasText: 'Summary' }).waitFor();
    await page.locator('.field-invalid', { hasText: 'Summary' }).waitFor();

    await page.getByLabel('Summary').fill('First-contact resolution rose from 71 % to 86 %.');
    await page.getByLabel('Summary').blur();
    await page.locator('[data-field="summary"] .save-state', { hasText: 'Saved' }).waitFor();
    await page.getByText('5 of 5 required answers').waitFor();

    await page.getByRole('button', { name: 'Add a row to “Sites”' }).click();
    await page.getByLabel('City (row 1)').fill('Shenzhen');
    await page.getByLabel('City (row 1)').blur();
    await page.locator('[data-field="sites"] .save-state', { hasText: 'Saved' }).waitFor();

    const evidence = page.locator('input[type="file"][name="evidence"]');
    await evidence.setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf at all'),
    });
    await expect(page.locator('.entry-file .field-problem').textContent()).resolves.toMatch(/type|accept/i);
    await evidence.setInputFiles({
      name: 'quality-report.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(),
    });
    await page.getByText('“quality-report.pdf” was uploaded and saved.').waitFor();
    await page.getByRole('button', { name: 'quality-report.pdf', exact: true }).waitFor();
    await look('entry-form');
    await chooseLanguage(page, 'zh');
    await page.getByText('必填项已完成 5 / 5').waitFor();
    await look('entry-form-zh');
    await chooseAndSaveLanguage(page, 'en');
  });

  it('submits, and shows the organizers’ decision on the candidacy page', async () => {
    await page.getByRole('button', { name: 'Submit the entry' }).click();
    await page.getByText('Your entry is submitted.').waitFor();
    const candidacyId = /candidacies\/[^/]+\/([^/]+)\/entry/.exec(page.url())![1];
    await api.http
      .post(`/candidacies/${candidacyId}/decision`)
      .set(as(organizer))
      .send({ decision: 'approved' })
      .expect(200);
    await page.getByRole('link', { name: '← Back to the candidacy' }).click();
    await page.reload();
    await page.locator('.badge', { hasText: 'Approved' }).waitFor();
    await page.getByText('The organizers approved your candidacy.').waitFor();
    await look('candidacy-approved');
    expect(campaign.slug).toBeTruthy();
  });

  it('answers a forgotten password the same way whoever asks', async () => {
    await page.evaluate('sessionStorage.clear()');
    await page.goto(`${base}/app/forgot-password`);
    await page.getByLabel('Email address').fill('nobody@example.cn');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If nobody@example.cn has an account').waitFor();
    await look('forgot-password');
  });
});
