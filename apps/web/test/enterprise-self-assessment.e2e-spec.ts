import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  announceNow,
  as,
  awardsCampaign,
  chooseAndSaveLanguage,
  chooseLanguage,
  eventually,
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
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

/** A rubric as organizers write them: names, guidance and band meanings in both languages. */
const RUBRIC = {
  categories: [
    {
      code: '1',
      name: 'Service',
      nameZh: '服务',
      weight: 60,
      items: [
        {
          code: '1.1',
          name: 'First-contact resolution',
          nameZh: '首次解决率',
          scaleMin: 0,
          scaleMax: 10,
          guidance: 'How many contacts are resolved at the first contact, measured over a year.',
          guidanceZh: '一年内首次联络即解决的比例。',
        },
        {
          code: '1.2',
          name: 'Queue time',
          nameZh: '排队时间',
          scaleMin: 0,
          scaleMax: 10,
          step: 0.5,
          guidance: 'How long callers wait before an agent answers.',
          guidanceZh: '来电者在坐席接听前的等待时间。',
        },
      ],
    },
    {
      code: '2',
      name: 'People',
      nameZh: '人员',
      weight: 40,
      items: [
        {
          code: '2.1',
          name: 'Coaching',
          nameZh: '辅导',
          scaleMin: 0,
          scaleMax: 100,
          guidance: 'Regular coaching of every agent, with records.',
          guidanceZh: '对每位坐席进行定期辅导并留有记录。',
        },
      ],
    },
  ],
  bands: [
    { min: 81, max: 100, outcome: 'certified-five-star', nameZh: '五星认证', meaning: 'Leads the industry' },
    {
      min: 61,
      max: 80,
      outcome: 'certified',
      nameZh: '认证',
      meaning: 'Meets the standard',
      meaningZh: '达到标准',
    },
    { min: 41, max: 60, outcome: 'conditional', nameZh: '有条件认证' },
    { min: 0, max: 40, outcome: 'not-certified', nameZh: '未认证' },
  ],
};

/**
 * An entrant's self-assessment, typed from the keyboard and submitted to a locked sheet; then, after another
 * campaign's announcement, a winner's certificates in its workspace, each opening its public page.
 */
