import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  as,
  awardsCampaign,
  AwardsSetup,
  chooseAndSaveLanguage,
  chooseLanguage,
  expectAccessible,
  launchChromium,
  listenLocally,
  moveCampaign,
  organizerToken,
  panelCampaign,
  screenshot,
  shows,
  signInThroughPage,
  stopApiAndWorker,
  TEST_ORGANIZER,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

describe('The organizer runs a round, decides awards and finds people in the browser', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;
  let panel: Awaited<ReturnType<typeof panelCampaign>>;
  let awards: AwardsSetup;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    panel = await panelCampaign(api, organizer, { industries: ['telecom', 'finance'], judges: 2 });
    await moveCampaign(api, organizer, panel.campaignId, 'survey', 'judging');
    awards = await awardsCampaign(api, organizer);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  async function signedIn(
    viewport: keyof typeof VIEWPORTS,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughPage(page, base, TEST_ORGANIZER.email, TEST_ORGANIZER.password);
    return { context, page };
  }
  const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

  it('creates a round, builds its panel, assigns, follows progress, decides a conflict and reads results', async () => {
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/campaigns/${panel.campaignId}/rounds`);
    await expect(text(page, 'h1')).resolves.toContain('Judging rounds');
    await expectAccessible(page, 'rounds page');
    await screenshot(page, 'organizer-rounds-desktop');

    await page.getByLabel('Name').fill('Document review');
    await page.getByLabel('Rubric', { exact: false }).first().selectOption(panel.rubricId);
    await page.getByLabel('Judges per entrant').fill('1');
    await page.getByRole('button', { name: 'Create the round' }).click();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Document review' }).waitFor();

    for (const j of panel.judges) await page.getByLabel(`Put ${j.name} on the panel`).check();
    await page.getByLabel(`Make ${panel.judges[0].name} the chair`).check();
    await page.getByRole('button', { name: 'Save the panel' }).click();
    await expect(text(page, '#panel ~ .notice')).resolves.toBe('Panel saved: 2 judges.');
    // The panel's own table holds its judges only; every judge appears only while choosing, said so.
    const panelSection = page.locator('section[aria-labelledby="panel"]');
    const members = await panelSection.locator('table tbody th').allTextContents();
    expect(members.sort()).toEqual(panel.judges.map((j) => j.name).sort());
    await page.getByRole('button', { name: 'Change the panel' }).click();
    await page.getByRole('heading', { name: 'Choose from all judges' }).waitFor();
    await page.getByLabel(`Put ${panel.judges[1].name} on the panel`).uncheck();
    await shows(panelSection.getByRole('status'), '');
    await page.getByRole('button', { name: 'Keep the panel as it is' }).click();

    await page.getByRole('button', { name: 'Assign automatically' }).click();
    await page.getByText(/2 assignments made/).waitFor();
    const first = await page
      .getByLabel('Assignment', { exact: true })
      .locator('option')
      .first()
      .textContent();
    const other = panel.judges.find((j) => !first!.includes(j.name))!;
    // The judge holding the assignment is not offered it again.
    await expect(page.getByLabel('New judge').locator('option').allTextContents()).resolves.toEqual([
      other.name,
    ]);
    await page.getByLabel('New judge').selectOption({ label: other.name });
    await page.locator('form[aria-labelledby="reassign"]').getByLabel('Reason').fill('Balance the load');
    await page.getByRole('button', { name: 'Reassign' }).click();
    await page.getByText('Assignment handed over.').waitFor();
    await expectAccessible(page, 'draft round page');
    await screenshot(page, 'organizer-round-draft-desktop');

    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByRole('button', { name: 'Send reminders' }).click();
    await page.getByText(/judges reminded/).waitFor();
    // While the round is open the unsubmitted sheets are pending, not excluded: only a forced close excludes.
    await page.getByText('Sheets not submitted yet').waitFor();
    await expect(page.getByText(/excluded by a forced close/).count()).resolves.toBe(0);
    await screenshot(page, 'organizer-round-progress-desktop');
    await chooseLanguage(page, 'zh');
    await page.getByRole('heading', { name: '评审进度' }).waitFor();
    // This campaign's category has no Chinese name: the English one is marked so it is read as English.
    await expect(text(page, 'main [lang="en"]')).resolves.toBe('Best Call Center of the Year');
    await expectAccessible(page, 'progress in Chinese');
    await screenshot(page, 'organizer-round-progress-zh-desktop');
    await chooseAndSaveLanguage(page, 'en');

    // The judges score through the API; the one judging the telecom entrant then declares a conflict with it.
    let conflicted = '';
    for (const judge of panel.judges) {
      const work = (await api.http.get('/judging/assignments').set(as(judge.token)).expect(200)).body;
      for (const a of work) {
        await api.http
          .put(`/judging/assignments/${a.assignmentId}/sheet`)
          .set(as(judge.token))
          .send({ values: { s: 8, p: 70 } })
          .expect(200);
        await api.http
          .post(`/judging/assignments/${a.assignmentId}/sheet/submit`)
          .set(as(judge.token))
          .expect(200);
        const telecom = panel.enterprises[0];
        if (a.enterpriseName === telecom.name && !conflicted) {
          await api.http
            .post('/judging/conflicts')
            .set(as(judge.token))
            .send({ enterpriseId: telecom.id, reason: 'Former client' })
            .expect(201);
          conflicted = judge.name;
        }
      }
    }
    await page.reload();
    const card = page.locator('#conflicts ~ ul .card').first();
    await expect(card.textContent()).resolves.toContain('Former client');
    await card.getByLabel('Reason').fill('The engagement ended in 2019, before this campaign');
    await card.getByRole('button', { name: 'Record the decision' }).click();
    await card.getByText('Sheet kept').waitFor();

    await page.getByRole('button', { name: 'Close the round' }).click();
    await page.getByRole('button', { name: 'Finalise the results' }).waitFor();
    const results = page.locator('section[aria-labelledby="results"]');
    await expect(results.textContent()).resolves.toContain(panel.enterprises[1].name);
    await expectAccessible(page, 'closed round with results');
    // Once closed, the panel and the assignments no longer change: no action is offered, and the page says why.
    await page.getByText('The round is closed: its panel no longer changes.').waitFor();
    await page.getByText('The round is closed: assignments are no longer made or handed over.').waitFor();
    const offered: Record<string, number> = {};
    for (const name of ['Change the panel', 'Save the panel', 'Assign automatically', 'Reassign'])
      offered[name] = await page.getByRole('button', { name, exact: true }).count();
    expect(offered).toEqual({
      'Change the panel': 0,
      'Save the panel': 0,
      'Assign automatically': 0,
      Reassign: 0,
    });
    // Every sheet was submitted: the results say so in words rather than "not submitted yet: 0".
    await expect(results.textContent()).resolves.toContain('Every sheet is submitted');
    await screenshot(page, 'organizer-round-results-desktop');
    await chooseLanguage(page, 'zh');
    await page.getByText('本轮次已关闭，评审组不能再更改。').waitFor();
    await expect(results.textContent()).resolves.toContain('全部评分表均已提交');
    await expectAccessible(page, 'closed round in Chinese');
    await screenshot(page, 'organizer-round-results-zh-desktop');
    await chooseAndSaveLanguage(page, 'en');
    await context.close();

    const phone = await signedIn('phone');
    await phone.page.goto(page.url());
    await phone.page.getByRole('heading', { name: 'Results' }).waitFor();
    // The heading comes before the figures: wait for them, or the screenshot shows "Loading…".
    await phone.page.locator('section[aria-labelledby="results"] table').first().waitFor();
    await phone.page.locator('section[aria-labelledby="progress"] table').first().waitFor();
    await screenshot(phone.page, 'organizer-round-results-phone');
    await phone.context.close();
  }, 150_000);

  it('confirms one proposal and overrides another, the missing justification named beside its field', async () => {
    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/campaigns/${awards.campaignId}/awards`);
    await expect(text(page, 'h1')).resolves.toContain('Awards');
    await expectAccessible(page, 'awards page');
    await screenshot(page, 'organizer-awards-desktop');

    const benchmark = page.locator('section.proposal', { hasText: 'Customer Care Benchmark Enterprise' });
    await benchmark.getByRole('button', { name: 'Confirm as proposed' }).click();
    const outcome = benchmark.locator('.decision [role="status"], .decision [role="alert"]').first();
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toBe('Decision recorded.');

    const best = page.locator('section.proposal', { hasText: 'Best Call Center of the Year' });
    await best.getByRole('button', { name: 'Override…' }).click();
    await best.getByLabel(awards.names.A).uncheck();
    await best.getByLabel(awards.names.E).check();
    await best.getByRole('button', { name: 'Record the override' }).click();
    const problem = best.locator('.field-invalid .field-problem');
    await expect(problem.textContent()).resolves.toMatch(/justification/i);
    await best
      .getByLabel(/Justification/)
      .fill('The board found A’s site visit evidence incomplete; E is awarded.');
    await best.getByRole('button', { name: 'Record the override' }).click();
    await best.getByText('Decision recorded.').waitFor();
    await chooseLanguage(page, 'zh');
    await page.getByRole('heading', { level: 1, name: /奖项/ }).waitFor();
    // The rules, reasons and figure labels are Chinese: no English rule, no raw figure key or band code.
    const proposals = page.locator('section.proposal');
    await proposals.filter({ hasText: '每个行业中' }).first().waitFor();
    const shown = (await proposals.allTextContents()).join('\n');
    for (const english of [
      'Per industry',
      'The top ',
      '% survey CSI',
      'no eligible enterprise',
      'no proposal',
    ])
      expect(shown).not.toContain(english);
    for (const key of ['panelScore', 'roundRank', 'adjustedP', 'csiLow', 'certified-five-star'])
      expect(shown).not.toContain(key);
    await expect(
      page.locator('section.proposal p[lang="en"], section.proposal ul[lang="en"]').count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'awards in Chinese');
    await screenshot(page, 'organizer-awards-zh-desktop');
    await chooseAndSaveLanguage(page, 'en');
    await context.close();

    const phone = await signedIn('phone');
    await phone.page.goto(`${base}/app/organizer/campaigns/${awards.campaignId}/awards`);
    await phone.page.locator('section.proposal').first().waitFor();
    await screenshot(phone.page, 'organizer-awards-phone');
    await chooseLanguage(phone.page, 'zh');
    await phone.page.getByRole('heading', { level: 1, name: /奖项/ }).waitFor();
    await screenshot(phone.page, 'organizer-awards-zh-phone');
    await chooseAndSaveLanguage(phone.page, 'en');
    await phone.context.close();
  });

  it('searches enterprises and users with sorting and paging, disables a judge, and filters the audit log', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await signedIn(viewport);
      await page.goto(`${base}/app/organizer/enterprises`);
      await page.getByLabel('Name or credit code').fill('Enterprise ');
      await page.getByLabel('Sort by').selectOption('-legalName');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('6 found').waitFor();
      await expect(text(page, 'tbody th')).resolves.toBe(awards.names.G);
      await expectAccessible(page, `enterprises (${viewport})`);
      await screenshot(page, `organizer-enterprises-${viewport}`);

      await page.goto(`${base}/app/organizer/users`);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(/^Page 2 of/).waitFor();
      await expectAccessible(page, `users (${viewport})`);
      await screenshot(page, `organizer-users-${viewport}`);
      await context.close();
    }

    const { context, page } = await signedIn('desktop');
    await page.goto(`${base}/app/organizer/users`);
    const judge = panel.judges[1];
    await page.getByLabel('Name or email').fill(judge.name);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 found').waitFor();
    await page.getByRole('button', { name: `Disable: ${judge.name}` }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('tbody td', { hasText: 'Disabled' }).waitFor();

    await page.goto(`${base}/app/organizer/audit-log`);
    await page.getByLabel('Action', { exact: true }).fill('user.disabled');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('1 found').waitFor();
    await expectAccessible(page, 'audit log');
    await screenshot(page, 'organizer-audit-log-desktop');
    await context.close();
  }, 150_000);
});
