import fc from 'fast-check';
import { escapeXml, IndexedCampaign, robotsTxt, sitemapXml } from './site-index';

const BASE = 'https://awards.example.org';
const CAMPAIGN: IndexedCampaign = {
  slug: 'care-awards-2027',
  announcedAt: '2027-12-10T02:00:00.000Z',
  industryCodes: ['telecom', 'finance'],
};

interface Url {
  loc: string;
  lastmod?: string;
  links: { rel: string; hreflang: string; href: string }[];
}
const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] as string,
  );
/** The sitemap read back: its <url> entries, after checking the frame and that no text holds a raw < or &. */
const parse = (xml: string): Url[] => {
  expect(
    xml.startsWith(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
    ),
  ).toBe(true);
  expect(xml.endsWith('</urlset>\n')).toBe(true);
  for (const text of xml.split(/<[^<>]*>/)) expect(text).not.toMatch(/[<>]|&(?!(lt|gt|quot|apos|amp);)/);
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, url]) => ({
    loc: unescapeXml(/<loc>([^<]*)<\/loc>/.exec(url)?.[1] ?? ''),
    lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(url)?.[1],
    links: [...url.matchAll(/<xhtml:link rel="([^"]*)" hreflang="([^"]*)" href="([^"]*)"\/>/g)].map(
      ([, rel, hreflang, href]) => ({ rel, hreflang, href: unescapeXml(href) }),
    ),
  }));
};

describe('sitemapXml', () => {
  it('lists the home page and each campaign’s pages, in English and Chinese, dated by the announcement', () => {
    const urls = parse(sitemapXml(BASE, [CAMPAIGN]));
    const page = `${BASE}/results/care-awards-2027`;
    expect(urls.map((u) => u.loc)).toEqual(
      [
        `${BASE}/`,
        page,
        `${page}/methodology`,
        `${page}/industries/telecom`,
        `${page}/industries/finance`,
      ].flatMap((en) => [en, `${en}?lang=zh`]),
    );
    expect(new Set(urls.map((u) => u.lastmod))).toEqual(new Set(['2027-12-10T02:00:00Z']));
    expect(urls[3].links).toEqual([
      { rel: 'alternate', hreflang: 'en', href: page },
      { rel: 'alternate', hreflang: 'zh-CN', href: `${page}?lang=zh` },
      { rel: 'alternate', hreflang: 'x-default', href: page },
    ]);
  });

  it('dates the home page by the latest announcement, and lists only it, undated, when none was made', () => {
    const older = { ...CAMPAIGN, slug: 'care-awards-2026', announcedAt: '2026-12-01T02:00:00.000Z' };
    expect(parse(sitemapXml(BASE, [older, CAMPAIGN]))[0].lastmod).toBe('2027-12-10T02:00:00Z');
    const empty = parse(sitemapXml(BASE, []));
    expect(empty.map((u) => [u.loc, u.lastmod])).toEqual([
      [`${BASE}/`, undefined],
      [`${BASE}/?lang=zh`, undefined],
    ]);
  });

  it('escapes whatever the base URL and codes hold, and says them back exactly', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(text, text, (base, code) => {
        const xml = sitemapXml(`https://a.example/${base}`, [{ ...CAMPAIGN, industryCodes: [code] }]);
        const locs = parse(xml).map((u) => u.loc);
        return locs.includes(
          `https://a.example/${base}/results/care-awards-2027/industries/${encodeURIComponent(code)}`,
        );
      }),
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five characters XML reserves, and nothing else', () => {
    expect(escapeXml(`<a href="x?b=1&c='2'">`)).toBe('&lt;a href=&quot;x?b=1&amp;c=&apos;2&apos;&quot;&gt;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeXml(text);
        return !/[<>"']|&(?!(lt|gt|quot|apos|amp);)/.test(escaped) && unescapeXml(escaped) === text;
      }),
    );
  });
});

describe('robotsTxt', () => {
  it('keeps crawlers out of the workspaces and the API behind sign-in, and points to the sitemap', () => {
    const lines = robotsTxt(BASE).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /app');
    expect(lines).toContain('Disallow: /campaigns');
    expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    const disallowed = lines
      .filter((l) => l.startsWith('Disallow: '))
      .map((l) => l.slice('Disallow: '.length));
    const open = ['/', '/?lang=zh', '/results/a', '/certificates/a', '/public/campaigns', '/sitemap.xml'];
    for (const path of open) expect([path, disallowed.filter((p) => path.startsWith(p))]).toEqual([path, []]);
  });
});
