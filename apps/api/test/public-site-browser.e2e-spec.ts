import type { INestApplicationContext } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  as,
  AwardsSetup,
  confirmedAwardsCampaign,
  expectAccessible,
  launchChromium,
  listenLocally,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { SITE_TEXT } from '../src/public/site/site-text';
import { readPdf } from '../../../tools/pdf-reader';
import { startFreshApiAndWorker } from './test-apps';

/** What the code run inside the page uses of the browser (this project compiles without the DOM's types). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}
interface BrowserElement {
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): Iterable<BrowserElement>;
  textContent: string | null;
  viewBox: { baseVal: { width: number } };
  complete: boolean;
  naturalWidth: number;
}
declare const document: { querySelectorAll(selector: string): Iterable<BrowserElement> };
declare function getComputedStyle(e: BrowserElement): { display: string; fontSize: string; position: string };

/** Set SCREENSHOTS=/some/dir to keep what the test saw, for a person to look at (never in the repository). */
const SHOTS = process.env.SCREENSHOTS;
const shoot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

/** Every fixed English phrase of the site's catalog: none may be left on a Chinese page. */
const ENGLISH_PHRASES = Object.values(SITE_TEXT.en)
  .flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' ? Object.values(v) : []))
  .filter((v): v is string => typeof v === 'string' && v.length >= 6 && /[a-z]{3}/.test(v) && v !== '中文');

interface LabelCheck {
  labels: number;
  outside: string[];
  overlaps: string[];
  smallestPx: number;
}

/** Measures the visible chart's labels as the browser drew them. */
function measureLabels(page: Page): Promise<LabelCheck> {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll('svg.interval-chart')].find(
      (s) => getComputedStyle(s).display !== 'none',
    );
    if (!svg) return { labels: 0, outside: ['no visible chart'], overlaps: [], smallestPx: 0 };
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const labels = [...svg.querySelectorAll('text.label')];
    const rects = labels.map((l) => l.getBoundingClientRect());
    const outside = labels
      .filter((_, i) => {
        const r = rects[i];
        return (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        );
      })
      .map((l) => l.textContent ?? '');
    const overlaps: string[] = [];
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i], rects[j]];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 0.5 && y > 0.5) overlaps.push(`${labels[i].textContent} / ${labels[j].textContent}`);
      }
    const smallestPx = Math.min(...labels.map((l) => parseFloat(getComputedStyle(l).fontSize) * scale));
    return { labels: labels.length, outside, overlaps, smallestPx };
  });
}

