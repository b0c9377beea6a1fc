import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  as,
  buildAccount,
  buildEnterprise,
  launchChromium,
  listenLocally,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
  twoFactorStaffUser,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

/** Where the screenshots go, to be looked at (zh and en, phone and desktop). */
const SHOTS = process.env.ACCOUNT_SCREENSHOTS ?? join(tmpdir(), 'care-account-pages');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe('The account pages in a real browser', () => {
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let organizer: string;
  const contexts: BrowserContext[] = [];
  /** Every request a page made and every console error (a CSP refusal shows up there). */
  const requested: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    api = await startFreshTestApi();
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  afterEach(() => {
    expect(requested.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  async function open(viewport: { width: number; height: number }, locale = 'en-GB'): Promise<Page> {
    const context = await browser.newContext({ viewport, locale });
    contexts.push(context);
    const page = await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('console', (m) => {
      // A 404 from the API is an answer the page handles; anything else (a CSP refusal, a script error) is not.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        consoleErrors.push(m.text());
    });
    return page;
  }

  /** Waits until the element's text contains `text` (the page's script fills it in from the API). */
  async function shows(locator: Locator, text: string): Promise<void> {
    await locator.filter({ hasText: text }).waitFor({ timeout: 10_000 });
  }

  /** The link of the last `template` mail to `to`, pointed at the test server instead of PUBLIC_BASE_URL. */
  async function mailedLink(template: string, to: string): Promise<string> {
    const [row] = await api.dataSource.query(
      `SELECT params->>'link' AS link FROM mail_deliveries WHERE template = $1 AND to_address = $2
        ORDER BY created_at DESC LIMIT 1`,
      [template, to],
    );
    const link = new URL(row.link as string);
    return `${base}${link.pathname}${link.search}`;
  }

  it('takes an invited judge from the mail to signed in: set a password, and the token works', async () => {
    const email = buildAccount().email;
    await api.http
      .post('/staff-invitations')
      .set(as(organizer))
      .send({ email, role: 'judge', displayName: 'Zhang Min', language: 'en' })
      .expect(201);
    const page = await open(PHONE);
    const response = await page.goto(await mailedLink('staff-invitation', email));
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Join Care Awards');
    const purpose = page.locator('#purpose');
    await shows(purpose, 'Bootstrap organizer invites you');
    expect(await purpose.textContent()).toContain(`as a judge, with the address ${email}`);
    expect(await page.getByLabel('Email address').inputValue()).toBe(email);
    expect(await page.getByLabel('Your name, as others see it').inputValue()).toBe('Zhang Min');
    await page.screenshot({ path: join(SHOTS, 'invitation-en-phone.png'), fullPage: true });

    // Checked in the page before anything is sent: a short password, then two that differ.
    await page.getByLabel('Password (at least 12 characters)').fill('short');
    await page.getByRole('button', { name: 'Create my account' }).click();
    expect(await page.locator('#password-error').textContent()).toBe('At least 12 characters');
    expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Password (at least 12 characters)').fill('a judge’s own passphrase');
    await page.getByLabel('The password again').fill('a judge’s own passphrasE');
    await page.getByRole('button', { name: 'Create my account' }).click();
    expect(await page.locator('#confirm-error').textContent()).toBe('The two passwords differ');
    expect(await api.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [email])).toEqual([]);

    await page.getByLabel('The password again').fill('a judge’s own passphrase');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.locator('#done').waitFor();
    expect(await page.locator('#done-text').textContent()).toBe(`Signed in as Zhang Min (${email}), judge.`);
    await page.screenshot({ path: join(SHOTS, 'invitation-en-phone-done.png'), fullPage: true });
    const session = JSON.parse(
      await page.evaluate<string>('sessionStorage.getItem("care-awards.session")'),
    ) as { accessToken: string; user: { email: string } };
    expect(session.user.email).toBe(email);
    const me = await api.http.get('/auth/me').set(as(session.accessToken)).expect(200);
    expect(me.body).toMatchObject({ email, role: 'judge', displayName: 'Zhang Min', emailVerified: true });
    await api.http.post('/auth/login').send({ email, password: 'a judge’s own passphrase' }).expect(200);
    // On to the workspace, already signed in by the page.
    await page.getByRole('link', { name: 'Open your workspace' }).click();
    await page.waitForURL(/\/app\/judge$/);
    expect(await page.locator('.who').textContent()).toContain('Zhang Min');

    // The link is used: opening it again says so and offers no form.
    await page.goBack();
    await page.reload();
    await shows(purpose, 'This link is unknown, used, revoked or expired');
    expect(await page.locator('#account-form').isHidden()).toBe(true);
  });

  it('speaks Chinese to a Chinese browser, and switches language keeping the link', async () => {
    const email = buildAccount().email;
    await api.http
      .post('/staff-invitations')
      .set(as(organizer))
      .send({ email, role: 'organizer' })
      .expect(201);
    const link = await mailedLink('staff-invitation', email);
    const page = await open(DESKTOP, 'zh-CN');
    await page.goto(link);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('加入客户关怀奖');
    await shows(page.locator('#purpose'), '邀请您以组织方身份加入客户关怀奖');
    await page.screenshot({ path: join(SHOTS, 'invitation-zh-desktop.png'), fullPage: true });

    await page.locator('#language-switch').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('token')).toBe(new URL(link).searchParams.get('token'));
    await shows(page.locator('#purpose'), 'as an organizer');
    await page.locator('#language-switch').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.getByLabel('姓名（其他人可见）').fill('陈静');
    await page.getByLabel('密码（至少 12 个字符）').fill('组织方自己设置的很长的密码短语');
    await page.getByLabel('再次输入密码').fill('组织方自己设置的很长的密码短语');
    await page.getByRole('button', { name: '创建我的账户' }).click();
    await page.locator('#done').waitFor();
    expect(await page.locator('#done-text').textContent()).toBe(`已登录：陈静（${email}），组织方。`);
    await page.screenshot({ path: join(SHOTS, 'invitation-zh-desktop-done.png'), fullPage: true });
  });

  it('lets an enterprise invitee create an account, or sign in with an existing one, and join', async () => {
    const admin = await registeredEnterpriseUser(api.http);
    const profile = buildEnterprise();
    const enterprise = (await api.http.post('/enterprises').set(as(admin.token)).send(profile).expect(201))
      .body as { id: string };
    const newcomer = buildAccount().email;
    const existing = await registeredEnterpriseUser(api.http);
    for (const email of [newcomer, existing.account.email]) {
      await api.http
        .post(`/enterprises/${enterprise.id}/invitations`)
        .set(as(admin.token))
        .send({ email })
        .expect(202);
    }

    const page = await open(PHONE, 'zh-CN');
    await page.goto(await mailedLink('member-invitation', newcomer));
    await shows(page.locator('#purpose'), `您受邀以成员身份加入 ${profile.legalNameZh as string}`);
    await page.screenshot({ path: join(SHOTS, 'enterprise-invitation-zh-phone.png'), fullPage: true });
    await page.getByLabel('姓名（其他人可见）').fill('刘洋');
    await page.getByLabel('密码（至少 12 个字符）').fill('a newcomer password');
    await page.getByLabel('再次输入密码').fill('a newcomer password');
    await page.getByRole('button', { name: '接受并创建账户' }).click();
    await page.locator('#done').waitFor();
    expect(await page.locator('#done-text').textContent()).toBe(`已登录：刘洋（${newcomer}），企业用户。`);

    const page2 = await open(DESKTOP);
    await page2.goto(await mailedLink('member-invitation', existing.account.email));
    await shows(
      page2.locator('#purpose'),
      `Enter the password of your account ${existing.account.email} to accept`,
    );
    expect(await page2.locator('[data-field="displayName"]').isHidden()).toBe(true);
    expect(await page2.locator('[data-field="confirm"]').isHidden()).toBe(true);
    await page2.screenshot({ path: join(SHOTS, 'enterprise-invitation-en-desktop.png'), fullPage: true });
    // A wrong password: the API's message, and the invitation stays open.
    await page2.getByLabel('Your account’s password').fill('not my password at all');
    await page2.getByRole('button', { name: 'Accept and sign in' }).click();
    await shows(page2.locator('#form-error'), 'Email or password is wrong');
    await page2.getByLabel('Your account’s password').fill(existing.account.password);
    await page2.getByRole('button', { name: 'Accept and sign in' }).click();
    await page2.locator('#done').waitFor();
    const members = await api.http
      .get(`/enterprises/${enterprise.id}/members`)
      .set(as(admin.token))
      .expect(200);
    expect(members.body.map((m: { email: string }) => m.email)).toEqual(
      expect.arrayContaining([newcomer, existing.account.email]),
    );
  });

  it('confirms an address on a button press, not on opening the link', async () => {
    const user = await registeredEnterpriseUser(api.http, { verified: false });
    const page = await open(PHONE);
    await page.goto(await mailedLink('email-verification', user.account.email));
    await shows(page.locator('#purpose'), 'Confirm that this address is yours');
    const [before] = await api.dataSource.query(`SELECT email_verified_at FROM users WHERE id = $1`, [
      user.id,
    ]);
    expect(before.email_verified_at).toBeNull();
    await page.screenshot({ path: join(SHOTS, 'verify-email-en-phone.png'), fullPage: true });
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.locator('#done').waitFor();
    expect(await page.locator('#done-text').textContent()).toBe(
      `Your address ${user.account.email} is confirmed.`,
    );
    await api.http.post('/enterprises').set(as(user.token)).send(buildEnterprise()).expect(201);
  });

  it('resets a password from the mailed link: signed in, or asked for the second factor', async () => {
    const resetBy = async (email: string, password: string) => {
      await api.http.post('/auth/password-reset').send({ email }).expect(202);
      const page = await open(DESKTOP);
      await page.goto(await mailedLink('password-reset', email.toLowerCase()));
      await shows(page.locator('#purpose'), email.toLowerCase());
      await page.getByLabel('New password (at least 12 characters)').fill(password);
      await page.getByLabel('The password again').fill(password);
      await page.getByRole('button', { name: 'Set the new password' }).click();
      await page.locator('#done').waitFor();
      return page;
    };
    const plain = await registeredEnterpriseUser(api.http);
    const page = await resetBy(plain.account.email, 'a freshly reset passphrase');
    expect(await page.locator('#done-text').textContent()).toContain('Signed in as');
    await api.http
      .post('/auth/login')
      .send({ email: plain.account.email, password: 'a freshly reset passphrase' })
      .expect(200);

    // An account with two-factor sign-in is not signed in by a reset: the page says what comes next.
    const judge = await twoFactorStaffUser(api.http, organizer, 'judge');
    const second = await resetBy(judge.account.email, 'a judge’s reset passphrase');
    expect(await second.locator('#done-text').textContent()).toContain(
      'sign in with the new password and the code',
    );
    expect(await second.evaluate<string | null>('sessionStorage.getItem("care-awards.session")')).toBeNull();
    await second.screenshot({ path: join(SHOTS, 'reset-two-factor-en-desktop.png'), fullPage: true });
  });

  it('says plainly when a link does not open, on every page', async () => {
    const page = await open(PHONE, 'zh-CN');
    for (const path of ['invitation', 'enterprise-invitation', 'verify-email', 'reset-password']) {
      for (const query of ['', `?token=${'D'.repeat(43)}`]) {
        await page.goto(`${base}/account/${path}${query}`);
        if (path === 'verify-email' && query) {
          // No peek for a verification link: the press of the button finds out.
          await page.getByRole('button', { name: '确认我的邮箱' }).click();
        }
        await shows(page.locator('#purpose'), '此链接无效');
        expect(await page.locator('#account-form').isHidden()).toBe(true);
      }
    }
    await page.screenshot({ path: join(SHOTS, 'invalid-zh-phone.png'), fullPage: true });
  });
});
