import type { INestApplicationContext } from '@nestjs/common';
import type { LightMyRequestResponse } from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  as,
  AwardsSetup,
  confirmedAwardsCampaign,
  eventually,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

const REQUEST_ID = 'delivery-check-0000';
const ENCODINGS = [undefined, 'gzip, deflate, br', 'gzip'] as const;

describe('The public site, compressed once and sent per encoding', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let s: AwardsSetup;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    ({ organizer, s } = await confirmedAwardsCampaign(api));
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  /** The bytes as they travel, undecoded (supertest and fetch would decode them). */
  const raw = (
    url: string,
    headers: Record<string, string | undefined> = {},
    method: 'GET' | 'HEAD' = 'GET',
  ) =>
    api.app.inject({
      method,
      url,
      headers: Object.fromEntries(
        Object.entries({ 'x-request-id': REQUEST_ID, ...headers }).filter(([, v]) => v !== undefined),
      ) as Record<string, string>,
    });
  const decoded = (r: LightMyRequestResponse) => {
    const coding = r.headers['content-encoding'];
    if (coding === 'br') return brotliDecompressSync(r.rawPayload);
    if (coding === 'gzip') return gunzipSync(r.rawPayload);
    expect(coding).toBeUndefined();
    return r.rawPayload;
  };
  /** Everything a reader could tell two answers apart by, but the time they were sent. */
  const observable = (r: LightMyRequestResponse) => {
    const headers: Record<string, unknown> = { ...r.headers };
    delete headers.date;
    return { status: r.statusCode, headers, body: r.rawPayload.toString('base64') };
  };

  it('before the announcement, answers for the campaign exactly as for one that never existed', async () => {
    for (const path of ['/results/{slug}', '/results/{slug}?lang=zh', '/public/campaigns/{slug}'])
      for (const accept of ENCODINGS) {
        const headers = { 'accept-encoding': accept };
        const unannounced = await raw(path.replace('{slug}', s.slug), headers);
        const unknown = await raw(path.replace('{slug}', 'never-announced-campaign'), headers);
        expect(unannounced.statusCode).toBe(404);
        expect({ path, accept, ...observable(unannounced) }).toEqual({
          path,
          accept,
          ...observable(unknown),
        });
      }
  });

  describe('after the announcement', () => {
    beforeAll(async () => {
      await api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer)).expect(200);
    });

    const pages = () => [
      `/results/${s.slug}`,
      `/results/${s.slug}?lang=zh`,
      `/public/campaigns/${s.slug}`,
      '/',
    ];

    it('sends brotli, gzip and identity bodies that decode to the same bytes, each with its own ETag', async () => {
      for (const path of pages()) {
        const answers = await Promise.all(
          ENCODINGS.map((accept) => raw(path, { 'accept-encoding': accept })),
        );
        const [plain, br, gz] = answers;
        expect([path, ...answers.map((r) => r.headers['content-encoding'])]).toEqual([
          path,
          undefined,
          'br',
          'gzip',
        ]);
        expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
        for (const r of answers) {
          expect(r.statusCode).toBe(200);
          expect(decoded(r).equals(plain.rawPayload)).toBe(true);
          expect(Number(r.headers['content-length'])).toBe(r.rawPayload.length);
          expect(String(r.headers.vary).toLowerCase()).toContain('accept-encoding');
          expect(r.headers.etag).toMatch(/^"[^"]+"$/);
        }
        expect(new Set(answers.map((r) => r.headers.etag)).size).toBe(3);
        // The identity's tag, marked with the coding and its level: `"abc"`, `"abc-br5"` or `"abc-br11"`.
        const stem = String(plain.headers.etag).slice(0, -1);
        expect(br.headers.etag).toMatch(new RegExp(`^${stem}-br(5|11)"$`));
        expect(gz.headers.etag).toMatch(new RegExp(`^${stem}-gz(6|9)"$`));
      }
    });

    it('compresses a published document fully once, then sends the same bytes and ETag every time', async () => {
      for (const path of [
        `/results/${s.slug}`,
        `/results/${s.slug}?lang=zh`,
        `/public/campaigns/${s.slug}`,
      ]) {
        // Kept documents are compressed at full quality from their second reader on, off the event loop.
        const full = await eventually(async () => {
          const r = await raw(path, { 'accept-encoding': 'br' });
          return String(r.headers.etag).endsWith('-br11"') ? r : undefined;
        });
        for (let i = 0; i < 3; i++) {
          const again = await raw(path, { 'accept-encoding': 'br' });
          expect(again.headers.etag).toBe(full.headers.etag);
          expect(again.rawPayload.equals(full.rawPayload)).toBe(true);
        }
        const gz = await raw(path, { 'accept-encoding': 'gzip' });
        expect(gz.headers.etag).toMatch(/-gz9"$/);
      }
      // The home page is drawn per request, compressed quickly each time, to the same bytes each time.
      const [a, b] = [
        await raw('/', { 'accept-encoding': 'br' }),
        await raw('/', { 'accept-encoding': 'br' }),
      ];
      expect(a.headers.etag).toBe(b.headers.etag);
      expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    });

    it('answers If-None-Match naming the representation with 304 and no body, and HEAD with no body', async () => {
      for (const path of pages())
        for (const accept of ENCODINGS) {
          const headers = { 'accept-encoding': accept };
          const first = await raw(path, headers);
          const etag = String(first.headers.etag);
          for (const inm of [etag, `"stale", W/${etag}`, '*']) {
            const r = await raw(path, { ...headers, 'if-none-match': inm });
            expect({ path, accept, inm, status: r.statusCode, bytes: r.rawPayload.length }).toEqual({
              path,
              accept,
              inm,
              status: 304,
              bytes: 0,
            });
            expect(r.headers.etag).toBe(etag);
            expect(r.headers['cache-control']).toBe(first.headers['cache-control']);
          }
          const head = await raw(path, headers, 'HEAD');
          expect(head.statusCode).toBe(200);
          expect(head.rawPayload.length).toBe(0);
          expect(head.headers['content-length']).toBe(first.headers['content-length']);
          expect(head.headers['content-encoding']).toBe(first.headers['content-encoding']);
        }
    });
  });
});