describe('The public results site in a real browser', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let phone: Page;
  let desktop: Page;
  let base: string;
  let organizer: string;
  let s: AwardsSetup;
  let zhNames: Record<string, string>;
  /** Every request the pages made, to prove they never reach another host. */
  const requested: string[] = [];

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    ({ organizer, s } = await confirmedAwardsCampaign(api));
    zhNames = {};
    for (const [letter, id] of Object.entries(s.ids))
      zhNames[letter] = (
        await api.http.get(`/enterprises/${id}`).set(as(organizer)).expect(200)
      ).body.legalNameZh;
    browser = await launchChromium();
    phone = await browser.newPage({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    desktop = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    for (const p of [phone, desktop]) p.on('request', (r) => requested.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await stopApiAndWorker({ api, worker });
  });

  it('shows no result before the announcement: the page is "not found", the home page lists nothing', async () => {
    const res = await phone.goto(`${base}/results/${s.slug}`);
    expect(res?.status()).toBe(404);
    expect(await phone.locator('h1').textContent()).toBe('Not found');
    const text = await phone.locator('body').innerText();
    for (const name of Object.values(s.names)) expect(text).not.toContain(name);
    await phone.goto(`${base}/`);
    expect(await phone.locator('body').innerText()).toContain('No campaign results have been announced yet');
  });

  it('leads the campaign page with the winners of each award, then an index of industries', async () => {
    await api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer)).expect(200);
    for (const page of [phone, desktop]) {
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Customer Care Awards 2027' }).click();
      expect(page.url()).toBe(`${base}/results/${s.slug}`);
      expect(await page.locator('h1').textContent()).toBe('Customer Care Awards 2027');
      const benchmark = page.locator('section.category').first();
      expect(await benchmark.locator('h3').textContent()).toBe('Customer Care Benchmark Enterprise');
      expect(await benchmark.locator('a.winner').allTextContents()).toEqual([
        s.names.A,
        s.names.B,
        s.names.F,
        s.names.E,
      ]);
      expect(await page.locator('ul.industries a.title').allTextContents()).toEqual([
        'Telecommunications',
        'Finance',
        'Consumer products and services',
      ]);
      expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(
        page.viewportSize()!.width,
      );
      await expectAccessible(page, 'campaign page');
    }
    await shoot(phone, 'campaign-phone');
    await shoot(desktop, 'campaign-desktop');
  });

  it('draws each industry’s chart on a fitted axis with every full name readable, on a phone and a desktop', async () => {
    for (const [page, width] of [
      [phone, 'phone'],
      [desktop, 'desktop'],
    ] as const) {
      await page.goto(`${base}/results/${s.slug}`);
      await page.locator('ul.industries').getByRole('link', { name: 'Telecommunications' }).click();
      expect(page.url()).toBe(`${base}/results/${s.slug}/industries/telecom`);
      for (const metric of ['CSI', 'CLI', 'NPS']) {
        if (metric !== 'CSI')
          await page
            .locator('ul.switch')
            .getByRole('link', { name: new RegExp(`\\(${metric}\\)`) })
            .click();
        const check = await measureLabels(page);
        expect(check.labels).toBeGreaterThanOrEqual(3);
        expect(check.outside).toEqual([]);
        expect(check.overlaps).toEqual([]);
        expect(check.smallestPx).toBeGreaterThanOrEqual(12);
      }
      // Full names, never cut: every ranked enterprise's whole name is in the chart's labels.
      await page.goto(`${base}/results/${s.slug}/industries/telecom`);
      const chartText = await page
        .locator('svg.interval-chart')
        .filter({ visible: true })
        .evaluate((svg) => [...svg.querySelectorAll('text.label')].map((t) => t.textContent).join(' '));
      for (const letter of ['A', 'B', 'C'])
        for (const word of s.names[letter].split(' ')) expect(chartText).toContain(word);
      expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(
        page.viewportSize()!.width,
      );
      // The table keeps the enterprise column in view while its figures scroll.
      const sticky = await page
        .locator('.table-wrap tbody th')
        .first()
        .evaluate((el) => getComputedStyle(el).position);
      expect(sticky).toBe('sticky');
      await expectAccessible(page, `industry page (${width})`);
      await shoot(page, `industry-${width}`);
    }
  });

  it('finds an enterprise by its English or Chinese name, in an industry, and opens its result', async () => {
    await phone.goto(`${base}/results/${s.slug}`);
    await phone
      .getByLabel('Enterprise name (English or Chinese)')
      .fill(s.names.A.split(' ').slice(0, 3).join(' ').toUpperCase());
    await phone.getByRole('button', { name: 'Search' }).click();
    expect(await phone.locator('ul.results a.title').allTextContents()).toEqual([s.names.A]);
    await phone.getByLabel('Enterprise name (English or Chinese)').fill(zhNames.B);
    await phone.getByRole('button', { name: 'Search' }).click();
    expect(await phone.locator('ul.results a.title').allTextContents()).toEqual([s.names.B]);
    await phone.getByLabel('Enterprise name (English or Chinese)').fill('Co');
    await phone.getByLabel('Industry').selectOption('finance');
    await phone.getByRole('button', { name: 'Search' }).click();
    const finance = await phone.locator('ul.results .note').allTextContents();
    expect(finance.length).toBeGreaterThan(0);
    for (const note of finance) expect(note).toContain('Finance');
    await expectAccessible(phone, 'search page');
    await phone.locator('ul.results a.title').first().click();
    expect(phone.url()).toMatch(new RegExp(`/results/${s.slug}/enterprises/[0-9a-z]{12}$`));
    expect(await phone.locator('dl.enterprise-result').innerText()).toContain('95 % interval');
    await expectAccessible(phone, 'enterprise page');
    await shoot(phone, 'enterprise-phone');
  });

  it('says every text in Chinese after the switch, on every page, and switches back', async () => {
    const pages = [
      `/`,
      `/results/${s.slug}`,
      `/results/${s.slug}/industries/telecom`,
      `/results/${s.slug}/industries/telecom?metric=nps`,
      `/results/${s.slug}/methodology`,
      `/results/${s.slug}/search?q=${encodeURIComponent(zhNames.A)}`,
    ];
    for (const path of pages) {
      await desktop.goto(`${base}${path}`);
      await desktop.locator('#language-switch').click();
      expect(await desktop.locator('html').getAttribute('lang')).toBe('zh-CN');
      const text = await desktop.locator('body').innerText();
      // Whole phrases only: a parameter's code name (minResponsesRanked) is not English text.
      const left = ENGLISH_PHRASES.filter((phrase) =>
        new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(text),
      );
      expect({ path, left }).toEqual({ path, left: [] });
      expect(text).not.toMatch(/Per industry|no eligible enterprise|Announced|Joint winners/);
      for (const letter of ['A', 'B']) if (path.includes('telecom')) expect(text).toContain(zhNames[letter]);
      await expectAccessible(desktop, `${path} in Chinese`);
      if (path.endsWith('telecom')) await shoot(desktop, 'industry-desktop-zh');
      await desktop.locator('#language-switch').click();
      expect(await desktop.locator('html').getAttribute('lang')).toBe('en');
    }
  });

  it('explains the methodology with a table of parameters, the checksum and the data quality', async () => {
    await desktop.goto(`${base}/results/${s.slug}/methodology`);
    const published = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200)).body;
    expect(await desktop.locator('code.checksum').textContent()).toBe(published.methodology.checksum);
    expect(await desktop.locator('table.parameters tbody tr').count()).toBeGreaterThan(10);
    // Parameters are a table, not a JSON dump.
    expect(await desktop.locator('main').innerText()).not.toMatch(/"(confidence|alpha)":/);
    expect(await desktop.locator('table.data-quality tbody tr').count()).toBe(3);
  });

  it('downloads the published figures as CSV and JSON, with the numbers of the page', async () => {
    await desktop.goto(`${base}/results/${s.slug}`);
    const published = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200)).body;
    const [csvDownload] = await Promise.all([
      desktop.waitForEvent('download'),
      desktop.getByRole('link', { name: 'Rankings (CSV)' }).first().click(),
    ]);
    const csv = await (await import('node:fs/promises')).readFile(await csvDownload.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^campaign,industry_code,/);
    const rows = published.rankings.flatMap((r: { entries: unknown[] }) => r.entries);
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv).toContain(s.names.A);
    const [jsonDownload] = await Promise.all([
      desktop.waitForEvent('download'),
      desktop.getByRole('link', { name: 'Complete publication (JSON)' }).first().click(),
    ]);
    const json = JSON.parse(
      await (await import('node:fs/promises')).readFile(await jsonDownload.path(), 'utf8'),
    );
    expect(json.publication).toEqual(published);
    if (SHOTS)
      await (
        await import('node:fs/promises')
      ).copyFile(await jsonDownload.path(), join(SHOTS, 'figures.json'));
    expect(json.methodologyVersion).toBe(published.methodology.version);
  });

  it('opens a winner’s certificate, prints it as a PDF and embeds its badge', async () => {
    await desktop.goto(`${base}/results/${s.slug}`);
    await desktop.locator('section.category').nth(3).getByRole('link', { name: 'Certificate' }).click();
    expect(desktop.url()).toMatch(/\/certificates\/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const code = desktop.url().split('/').pop() as string;
    expect(await desktop.locator('.verified').textContent()).toBe(
      'Verified: this certificate was issued by Care Awards.',
    );
    expect(await desktop.locator('dd.winner').textContent()).toContain(s.names.E);
    expect(await desktop.locator('img.badge').evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
    await expectAccessible(desktop, 'certificate page');
    await shoot(desktop, 'certificate-desktop');
    await phone.goto(desktop.url());
    await shoot(phone, 'certificate-phone');

    const pdf = await desktop.request.get(`${base}/certificates/${code}/certificate.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = (await readPdf(await pdf.body())).text.replace(/\s+/g, ' ');
    expect(text).toContain(code);
    expect(text).toContain(s.names.E);
    expect(text).toContain(zhNames.E);
    const badge = await desktop.request.get(`${base}/certificates/${code}/badge.svg`);
    expect(badge.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await badge.text()).toContain(`/certificates/${code}`);
  });

  it('made no request to any other host', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(base))).toEqual([]);
  });
});