describe('The enterprise workspace: self-assessment and certificates', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  async function look(page: Page, name: string) {
    for (const viewport of ['phone', 'desktop'] as const) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await expectAccessible(page, `${name} (${viewport})`);
      await screenshot(page, `enterprise-${name}-${viewport}`);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  }

  it('takes an entrant from its start page through a self-assessment by keyboard to a locked sheet', async () => {
    const setup = await panelCampaign(api, organizer, { industries: ['telecom'], judges: 0 });
    const [E1] = setup.enterprises;
    await moveCampaign(api, organizer, setup.campaignId, 'survey');
    const rubric = (
      await api.http
        .post('/rubrics')
        .set(as(organizer))
        .send({ key: 'self-assessment-two-languages', name: 'Service and people', ...RUBRIC })
        .expect(201)
    ).body as { id: string };
    const round = (
      await api.http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.categoryId,
          name: 'Self-assessment 2027',
          stageType: 'self-assessment',
          rubricId: rubric.id,
          rubricVersion: 1,
          judgesPerEntrant: 1,
          advancementRule: { kind: 'top-n', n: 10, perIndustry: false },
          closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        })
        .expect(201)
    ).body as { id: string };
    await api.http
      .post(`/rounds/${round.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'open' })
      .expect(200);

    const page = await (await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' })).newPage();
    await signInThroughPage(page, base, E1.ownerAccount.email, E1.ownerAccount.password);
    await page.getByRole('heading', { level: 2, name: 'Self-assessment' }).waitFor();
    await page.getByText(/Submit by /).waitFor();
    await look(page, 'self-assessment-home');

    await page.getByRole('link', { name: 'Fill in the self-assessment: Self-assessment 2027' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment: Self-assessment 2027' }).waitFor();
    await page.getByText('How many contacts are resolved at the first contact').waitFor();
    // Item after item from the keyboard: Enter moves to the next score.
    await page.locator('input[id="score-1.1"]').focus();
    for (const typed of ['8', '7.5', '60']) {
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
    }
    const figure = (name: string) => page.locator(`.judge-summary [data-figure="${name}"]`);
    await shows(page.locator('.judge-save').first(), /Saved at \d\d:\d\d/);
    await shows(figure('total'), '70.50');
    await shows(figure('band'), 'Certified');
    await shows(figure('weakest'), '2. People');
    await page.getByText('Meets the standard').first().waitFor();
    await look(page, 'self-assessment');

    await chooseLanguage(page, 'zh');
    await page.getByText('一年内首次联络即解决的比例。').waitFor();
    await shows(figure('weakest'), '2. 人员');
    await look(page, 'self-assessment-zh');
    await chooseAndSaveLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Self-assessment: Self-assessment 2027' }).waitFor();

    // The draft was saved: the API holds it, and a reload brings it back.
    const path = `/enterprises/${E1.id}/self-assessments`;
    const saved = (await api.http.get(path).set(as(E1.ownerToken)).expect(200)).body[0].sheet;
    expect(saved.sheet).toMatchObject({ state: 'draft', values: { '1.1': 8, '1.2': 7.5, '2.1': 60 } });

    await page.getByRole('button', { name: 'Review and submit' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Submit this sheet?' });
    await dialog.getByText('shown to the judges beside their own scores').waitFor();
    await expect(dialog.locator('[data-figure="total"]').textContent()).resolves.toBe('70.50');
    await dialog.getByRole('button', { name: 'Submit the sheet' }).click();
    await page.getByText(/Your self-assessment is locked\./).waitFor();
    expect(await page.locator('input[id="score-1.1"]').getAttribute('readonly')).toBe('');
    await expect(page.getByRole('button', { name: 'Review and submit' }).count()).resolves.toBe(0);
    const submitted = (await api.http.get(path).set(as(E1.ownerToken)).expect(200)).body[0].sheet;
    expect(submitted.sheet.state).toBe('submitted');
    expect(submitted.result.total).toBe(70.5);
    await look(page, 'self-assessment-submitted');

    await page.getByRole('link', { name: '← Back to the start page' }).click();
    await page
      .getByRole('link', { name: 'View the submitted self-assessment: Self-assessment 2027' })
      .waitFor();
    await page.context().close();
  }, 240_000);

  it('shows a winner its certificates after the announcement, each opening its page', async () => {
    const s = await awardsCampaign(api, organizer);
    const candidacies = (
      await api.http
        .get(`/campaigns/${s.campaignId}/candidacies`)
        .set(as(s.ownerTokens.A))
        .query({ pageSize: 100 })
        .expect(200)
    ).body.items as { id: string; categoryId: string }[];
    const panel = candidacies.find((c) => c.categoryId === s.categoryIds[2]) as { id: string };
    const page = await (await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' })).newPage();
    await signInThroughPage(page, base, s.ownerAccounts.A.email, s.ownerAccounts.A.password);
    const candidacyPage = `${base}/app/enterprise/candidacies/${s.campaignId}/${panel.id}`;

    // Before the announcement there is nothing of the kind on the page.
    await page.goto(candidacyPage);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your live standing' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Your certificates' }).count()).resolves.toBe(0);

    await announceNow(api, organizer, s.campaignId);
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Your certificates' }).waitFor();
    const links = page.getByRole('link', { name: /^Open the certificate: / });
    // A won the panel category, the single-winner category by its tie-break, and a joint award.
    await eventually(async () => ((await links.count()) === 3 ? true : undefined), 10_000, 'three links');
    await page.getByRole('link', { name: 'Open the published results' }).waitFor();
    await look(page, 'certificates');

    const href = (await page
      .getByRole('link', { name: 'Open the certificate: Best Call Center of the Year' })
      .getAttribute('href')) as string;
    expect(href).toMatch(/^\/certificates\/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}\?lang=en$/);
    const opened = await page.request.get(`${base}${href}`);
    expect(opened.status()).toBe(200);
    expect(await opened.text()).toContain('Verified: this certificate was issued by Care Awards.');

    await chooseLanguage(page, 'zh');
    await page.getByRole('heading', { level: 3, name: '您的证书' }).waitFor();
    await page.getByRole('link', { name: '打开证书：中国最佳呼叫中心' }).waitFor();
    await look(page, 'certificates-zh');
    await page.getByRole('link', { name: '打开证书：中国最佳呼叫中心' }).click();
    await page.waitForURL(/\/certificates\/.+\?lang=zh$/);
    // The Chinese page names the winner by its verified Chinese name.
    await page.getByText('验证通过：此证书由客户关怀奖颁发。').waitFor();
    expect(await page.locator('dd.winner').textContent()).toMatch(/^\s*示例客服中心\w+有限公司\s*$/);
    await screenshot(page, 'enterprise-certificate-page-zh-desktop');
    await page.goBack();
    await chooseAndSaveLanguage(page, 'en');
    await page.getByRole('heading', { level: 3, name: 'Your certificates' }).waitFor();
    await page.context().close();
  }, 240_000);
});
