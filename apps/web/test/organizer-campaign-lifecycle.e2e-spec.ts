import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  buildEnterprise,
  chooseLanguage,
  confirmAll,
  expectAccessible,
  launchChromium,
  listenLocally,
  organizerToken,
  registeredEnterpriseUser,
  screenshot,
  signInThroughPage,
  stopApiAndWorker,
  TEST_ORGANIZER,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

const ZONE = 'Asia/Shanghai';

/** Now on the campaign's wall clock, to the second, as a datetime-local field takes it. */
function shanghaiNow(offsetMs = 0): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(Date.now() + offsetMs));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

const DAY = 86_400_000;

/** Twelve varied, valid responses per enterprise (none straight-lined or speeding), one duplicate, one unknown. */
function responsesFile(enterpriseIds: string[]): string {
  const header =
    'enterpriseId,respondentKey,submittedAt,channel,completionSeconds,IMG,EXP,QUA1,QUA2,QUA3,VAL1,VAL2,SAT1,SAT2,SAT3,CMP,LOY1,LOY2';
  const when = new Date().toISOString();
  const lines = [header];
  enterpriseIds.forEach((id, e) => {
    for (let i = 0; i < 12; i++) {
      const sat = e === 0 ? 8 + (i % 2) : 6 + (i % 2);
      lines.push(
        `${id},resp-${e}-${i},${when},web,${300 + i},7,6,8,7,8,6,7,${sat},${sat},${sat - 1},0,8,${7 + (i % 3)}`,
      );
    }
  });
  lines.push(lines[1]); // the same respondent again: a duplicate
  lines.push(`00000000-0000-4000-8000-000000000000,resp-x,${when},web,300,7,6,8,7,8,6,7,8,8,8,0,8,8`);
  return lines.join('\n') + '\n';
}

