import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import type { Response } from 'supertest';
import { mailConfig, type MailConfig } from '@app/config';
import {
  as,
  AwardsSetup,
  confirmedAwardsCampaign,
  launchChromium,
  listenLocally,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { readPdf } from '../../../tools/pdf-reader';
import { startFreshApiAndWorker } from './test-apps';

/** One request id for every request, so that two 404s can be compared byte for byte. */
const REQUEST_ID = 'certificate-files-0000';
const MADE_UP = 'K7Q2-9XMB-4T1D-H8VR';

describe('A winner’s certificate as a PDF and as a badge', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let s: AwardsSetup;
  let publicBaseUrl: string;
  /** A survey category's winner in telecom (enterprise A), with its industry and figures. */
  let code: string;

  const get = (path: string) =>
    api.http.get(path).set('x-request-id', REQUEST_ID).buffer(true).responseType('blob');
  const pdfOf = (c: string) => get(`/certificates/${c}/certificate.pdf`);
  const badgeOf = (c: string, query = '') => get(`/certificates/${c}/badge.svg${query}`);
  const view = (res: Response) => ({
    status: res.status,
    type: res.headers['content-type'],
    cache: res.headers['cache-control'],
    body: (res.body as Buffer).toString('utf8'),
  });

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    publicBaseUrl = api.app.get<MailConfig>(mailConfig.KEY).publicBaseUrl;
    ({ organizer, s } = await confirmedAwardsCampaign(api));
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  it('has no file before the announcement: any code answers as one never issued', async () => {
    const pdf = view(await pdfOf(MADE_UP));
    expect(pdf).toMatchObject({ status: 404, type: 'application/json; charset=utf-8', cache: 'no-store' });
    expect(JSON.parse(pdf.body)).toMatchObject({
      statusCode: 404,
      code: 'CERTIFICATE_NOT_FOUND',
      message: 'No certificate has this code: it was not issued by Care Awards',
      requestId: REQUEST_ID,
    });
    expect(view(await badgeOf(MADE_UP))).toEqual(pdf);
    expect(view(await badgeOf(MADE_UP, '?lang=zh'))).toEqual(pdf);
  });

  it('after it, serves the certificate as a PDF that reads back with the winner’s name, its code and address', async () => {
    await api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer)).expect(200);
    const p = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200)).body;
    const winner = p.categories[0].groups[0].winners.find((w: { name: string }) => w.name === s.names.A);
    code = winner.certificateCode;

    let started = process.hrtime.bigint();
    const res = await pdfOf(code).expect(200);
    const first = Number(process.hrtime.bigint() - started) / 1e6;
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="care-awards-certificate-${code}.pdf"`);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.etag).toMatch(/^"[\w-]{27}"$/);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const read = await readPdf(pdf);
    const flat = read.text.replace(/\s+/g, '');
    const url = `${publicBaseUrl}/certificates/${code}`;
    for (const words of [
      s.names.A,
      code,
      url,
      '客户关怀标杆企业',
      'Customer Care Benchmark Enterprise',
      '并列荣获',
    ])
      expect(flat).toContain(words.replace(/\s+/g, ''));
    expect(read.pages).toHaveLength(1);
    expect([read.pages[0].width, read.pages[0].height]).toEqual([841.89, 595.28]);
    expect(read.pages[0].links.map((l) => l.url)).toEqual([url, url]);

    // Drawn once: the same bytes for the code as typed any way, and a 304 for a reader that has them.
    started = process.hrtime.bigint();
    const again = await pdfOf(code.toLowerCase().replace(/-/g, '')).expect(200);
    const cached = Number(process.hrtime.bigint() - started) / 1e6;
    expect((again.body as Buffer).equals(pdf)).toBe(true);
    expect(again.headers.etag).toBe(res.headers.etag);
    const revalidated = await pdfOf(code).set('if-none-match', res.headers.etag).expect(304);
    expect(revalidated.body).toEqual(Buffer.alloc(0));
    console.log(
      `certificate PDF: ${pdf.length} bytes, first ${first.toFixed(0)} ms, cached ${cached.toFixed(0)} ms`,
    );
  });

  it('serves the badge in each language, linked to the certificate and embeddable by any site', async () => {
    const res = await badgeOf(code).expect(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const svg = (res.body as Buffer).toString('utf8');
    expect(svg).toContain(`href="${publicBaseUrl}/certificates/${code}"`);
    expect(svg).toContain(code);
    expect(svg).toContain('获奖 WINNER · 2027');
    const zh = (await badgeOf(code, '?lang=zh').expect(200)).body.toString('utf8');
    expect(zh).toContain('客户关怀标杆企业');
    expect(zh).not.toContain('WINNER');
    const en = (await badgeOf(code, '?lang=en').expect(200)).body.toString('utf8');
    expect(en).toContain('WINNER · 2027');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    await badgeOf(code).set('if-none-match', res.headers.etag).expect(304);
    // Only the badge is made for other sites: every other answer keeps helmet's same-origin policy.
    const page = await api.http.get(`/certificates/${code}`).expect(200);
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');

    const wrong = await badgeOf(code, '?lang=fr').expect(400);
    expect(JSON.parse((wrong.body as Buffer).toString())).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'lang', message: 'must be en or zh, or left out for both' }],
    });
  });

  it('answers an unknown and a malformed code with the same 404, for the PDF and the badge', async () => {
    const forged = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const answers = [
      view(await pdfOf(forged)),
      view(await pdfOf('not-a-code')),
      view(await pdfOf(MADE_UP)),
      view(await badgeOf(forged)),
      view(await badgeOf('%3Cscript%3E')),
    ];
    expect(answers[0].status).toBe(404);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // And the same as the JSON API's answer for that code.
    const json = await api.http.get(`/public/certificates/${forged}`).set('x-request-id', REQUEST_ID);
    expect(json.text).toBe(answers[0].body);
  });

  describe('in a browser', () => {
    let browser: Browser;
    let base: string;
    beforeAll(async () => {
      base = await listenLocally(api);
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('shows the badge in an <img> on another site, and parses it as SVG', async () => {
      // Another site, on another port of the loopback interface: the badge request is a real cross-origin one,
      // and (loopback to loopback) one that Chromium's private network rules allow.
      const html = `<a href="${base}/certificates/${code}"><img id="badge" src="${base}/certificates/${code}/badge.svg" alt="Care Awards winner"></a>`;
      const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      const page = await browser.newPage();
      try {
        await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
        // Browser-side code as text: this project's TypeScript has no DOM types.
        const size = await page.evaluate<number[]>(
          '(async () => { const img = document.getElementById("badge"); await img.decode(); return [img.naturalWidth, img.naturalHeight]; })()',
        );
        expect(size).toEqual([240, 96]);
        // What the header changes: that site may not take the certificate page itself the same way.
        const taken = (path: string) =>
          page.evaluate(
            (url) =>
              fetch(url, { mode: 'no-cors' }).then(
                () => 'loaded',
                () => 'blocked',
              ),
            `${base}${path}`,
          );
        expect(await taken(`/certificates/${code}/badge.svg`)).toBe('loaded');
        expect(await taken(`/certificates/${code}`)).toBe('blocked');

        const svg = (await badgeOf(code, '?lang=zh').expect(200)).body.toString('utf8');
        const parsed = await page.evaluate<{ errors: number; root: string; title: string }>(
          `(() => {
            const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
            return {
              errors: doc.getElementsByTagName('parsererror').length,
              root: doc.documentElement.nodeName,
              title: doc.querySelector('title')?.textContent,
            };
          })()`,
        );
        expect(parsed).toEqual({ errors: 0, root: 'svg', title: expect.stringContaining(code) });
      } finally {
        await page.close();
        await new Promise((resolve) => site.close(resolve));
      }
    });
  });
});
