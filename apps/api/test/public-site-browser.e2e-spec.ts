import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  awardsCampaign,
  AwardsSetup,
  confirmAll,
  launchChromium,
  listenLocally,
  organizerToken,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

describe('The public results site in a real browser', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let organizer: string;
  let s: AwardsSetup;
  /** Every request the page made, to prove it never reaches another host. */
  const requested: string[] = [];

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    organizer = await organizerToken(api.http);
    s = await awardsCampaign(api, organizer);
    await confirmAll(api, organizer, s.campaignId);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } }); // a phone
    page.on('request', (r) => requested.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  it('shows no result before the announcement: the page is "not found", the home page lists nothing', async () => {
    const res = await page.goto(`${base}/results/${s.slug}`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Not found');
    const text = await page.locator('body').innerText();
    for (const name of Object.values(s.names)) expect(text).not.toContain(name);
    expect(await page.locator('svg').count()).toBe(0);
    await page.goto(`${base}/`);
    expect(await page.locator('body').innerText()).toContain('No campaign results have been announced yet');
  });

  it('after the announcement, shows the winners, a bar per ranked enterprise with its interval, and the methodology', async () => {
    await api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer)).expect(200);
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Customer Care Awards 2027' }).click();
    expect(page.url()).toBe(`${base}/results/${s.slug}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Customer Care Awards 2027');

    const benchmark = page.locator('section.category').first();
    expect(await benchmark.locator('h2').textContent()).toBe('Customer Care Benchmark Enterprise');
    expect(await benchmark.locator('ul.winners .winner').allTextContents()).toEqual([
      s.names.A,
      s.names.B,
      s.names.F,
      s.names.E,
    ]);
    expect(await benchmark.locator('p').allTextContents()).toContain(
      'No winner: no eligible enterprise: none has enough valid responses to be ranked',
    );
    const panel = page.locator('section.category').nth(2);
    expect(await panel.locator('.winner').allTextContents()).toEqual([s.names.A]);
    const combined = page.locator('section.category').nth(3);
    expect(await combined.locator('.winner').allTextContents()).toEqual([s.names.E]);

    // Charts: telecom has three ranked enterprises, finance two, consumer none (only an indicative one).
    const bars = (industry: string) =>
      page.locator(`section.ranking[data-industry="${industry}"] svg rect.bar`);
    expect(await bars('telecom').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-name')))).toEqual([
      s.names.A,
      s.names.B,
      s.names.C,
    ]);
    expect(
      await bars('telecom').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-csi')))),
    ).toEqual([94.4, 94.4, 33.3]);
    // Bar lengths follow the CSI on a 0-100 scale: 94.4 / 33.3 of each other.
    const widths = await bars('telecom').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().width));
    expect(widths[0] / widths[2]).toBeCloseTo(94.4 / 33.3, 1);
    expect(await bars('finance').count()).toBe(2);
    expect(await bars('consumer').count()).toBe(0);
    expect(await page.locator('section.ranking[data-industry="telecom"] svg line.whisker').count()).toBe(3);
    const chart = page.locator('section.ranking[data-industry="telecom"] svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').first().textContent()).toBe(
      'Customer satisfaction index (CSI) of the top enterprises in Telecommunications',
    );
    // Readable on a phone: nothing wider than the screen.
    expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);

    const methodology = await page.locator('main').innerText();
    expect(methodology).toContain('Methodology version: csi-2026.1');
    expect(methodology).toContain('Enterprises with at least 10 valid responses are ranked');
  });

  it('switches to Chinese, with the Chinese industry and category names, and back', async () => {
    await page.locator('#language-switch').click();
    expect(page.url()).toBe(`${base}/results/${s.slug}?lang=zh`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('section.category h2').first().textContent()).toBe('客户关怀标杆企业');
    const headings = await page.locator('section.category').first().locator('h3').allTextContents();
    expect(headings).toEqual(['电信业', '金融业', '消费产品与服务业']);
    expect(await page.locator('main').innerText()).toContain('评选方法');
    await page.locator('#language-switch').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('opens a winner’s certificate from the page, which confirms its authenticity', async () => {
    await page.locator('section.category').nth(3).getByRole('link', { name: 'Certificate' }).click();
    expect(page.url()).toMatch(/\/certificates\/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await page.locator('.verified').textContent()).toBe(
      'Verified: this certificate was issued by Care Awards.',
    );
    expect(await page.locator('dd.winner').textContent()).toBe(s.names.E);
  });

  it('made no request to any other host', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(base))).toEqual([]);
  });
});