describe('An organizer takes a campaign from draft to announcement through the campaign pages', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;
  let page: Page;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    page = await context.newPage();
    // One step waits on the one before: a missing control fails fast rather than after 30 s.
    page.setDefaultTimeout(10_000);
    await signInThroughPage(page, base, TEST_ORGANIZER.email, TEST_ORGANIZER.password);
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  const slug = `care-awards-ui-${Date.now().toString(36)}`;
  let campaignId = '';
  const names: string[] = [];
  const enterpriseIds: string[] = [];
  const owners: string[] = [];

  async function look(name: string) {
    await expectAccessible(page, name);
    await screenshot(page, `organizer-campaign-${name}-desktop`);
  }

  async function tab(name: string) {
    await page.getByRole('navigation', { name: 'Campaign sections' }).getByRole('link', { name }).click();
  }

  async function move(to: string) {
    await tab('Overview');
    await page.getByRole('button', { name: `Move to ${to} now` }).click();
    await page.getByRole('button', { name: `Yes, move to ${to}` }).click();
  }

  it('creates a draft campaign from the form and lands on its set-up', async () => {
    await page.goto(`${base}/app/organizer`);
    await page.getByLabel('Name (required)').fill('Customer Care Awards UI');
    await page.getByLabel('Address (slug) (required)').fill('Not A Slug');
    await page.getByLabel('Telecommunications').check();
    await page.getByRole('button', { name: 'Create the campaign' }).click();
    // The API's problem shows beside the field it names.
    await expect(page.locator('.field-problem').first().textContent()).resolves.toMatch(/slug/);
    await look('list');
    await page.getByLabel('Address (slug) (required)').fill(slug);
    await page.getByRole('button', { name: 'Create the campaign' }).click();
    await page.waitForURL(/\/organizer\/campaigns\/[0-9a-f-]+\/setup$/);
    campaignId = /campaigns\/([0-9a-f-]+)\/setup/.exec(page.url())![1];
    await page.getByRole('heading', { level: 1, name: 'Set-up' }).waitFor();
  });

  it('sets up a category, the rules and the schedule, each problem beside its field', async () => {
    await page.getByRole('button', { name: 'Add a category' }).click();
    await page.getByLabel('Name (English) (required)').fill('Customer Care Benchmark');
    await page.getByLabel('Name (Chinese)').fill('客户关怀标杆');
    await page.getByRole('button', { name: 'Save the categories' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();

    await page.getByLabel('Valid responses to be ranked').fill('10');
    await page.getByLabel('Valid responses to be listed as indicative').fill('5');
    await page.getByRole('button', { name: 'Save industries and rules' }).click();
    await page.locator('form[aria-labelledby="rules-title"] [role="status"]').waitFor();

    // Closing before opening is refused, and the refusal is shown beside "Survey closes".
    await page.getByLabel('Survey opens').fill(shanghaiNow(10 * DAY).slice(0, 16));
    await page.getByLabel('Survey closes').fill(shanghaiNow(5 * DAY).slice(0, 16));
    await page.getByRole('button', { name: 'Save the schedule' }).click();
    const closes = page.getByLabel('Survey closes');
    await page.getByRole('alert').filter({ hasText: 'surveyClosesAt must be after surveyOpensAt' }).waitFor();
    await expect(closes.getAttribute('aria-invalid')).resolves.toBe('true');
    await look('setup');
    await page.getByLabel('Survey opens').fill(shanghaiNow(2 * DAY).slice(0, 16));
    await closes.fill(shanghaiNow(30 * DAY).slice(0, 16));
    await page.getByLabel('Registration closes').fill(shanghaiNow(DAY).slice(0, 16));
    await page.getByLabel('Announcement (embargo ends)').fill(shanghaiNow(60 * DAY).slice(0, 16));
    await page.getByRole('button', { name: 'Save the schedule' }).click();
    await page.locator('form[aria-labelledby="schedule-title"] [role="status"]').waitFor();
    const saved = (await api.http.get(`/campaigns/${campaignId}`).set(as(organizer)).expect(200)).body;
    expect(saved.rules.minResponsesRanked).toBe(10);
    expect(saved.categories).toHaveLength(1);
    expect(new Date(saved.schedule.surveyClosesAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it('opens registration from the dashboard, after asking', async () => {
    await move('Registration');
    await page.locator('.campaign-context').filter({ hasText: 'Registration' }).waitFor();
    await page.locator('[data-dashboard-ready="true"]').waitFor();
    await look('overview');
  });

  it('verifies enterprises and approves candidacies from the queues, in bulk, reporting each row', async () => {
    // Enterprises register themselves and later enter the campaign in their own workspace: done here through
    // the API, as they would.
    for (let i = 0; i < 3; i++) {
      const owner = await registeredEnterpriseUser(api.http);
      const profile = buildEnterprise({
        industryCode: 'telecom',
        legalName: `UI Telecom ${i} ${slug} Co., Ltd.`,
      });
      const e = (await api.http.post('/enterprises').set(as(owner.token)).send(profile).expect(201)).body;
      names.push(profile.legalName);
      enterpriseIds.push(e.id);
      owners.push(owner.token);
    }
    await tab('Review');
    const enterprises = page.locator('section[aria-labelledby="enterprise-queue"]');
    await enterprises.getByLabel(`Select ${names[0]}`).check();
    await enterprises.getByLabel(`Select ${names[1]}`).check();
    await enterprises.getByRole('button', { name: /Verify selected/ }).click();
    await enterprises.getByText(`${names[0]}: verified`).waitFor();
    await enterprises.getByText(`${names[1]}: verified`).waitFor();
    // Refusing needs a reason: said beside the reason field, nothing sent.
    await enterprises.getByLabel(`Select ${names[2]}`).check();
    await enterprises.getByRole('button', { name: /Reject selected/ }).click();
    await enterprises.getByText('Give a reason to refuse.').waitFor();
    await enterprises.getByLabel('Reason').fill('The credit code belongs to another company.');
    await enterprises.getByRole('button', { name: /Reject selected/ }).click();
    await enterprises.getByText(`${names[2]}: rejected`).waitFor();

    const categoryId = (await api.http.get(`/campaigns/${campaignId}`).set(as(organizer))).body.categories[0]
      .id;
    for (let i = 0; i < 2; i++) {
      await api.http
        .post(`/campaigns/${campaignId}/candidacies`)
        .set(as(owners[i]))
        .send({ categoryId, enterpriseId: enterpriseIds[i] })
        .expect(201);
    }
    await page.reload();
    const candidacies = page.locator('section[aria-labelledby="candidacy-queue"]');
    await candidacies.getByLabel('Select all').check();
    await candidacies.getByRole('button', { name: 'Approve selected (2)' }).click();
    await candidacies.getByText(`${names[0]}, Customer Care Benchmark: approved`).waitFor();
    await candidacies.getByText(`${names[1]}, Customer Care Benchmark: approved`).waitFor();
    await look('review');
  });

  it('closes registration early through the schedule when the move says so, then opens the survey', async () => {
    await move('Survey');
    // Registration still closes tomorrow: the API refuses, naming that date, and the page points to set-up.
    await page.getByRole('link', { name: 'Change the schedule in set-up' }).click();
    await page.getByLabel('Registration closes').fill(shanghaiNow());
    await page.getByRole('button', { name: 'Save the schedule' }).click();
    await page.locator('form[aria-labelledby="schedule-title"] [role="status"]').waitFor();
    await move('Survey');
    await page.locator('.campaign-context').filter({ hasText: 'Survey' }).waitFor();
  });

  it('imports a file with live progress and reads its data quality', async () => {
    await page.locator('.campaign-context').filter({ hasText: 'Survey' }).waitFor();
    await tab('Surveys');
    await page.getByLabel('File of responses').setInputFiles({
      name: 'responses.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(responsesFile(enterpriseIds.slice(0, 2))),
    });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText('Imported and ranked').waitFor({ timeout: 60_000 });
    const report = page.locator('.import-report');
    await expect(report.locator('dd').allTextContents()).resolves.toEqual(['26', '24', '1', '1']);
    await report.getByRole('cell', { name: 'enterpriseId' }).waitFor();
    await page.locator('table').filter({ hasText: 'Telecommunications' }).waitFor({ timeout: 15_000 });
    await look('surveys');
  });

  it('shows the ranking as a chart with intervals, a table and the snapshot history', async () => {
    await tab('Rankings');
    await page.getByRole('img', { name: /Customer satisfaction index in Telecommunications/ }).waitFor();
    const table = page.getByRole('table', { name: 'Ranking table' });
    await table.getByRole('rowheader', { name: names[0] }).waitFor();
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toContain(names[0]);
    await page.getByRole('heading', { name: 'Snapshot history' }).waitFor();
    await expect(page.locator('.snapshot-history li').count()).resolves.toBeGreaterThan(0);
    await look('rankings');
  });

  it('moves through judging to deciding', async () => {
    // Rounds belong to the judging pages (another helper's); this campaign has no panel category.
    await move('Judging');
    await page.locator('.campaign-context').filter({ hasText: 'Judging' }).waitFor();
    await move('Deciding');
    await page.locator('.campaign-context').filter({ hasText: 'Deciding' }).waitFor();
  });

  it('announces after asking, and shows the public results link', async () => {
    // Confirming the winners belongs to the awards page (the judging helper's): done through the API.
    await confirmAll(api, organizer, campaignId);
    await tab('Announcement');
    await look('announcement');
    const announce = async () => {
      await page.getByRole('button', { name: 'Announce now' }).click();
      await page.getByRole('button', { name: 'Yes, announce now' }).click();
    };
    // The survey still closes in a month: announcing now is refused, naming that date.
    await announce();
    await page.getByRole('link', { name: 'Change the schedule in set-up' }).click();
    await page.getByLabel('Survey closes').fill(shanghaiNow());
    await page.getByRole('button', { name: 'Save the schedule' }).click();
    await page.locator('form[aria-labelledby="schedule-title"] [role="status"]').waitFor();
    await tab('Announcement');
    await announce();
    const link = page.getByRole('link', { name: 'Public results page' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/results/${slug}`);
    await api.http.get(`/results/${slug}`).expect(200);
    await look('announced');
  });

  it('reads every page on a phone, and the dashboard in Chinese, without a serious accessibility fault', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const phone = await context.newPage();
    phone.setDefaultTimeout(10_000);
    await signInThroughPage(phone, base, TEST_ORGANIZER.email, TEST_ORGANIZER.password);
    const pages: [string, string][] = [
      ['list', '/app/organizer'],
      ['overview', `/app/organizer/campaigns/${campaignId}`],
      ['setup', `/app/organizer/campaigns/${campaignId}/setup`],
      ['review', `/app/organizer/campaigns/${campaignId}/review`],
      ['surveys', `/app/organizer/campaigns/${campaignId}/surveys`],
      ['rankings', `/app/organizer/campaigns/${campaignId}/rankings`],
      ['announcement', `/app/organizer/campaigns/${campaignId}/announcement`],
    ];
    for (const [name, path] of pages) {
      await phone.goto(`${base}${path}`);
      await phone.locator('h1').waitFor();
      await phone.waitForLoadState('networkidle');
      await expectAccessible(phone, `${name} on a phone`);
      await screenshot(phone, `organizer-campaign-${name}-phone`);
    }
    for (const [viewport, shown] of [
      ['phone', phone],
      ['desktop', page],
    ] as const) {
      await shown.goto(`${base}/app/organizer/campaigns/${campaignId}`);
      await chooseLanguage(shown, 'zh');
      await shown.getByRole('heading', { level: 1, name: '概览' }).waitFor();
      await shown.locator('[data-dashboard-ready="true"]').waitFor();
      await shown.getByText('电信业').first().waitFor();
      await expectAccessible(shown, `the dashboard in Chinese (${viewport})`);
      await screenshot(shown, `organizer-campaign-overview-zh-${viewport}`);
    }
    await context.close();
  });
});
