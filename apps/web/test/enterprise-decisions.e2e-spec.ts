import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  buildEnterprise,
  chooseAndSaveLanguage,
  chooseLanguage,
  COMPLETE_ANSWERS,
  entryCampaign,
  expectAccessible,
  launchChromium,
  listenLocally,
  organizerToken,
  registeredEnterpriseUser,
  screenshot,
  signInThroughPage,
  stopApiAndWorker,
  TestApi,
  VIEWPORTS,
} from '@app/testing';
import { startFreshApiAndWorker } from '../../api/test/test-apps';

/**
 * A verified enterprise's contact after the entry: colleagues invited and revoked, a refusal with the
 * organizers' reason, and an entry locked once registration closes (read-only, with the reason).
 */
describe('The enterprise workspace: colleagues, a refusal and a locked entry', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let base: string;
  let organizer: string;
  let page: Page;
  let campaignId: string;
  let candidacyId: string;
  let owner: Awaited<ReturnType<typeof registeredEnterpriseUser>>;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    owner = await registeredEnterpriseUser(api.http);
    const enterprise = (
      await api.http
        .post('/enterprises')
        .set(as(owner.token))
        .send(buildEnterprise({ industryCode: 'telecom' }))
        .expect(201)
    ).body;
    await api.http
      .post(`/enterprises/${enterprise.id}/review`)
      .set(as(organizer))
      .send({ decision: 'verified', profileRevision: enterprise.profileRevision })
      .expect(200);
    const { campaign, categoryId } = await entryCampaign(api, organizer, { industries: [] });
    campaignId = campaign.id;
    candidacyId = (
      await api.http
        .post(`/campaigns/${campaignId}/candidacies`)
        .set(as(owner.token))
        .send({ categoryId, enterpriseId: enterprise.id })
        .expect(201)
    ).body.id;
    await api.http
      .patch(`/candidacies/${candidacyId}/entry/answers`)
      .set(as(owner.token))
      .send({ answers: COMPLETE_ANSWERS })
      .expect(200);
    await api.http.post(`/candidacies/${candidacyId}/entry/submit`).set(as(owner.token)).expect(200);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-GB' })).newPage();
    await signInThroughPage(page, base, owner.account.email, owner.account.password);
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  async function look(name: string) {
    for (const viewport of ['phone', 'desktop'] as const) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await expectAccessible(page, `${name} (${viewport})`);
      await screenshot(page, `enterprise-${name}-${viewport}`);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
  }

  it('shows the way to an entry on the start page, this contact at its last step', async () => {
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.getByRole('link', { name: 'See the campaigns' }).waitFor();
    await look('home');
  });

  it('invites a colleague and revokes the invitation', async () => {
    await page.goto(`${base}/app/enterprise/profile`);
    await page.getByRole('heading', { level: 3, name: 'Invite a colleague' }).waitFor();
    await page.getByLabel('Email address').fill('wang.fang@example.cn');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('An invitation is on its way to wang.fang@example.cn.').waitFor();
    await page.getByRole('cell', { name: 'Waiting for an answer' }).waitFor();
    await page.getByRole('button', { name: 'Revoke the invitation to wang.fang@example.cn' }).click();
    await page.getByRole('cell', { name: 'Revoked' }).waitFor();
    await look('profile-verified');
  });

  it('shows the entry read-only, with the reason, once registration has closed', async () => {
    await api.http
      .patch(`/campaigns/${campaignId}`)
      .set(as(organizer))
      .send({ schedule: { registrationClosesAt: new Date(Date.now() - 1000).toISOString() } })
      .expect(200);
    await page.goto(`${base}/app/enterprise/candidacies/${campaignId}/${candidacyId}/entry`);
    await page.getByText('This entry can no longer be changed:').waitFor();
    await expect(page.getByLabel('Centre name').getAttribute('readonly')).resolves.not.toBeNull();
    await expect(page.getByRole('button', { name: 'Submit the entry' }).count()).resolves.toBe(0);
    await look('entry-locked');
    await chooseLanguage(page, 'zh');
    await page.getByText('报名已截止').waitFor();
    await look('entry-locked-zh');
    await chooseAndSaveLanguage(page, 'en');
  });
  it("shows a refusal with the organizers' reason", async () => {
    await api.http
      .post(`/candidacies/${candidacyId}/decision`)
      .set(as(organizer))
      .send({ decision: 'rejected', reason: 'The case lacks figures from before the change.' })
      .expect(200);
    await page.goto(`${base}/app/enterprise/candidacies/${campaignId}/${candidacyId}`);
    await page.locator('.badge', { hasText: 'Refused' }).waitFor();
    await page.getByText('The case lacks figures from before the change.').waitFor();
    await look('candidacy-refused');
  });
});
