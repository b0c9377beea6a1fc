import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  as,
  chooseLanguage,
  createdStaffUser,
  expectAccessible,
  languageSaved,
  launchChromium,
  listenLocally,
  loginToken,
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

describe('The web workspaces: sign-in, languages and each role kept to its own pages', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let judge: { email: string; password: string };
  let enterprise: { email: string; password: string };

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    const organizer = await organizerToken(api.http);
    judge = (await createdStaffUser(api.http, organizer, 'judge')).account;
    enterprise = (await registeredEnterpriseUser(api.http)).account;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  async function freshPage(
    viewport: keyof typeof VIEWPORTS,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-GB' });
    return { context, page: await context.newPage() };
  }

  it("serves the application under /app with the API's CSP, and its built files for a year", async () => {
    const page = await api.http.get('/app/judge').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await api.http.get(script!).expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await api.http.get('/app/assets/missing.js').expect(404);
    await api.http.get('/app/assets/../../package.json').expect(404);
  });

  it.each(['phone', 'desktop'] as const)(
    'signs a wrong password in with the error beside the form, then lands each role on its own workspace (%s)',
    async (viewport) => {
      const { context, page } = await freshPage(viewport);
      await page.goto(`${base}/app/`);
      await page.waitForURL(/\/app\/sign-in$/);
      await expectAccessible(page, 'sign-in page');
      await screenshot(page, `workspace-sign-in-${viewport}`);
      await page.locator('input[name="email"]').fill(judge.email);
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('button[type="submit"]').click();
      await expect(page.locator('.problem[role="alert"]').textContent()).resolves.toMatch(/password/i);

      await context.close();
      for (const [who, home] of [
        [judge, '/app/judge'],
        [enterprise, '/app/enterprise'],
        [TEST_ORGANIZER, '/app/organizer'],
      ] as const) {
        const own = await freshPage(viewport);
        await signInThroughPage(own.page, base, who.email, who.password);
        expect(new URL(own.page.url()).pathname).toBe(home);
        await own.context.close();
      }
    },
  );

  it("refuses each role the other workspaces' pages", async () => {
    for (const [who, own] of [
      [judge, 'judge'],
      [enterprise, 'enterprise'],
      [TEST_ORGANIZER, 'organizer'],
    ] as const) {
      const { context, page } = await freshPage('desktop');
      await signInThroughPage(page, base, who.email, who.password);
      for (const other of ['judge', 'enterprise', 'organizer'].filter((r) => r !== own)) {
        await page.goto(`${base}/app/${other}`);
        await expect(page.locator('h1').textContent()).resolves.toBe(
          'This page is not part of your workspace.',
        );
      }
      await context.close();
    }
  });

  it('switches to Chinese and keeps the choice', async () => {
    const { context, page } = await freshPage('phone');
    await page.goto(`${base}/app/sign-in`);
    await chooseLanguage(page, 'zh');
    await expect(page.locator('h1').textContent()).resolves.toBe('登录客户服务奖项平台');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('登录客户服务奖项平台');
    await expectAccessible(page, 'sign-in page in Chinese');
    await screenshot(page, 'workspace-sign-in-zh-phone');
    await context.close();
  });

  it("keeps a signed-in person's choice of language on the account, and opens in it at the next sign-in", async () => {
    const first = await freshPage('desktop');
    await signInThroughPage(first.page, base, judge.email, judge.password);
    await chooseLanguage(first.page, 'zh');
    await expect(first.page.locator('.who').textContent()).resolves.toContain('评委');
    const token = await loginToken(api.http, judge.email, judge.password);
    // The page saves the choice in the background; give it a few seconds.
    let saved: string | null = null;
    for (let i = 0; i < 50 && saved !== 'zh'; i++) {
      saved = (await api.http.get('/auth/me').set(as(token))).body.language as string | null;
      if (saved !== 'zh') await new Promise((r) => setTimeout(r, 100));
    }
    expect(saved).toBe('zh');
    await first.context.close();

    // Another browser, whose own language is English: the account's choice wins once signed in.
    const second = await freshPage('desktop');
    await signInThroughPage(second.page, base, judge.email, judge.password);
    expect(await second.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await second.context.close();
  });

  it('saves a quick switch to Chinese and back in the order chosen, so the account ends in English', async () => {
    const token = await loginToken(api.http, judge.email, judge.password);
    await api.http.patch('/auth/me').set(as(token)).send({ language: 'en' }).expect(200);
    const { context, page } = await freshPage('desktop');
    await signInThroughPage(page, base, judge.email, judge.password);
    // A slow network: the save of Chinese is held on its way until the test lets it go. Meanwhile the page
    // must not send English's: sent side by side, English's would land first and Chinese's last.
    let chineseHeld!: () => void;
    const held = new Promise<void>((resolve) => (chineseHeld = resolve));
    let releaseChinese!: () => void;
    const released = new Promise<void>((resolve) => (releaseChinese = resolve));
    let englishSentWhileChineseHeld = false;
    let chineseOnItsWay = false;
    await page.route('**/auth/me', async (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH') return route.continue();
      if ((request.postDataJSON() as { language: string }).language === 'zh') {
        chineseOnItsWay = true;
        chineseHeld();
        await released;
        chineseOnItsWay = false;
      } else if (chineseOnItsWay) englishSentWhileChineseHeld = true;
      return route.continue();
    });
    const both = Promise.all([languageSaved(page, 'zh'), languageSaved(page, 'en')]);
    await chooseLanguage(page, 'zh');
    await held;
    await chooseLanguage(page, 'en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // The moment a save sent at once would need to reach the route.
    await page.waitForTimeout(500);
    releaseChinese();
    const [chinese, english] = await both;
    expect(englishSentWhileChineseHeld).toBe(false);
    expect([chinese.ok(), english.ok()]).toEqual([true, true]);
    const account = await api.http.get('/auth/me').set(as(token)).expect(200);
    expect(account.body.language).toBe('en');
    // The page's own copy of the account says so too: the later answer was kept.
    const session = await page.evaluate<string | null>("sessionStorage.getItem('care-awards.session')");
    expect((JSON.parse(session ?? '{}') as { user?: { language?: string } }).user?.language).toBe('en');
    await context.close();
  });
});
