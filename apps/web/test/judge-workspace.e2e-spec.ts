import type { INestApplicationContext } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  chooseAndSaveLanguage,
  chooseLanguage,
  createdStaffUser,
  expectAccessible,
  launchChromium,
  listenLocally,
  materialsCampaign,
  moveCampaign,
  organizerToken,
  roundWithAssignments,
  samplePdf,
  screenshot,
  shows,
  signInThroughPage,
  stopApiAndWorker,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

interface RubricVersion {
  categories: { code: string; name: string; items: { code: string }[] }[];
}

/** Waits until `check` holds (pages update after their requests answer), or fails saying what it saw. */
async function until(what: string, check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('The judges’ workspace: my rounds, the dossier, a CCCS-OP sheet scored from the keyboard', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let dir: string;
  let judge: { id: string; email: string; password: string; token: string };
  let rubric: RubricVersion;
  let enterprises: string[];
  let assignments: string[];
  let organizer: string;
  let setup: Awaited<ReturnType<typeof materialsCampaign>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-judge-web-'));
    ({ api, worker } = await startFreshApiAndWorker({ DOCUMENTS_DIR: dir }));
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    setup = await materialsCampaign(api, organizer, {
      industries: ['telecom', 'finance'],
      judges: 0,
      documents: (i) => [{ name: `evidence ${i + 1}.pdf`, bytes: samplePdf(`Evidence ${i + 1}`) }],
    });
    const staff = await createdStaffUser(api.http, organizer, 'judge');
    judge = { ...staff.account, token: staff.token, id: staff.id };
    const rubrics = (await api.http.get('/rubrics').set(as(organizer)).expect(200)).body as {
      id: string;
      key: string;
    }[];
    const cccs = rubrics.find((r) => r.key === 'cccs-op-2003') as { id: string };
    const full = (await api.http.get(`/rubrics/${cccs.id}`).set(as(organizer)).expect(200)).body as {
      versions: RubricVersion[];
    };
    rubric = full.versions[0];
    enterprises = setup.entrants.map((e) => e.enterpriseId);
    const made = await roundWithAssignments(
      api,
      organizer,
      {
        campaignId: setup.campaignId,
        rubricId: cccs.id,
        judges: [{ id: staff.id, token: staff.token, name: staff.account.displayName }],
      },
      {
        categoryId: setup.categoryId,
        name: 'Document review',
        stageType: 'document-review',
        closesAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
      enterprises,
      [
        [0, 0],
        [1, 0],
      ],
    );
    assignments = made.assignments.map((a) => a[0]);
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    await api.http
      .post(`/rounds/${made.round.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'open' })
      .expect(200);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
    await rm(dir, { recursive: true, force: true });
  });

  const items = () => rubric.categories.flatMap((c) => c.items.map((i) => i.code));
  const valueOf = (index: number) => (index * 7) % 11;
  const score = (page: Page, code: string) => page.locator(`input[id="score-${code}"]`);
  const figure = (page: Page, name: string) => page.locator(`.judge-summary [data-figure="${name}"]`);
  const stored = async (assignmentId: string) =>
    (await api.http.get(`/judging/assignments/${assignmentId}`).set(as(judge.token)).expect(200)).body;

  /** Types item after item from `from` on, Tab after each, and once more past each category's comment. */
  async function typeScores(page: Page, from: number, to: number) {
    const codes = items();
    const lastOfCategory = new Set(rubric.categories.map((c) => c.items[c.items.length - 1].code));
    await score(page, codes[from]).focus();
    for (let i = from; i < to; i++) {
      await page.keyboard.type(String(valueOf(i)));
      await page.keyboard.press('Tab');
      if (lastOfCategory.has(codes[i])) await page.keyboard.press('Tab');
    }
  }

  it('takes a judge from My rounds to the dossier, and scores 48 items from the keyboard to a locked sheet', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughPage(page, base, judge.email, judge.password);
    expect(new URL(page.url()).pathname).toBe('/app/judge');
    await expect(page.locator('h1').textContent()).resolves.toBe('My rounds');
    await expect(page.locator('.judge-round h2').textContent()).resolves.toBe('Document review');
    await expect(page.locator('.judge-round').textContent()).resolves.toContain('0 of 2 submitted');
    await expectAccessible(page, 'my rounds');
    await screenshot(page, 'judge-rounds-desktop');

    await page.locator('.judge-assignment a', { hasText: 'Read the dossier of' }).first().click();
    await page.waitForURL(/\/app\/judge\/assignments\/[^/]+$/);
    await expect(page.locator('h2#entry-title').textContent()).resolves.toBe('Entry');
    await expect(page.locator('.judge-documents button').first().textContent()).resolves.toMatch(
      /^Open evidence \d\.pdf/,
    );
    // Reference codes read as names, never as codes.
    const profile = page.locator('section[aria-labelledby="profile-title"] dl');
    await shows(profile, /Organisation typeIn-house contact center serving/);
    await expect(profile.textContent()).resolves.toContain('Call center or customer service center');
    await expect(profile.textContent()).resolves.toMatch(/IndustryTelecommunications|IndustryFinance/);
    await expectAccessible(page, 'dossier');
    await screenshot(page, 'judge-dossier-desktop');
    const assignmentId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.locator('a', { hasText: 'Open the score sheet' }).click();
    await page.waitForURL(/\/sheet$/);
    await expect(figure(page, 'scored').textContent()).resolves.toBe('0 of 48 items');

    // Half the sheet, then a reload: the autosaved draft comes back.
    await typeScores(page, 0, 24);
    await shows(page.locator('.judge-save'), /Saved at \d\d:\d\d/);
    await shows(figure(page, 'scored'), '24 of 48 items');
    await expect(page.locator('[data-category="1"] td').last().textContent()).resolves.toMatch(/%$/);
    await page.reload();
    await until(
      'the draft back',
      async () => (await score(page, items()[23]).inputValue()) === String(valueOf(23)),
    );
    await shows(figure(page, 'scored'), '24 of 48 items');

    await typeScores(page, 24, 48);
    // "Saved at" is still on screen from the first half: wait for the draft itself to hold every item.
    await until(
      'the whole sheet saved',
      async () => Object.keys((await stored(assignmentId)).sheet.sheet.values).length === 48,
    );
    await shows(page.locator('.judge-save'), /Saved at/);
    await expectAccessible(page, 'score sheet');
    await screenshot(page, 'judge-sheet-desktop');
    const draft = await stored(assignmentId);
    const result = draft.sheet.result as { total: number; band: string; weakestCategory: string };
    expect(Object.keys(draft.sheet.sheet.values)).toHaveLength(48);
    await shows(figure(page, 'total'), result.total.toFixed(2));
    const bandWords = result.band.replace(/-/g, ' ');
    await expect(figure(page, 'band').textContent()).resolves.toBe(
      bandWords.charAt(0).toUpperCase() + bandWords.slice(1),
    );
    await expect(figure(page, 'weakest').textContent()).resolves.toMatch(
      new RegExp(`^${result.weakestCategory}\\. `),
    );

    await page.locator('button', { hasText: 'Review and submit' }).click();
    const dialog = page.locator('dialog.judge-dialog');
    await expect(dialog.locator('h2').textContent()).resolves.toBe('Submit this sheet?');
    await expect(dialog.locator('[data-figure="total"]').textContent()).resolves.toBe(
      result.total.toFixed(2),
    );
    await dialog.locator('button', { hasText: 'Submit the sheet' }).click();
    await shows(page.locator('.judge-locked'), /This sheet is locked/);
    expect(await score(page, items()[0]).getAttribute('readonly')).toBe('');
    const submitted = await stored(assignmentId);
    expect(submitted.sheet.sheet.state).toBe('submitted');
    expect(submitted.sheet.result.total).toBe(result.total);
    await page.goto(`${base}/app/judge`);
    await expect(page.locator('.judge-round').textContent()).resolves.toContain('1 of 2 submitted');
    await context.close();
  }, 180_000);

  it('names a value out of scale beside its item, on a phone and in Chinese', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughPage(page, base, judge.email, judge.password);
    await expectAccessible(page, 'my rounds on a phone');
    await screenshot(page, 'judge-rounds-phone');
    await page.goto(`${base}/app/judge/assignments/${assignments[1]}`);
    await page.locator('h2#entry-title').waitFor();
    await screenshot(page, 'judge-dossier-phone');
    // The sheet the first test left unscored (the order of My rounds is the page's, not the setup's).
    const unscored = (
      (await api.http.get('/judging/assignments').set(as(judge.token)).expect(200)).body as {
        assignmentId: string;
        sheetState: string | null;
      }[]
    ).find((a) => a.sheetState !== 'submitted') as { assignmentId: string };
    await page.goto(`${base}/app/judge/assignments/${unscored.assignmentId}/sheet`);
    // The pinned summary is one line with a button for the rest, so the items stay in view.
    const summary = page.locator('aside.judge-summary');
    await shows(summary.locator('.judge-summary-line p'), '0/48 scored · Total — · Band —');
    expect((await summary.boundingBox())?.height).toBeLessThan(100);
    expect(await page.locator('button', { hasText: 'Review and submit' }).isVisible()).toBe(false);
    await page.screenshot({ path: await screenshot(page, 'judge-sheet-phone-view'), fullPage: false });
    const toggle = summary.locator('button[aria-controls="summary-detail"]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('button', { hasText: 'Review and submit' }).isVisible()).toBe(true);
    await shows(summary.locator('[data-category="1"] td').last(), '0 of 5 scored');
    await expectAccessible(page, 'score sheet summary open on a phone');
    await page.screenshot({ path: await screenshot(page, 'judge-sheet-phone-summary'), fullPage: false });
    await toggle.click();
    await score(page, '1.1').focus();
    await page.keyboard.type('11');
    const problem = page.locator('[id="score-1.1-problem"]');
    await shows(problem, 'must be a number from 0 to 10');
    expect(await score(page, '1.1').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'score sheet on a phone');
    await screenshot(page, 'judge-sheet-phone');
    await chooseLanguage(page, 'zh');
    await shows(page.locator('h1'), /^评分表：/);
    await shows(problem, '必须是 0 到 10 之间的数');
    // The guidance is Chinese, not the English text.
    const guidance = page.locator('[id="score-1.1-guidance"]');
    await shows(
      guidance,
      /^0：尚未建立；5：部分建立；10：完全达到 CCCS-OP 2003 的要求（企业高层领导支持）。$/,
    );
    expect(await guidance.getAttribute('lang')).toBeNull();
    await page.screenshot({ path: await screenshot(page, 'judge-sheet-zh-phone-view'), fullPage: false });
    await screenshot(page, 'judge-sheet-zh-phone');
    await page.setViewportSize(VIEWPORTS.desktop);
    await expectAccessible(page, 'score sheet in Chinese');
    await screenshot(page, 'judge-sheet-zh-desktop');
    await page.goto(`${base}/app/judge/assignments/${unscored.assignmentId}`);
    await shows(
      page.locator('section[aria-labelledby="profile-title"] dl'),
      /机构类型企业或组织自建呼叫中心/,
    );
    // The heading names the enterprise in Chinese when its dossier has a Chinese name; else English, marked so.
    const shown = (
      await api.http.get(`/judging/assignments/${unscored.assignmentId}`).set(as(judge.token)).expect(200)
    ).body as { assignment: { enterpriseName: string }; dossier: { legalNameZh?: string | null } };
    const heading = page.locator('h1#dossier-title');
    await shows(heading, shown.dossier.legalNameZh ?? shown.assignment.enterpriseName);
    expect(await heading.getAttribute('lang')).toBe(shown.dossier.legalNameZh ? null : 'en');
    await screenshot(page, 'judge-dossier-zh-desktop');
    await chooseAndSaveLanguage(page, 'en');
    await context.close();
  }, 120_000);

  it('declares a conflict through the page, after which the dossier is out of reach', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughPage(page, base, judge.email, judge.password);
    const target = (
      (await api.http.get('/judging/assignments').set(as(judge.token)).expect(200)).body as {
        assignmentId: string;
        enterpriseName: string;
      }[]
    ).find((a) => a.assignmentId === assignments[1]) as { enterpriseName: string };
    const row = page.locator('.judge-assignment', { hasText: target.enterpriseName });
    await row.locator('button', { hasText: 'Declare a conflict of interest' }).click();
    await row.locator('button', { hasText: 'Continue' }).click();
    await shows(row.locator('.field-problem'), 'Please give the reason for the conflict.');
    await row.locator('textarea[name="reason"]').fill('Former client until 2025');
    await row.locator('button', { hasText: 'Continue' }).click();
    await shows(row.locator('h4'), 'Declare this conflict?');
    await expectAccessible(page, 'conflict confirmation');
    await screenshot(page, 'judge-conflict-desktop');
    await row.locator('button', { hasText: 'Yes, declare the conflict' }).click();
    await shows(page.locator('[role="status"] .notice'), /is recorded/);
    await until('one assignment left', async () => (await page.locator('.judge-assignment').count()) === 1);
    await page.goto(`${base}/app/judge/assignments/${assignments[1]}`);
    await shows(page.locator('h1'), 'This assignment is not available to you');
    await api.http.get(`/judging/assignments/${assignments[1]}`).set(as(judge.token)).expect(404);
    await context.close();
  }, 120_000);
  it('shows earlier rounds’ feedback in the dossier where the round shows it, without judges’ names', async () => {
    // The team category: a first round scored by another judge, then a round for this judge that shows it.
    const other = await createdStaffUser(api.http, organizer, 'judge');
    const otherJudge = { id: other.id, token: other.token, name: other.account.displayName };
    const transition = (roundId: string, to: string) =>
      api.http.post(`/rounds/${roundId}/transitions`).set(as(organizer)).send({ to }).expect(200);
    const first = await roundWithAssignments(
      api,
      organizer,
      { ...setup, judges: [otherJudge] },
      {
        categoryId: setup.teamCategoryId,
        name: 'Team review',
        stageType: 'document-review',
        advancementRule: { kind: 'top-n', n: 2, perIndustry: false },
      },
      enterprises,
      [
        [0, 0],
        [1, 0],
      ],
    );
    const later = (
      await api.http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 1,
          categoryId: setup.teamCategoryId,
          name: 'Team visit',
          stageType: 'site-visit',
          materials: { showPreviousFeedback: true },
        })
        .expect(201)
    ).body as { id: string };
    await transition(first.round.id, 'open');
    for (const [i, [a]] of first.assignments.entries()) {
      await api.http
        .put(`/judging/assignments/${a}/sheet`)
        .set(as(other.token))
        .send({ values: { s: 8 - i, p: 70 }, comments: { service: `Queue boards are live (${i + 1}).` } })
        .expect(200);
      await api.http.post(`/judging/assignments/${a}/sheet/submit`).set(as(other.token)).expect(200);
    }
    await transition(first.round.id, 'closed');
    await transition(first.round.id, 'finalised');
    await api.http
      .put(`/rounds/${later.id}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: judge.id }, { judgeId: other.id }] })
      .expect(200);
    const entrants = (await api.http.get(`/rounds/${later.id}/entrants`).set(as(organizer)).expect(200))
      .body as { id: string; enterpriseId: string }[];
    const entrant = entrants.find((e) => e.enterpriseId === enterprises[0]) as { id: string };
    const assignment = (
      await api.http
        .post(`/rounds/${later.id}/assignments`)
        .set(as(organizer))
        .send({ entrantId: entrant.id, judgeId: judge.id })
        .expect(201)
    ).body as { id: string };
    // The other entrant (this judge declared a conflict with it) goes to the other judge: k each to open.
    const rest = entrants.find((e) => e.enterpriseId === enterprises[1]) as { id: string };
    await api.http
      .post(`/rounds/${later.id}/assignments`)
      .set(as(organizer))
      .send({ entrantId: rest.id, judgeId: other.id })
      .expect(201);
    await transition(later.id, 'open');

    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughPage(page, base, judge.email, judge.password);
    await page.goto(`${base}/app/judge/assignments/${assignment.id}`);
    const earlier = page.locator('section[aria-labelledby="earlier-title"]');
    await shows(earlier.locator('h2'), 'Feedback from earlier rounds');
    await expect(earlier.locator('h3').textContent()).resolves.toBe('Team review');
    await expect(earlier.locator('li').first().textContent()).resolves.toBe(
      'Service: Queue boards are live (1).',
    );
    const text = (await earlier.textContent()) ?? '';
    expect(text).not.toContain(otherJudge.name);
    await expectAccessible(page, 'earlier rounds on a phone');
    await screenshot(page, 'judge-earlier-phone');
    await chooseLanguage(page, 'zh');
    await shows(earlier.locator('h2'), '前几轮的评审反馈');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'judge-earlier-zh-desktop');
    await chooseAndSaveLanguage(page, 'en');
    await context.close();
  }, 120_000);
});
