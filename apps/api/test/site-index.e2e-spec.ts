import type { INestApplicationContext } from '@nestjs/common';
import {
  ACCESS,
  as,
  AwardsSetup,
  buildCampaign,
  confirmedAwardsCampaign,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

const BASE = 'https://awards.example.org/care';

describe('robots.txt and the sitemap', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let s: AwardsSetup;
  let draftSlug: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker({ PUBLIC_BASE_URL: `${BASE}/` }));
    ({ organizer, s } = await confirmedAwardsCampaign(api));
    // Another campaign that is never announced: nothing of it may be listed.
    const draft = buildCampaign({ industryCodes: ['telecom', 'electric-power'] });
    await api.http.post('/campaigns').set(as(organizer)).send(draft).expect(201);
    draftSlug = draft.slug;
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc);

  it('keeps crawlers out of every private route, never out of the public pages, and names the sitemap', async () => {
    const res = await api.http.get('/robots.txt').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(res.text).toContain(`\nSitemap: ${BASE}/sitemap.xml\n`);
    const disallowed = res.text
      .split('\n')
      .filter((l) => l.startsWith('Disallow: '))
      .map((l) => l.slice('Disallow: '.length));
    const blocked = (path: string) => disallowed.some((prefix) => path.startsWith(prefix));
    const routes = Object.entries(ACCESS).map(([op, access]) => ({ path: op.split(' ')[1], access }));
    // Every route behind sign-in, and the workspaces' shell, whatever the access rules add later.
    for (const { path } of routes.filter((r) => r.access !== 'public' || r.path.startsWith('/app')))
      expect([path, blocked(path)]).toEqual([path, true]);
    const pages = routes.filter((r) => /^\/(results|certificates|public|$|\?)/.test(r.path));
    expect(pages.length).toBeGreaterThan(3);
    for (const { path } of pages) expect([path, blocked(path)]).toEqual([path, false]);
    for (const path of ['/', '/?lang=zh', '/sitemap.xml']) expect(blocked(path)).toBe(false);
  });

  it('lists only the home page while nothing is announced', async () => {
    const res = await api.http.get('/sitemap.xml').expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(locs(res.text)).toEqual([`${BASE}/`, `${BASE}/?lang=zh`]);
    expect(res.text).not.toContain(s.slug);
    expect(res.text).not.toContain(draftSlug);
    expect(res.text).not.toContain('<lastmod>');
  });

  it('lists the announced campaign’s pages in both languages, dated by the announcement, and only those', async () => {
    await api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer)).expect(200);
    const { announcedAt } = (await api.http.get('/public/campaigns').expect(200)).body.items[0];
    const res = await api.http.get('/sitemap.xml').expect(200);
    const page = `${BASE}/results/${s.slug}`;
    expect(locs(res.text)).toEqual(
      [
        `${BASE}/`,
        page,
        `${page}/methodology`,
        `${page}/industries/telecom`,
        `${page}/industries/finance`,
        `${page}/industries/consumer`,
      ].flatMap((en) => [en, `${en}?lang=zh`]),
    );
    expect(res.text).toContain(
      `<xhtml:link rel="alternate" hreflang="zh-CN" href="${page}/methodology?lang=zh"/>`,
    );
    const lastmods = [...res.text.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)].map(([, d]) => Date.parse(d));
    expect(new Set(lastmods)).toEqual(new Set([Math.floor(Date.parse(announcedAt) / 1000) * 1000]));
    expect(res.text).not.toContain(draftSlug);
    // Revalidated by its ETag, as every listing is.
    await api.http.get('/sitemap.xml').set('if-none-match', res.headers.etag).expect(304);
  });
});
