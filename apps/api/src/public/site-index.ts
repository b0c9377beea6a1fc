/**
 * What crawlers read first: robots.txt and the sitemap (sitemaps.org 0.9, with each page's English and Chinese
 * versions as `xhtml:link` alternates, which Google and Bing read; Baidu reads the sitemap itself).
 */

/**
 * Paths no crawler has any use for: the workspaces' shell, the pages emailed links open, the API docs, and every
 * API path behind sign-in (a crawler would collect 401s). Crawlers that know only `Disallow` (older ones ignore
 * `Allow`) read this list right, which an "everything but the public site" rule would not give them.
 * site-index.e2e-spec checks it covers every route the access rules do not make public.
 */
export const PRIVATE_PATHS = [
  '/account/',
  '/admin/',
  '/app',
  '/audit-log',
  '/auth/',
  '/campaigns',
  '/candidacies/',
  '/docs',
  '/documents/',
  '/enterprise-invitations/',
  '/enterprises',
  '/entry-forms',
  '/health/',
  '/judges',
  '/judging/',
  '/me/',
  '/methodology-versions',
  '/metrics',
  '/notifications',
  '/reference-data',
  '/rounds/',
  '/rubrics',
  '/staff-invitations',
  '/system/',
  '/users',
] as const;

export function robotsTxt(baseUrl: string): string {
  return [
    '# Care Awards: the announced results are public; the workspaces and the API behind sign-in are not.',
    '# 客户关怀奖：已公布的结果对所有人开放；工作台和需登录的接口不供抓取。',
    'User-agent: *',
    ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

/** An announced campaign as the sitemap lists it: its pages, and when they appeared. */
export interface IndexedCampaign {
  slug: string;
  announcedAt: string;
  industryCodes: string[];
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** W3C Datetime to the second, as sitemaps.org shows it. */
const w3cDate = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Each page twice (English, Chinese), each naming both as alternates, English also as the default. */
function entries(baseUrl: string, path: string, lastmod: string | null): string[] {
  const en = `${baseUrl}${path}`;
  const zh = `${en}?lang=zh`;
  const alternates = [
    ['en', en],
    ['zh-CN', zh],
    ['x-default', en],
  ].map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`);
  return [en, zh].map((loc) =>
    [
      '  <url>',
      `    <loc>${escapeXml(loc)}</loc>`,
      ...(lastmod ? [`    <lastmod>${w3cDate(lastmod)}</lastmod>`] : []),
      ...alternates,
      '  </url>',
    ].join('\n'),
  );
}

/**
 * The home page, and for each announced campaign its page, its methodology and each industry's page, dated by
 * the announcement (the home page by the latest one). Only announced campaigns can be passed in.
 */
export function sitemapXml(baseUrl: string, campaigns: IndexedCampaign[]): string {
  const latest = campaigns.map((c) => c.announcedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const urls = [...entries(baseUrl, '/', latest ?? null)];
  for (const c of campaigns) {
    const page = `/results/${encodeURIComponent(c.slug)}`;
    urls.push(...entries(baseUrl, page, c.announcedAt));
    urls.push(...entries(baseUrl, `${page}/methodology`, c.announcedAt));
    for (const code of c.industryCodes)
      urls.push(...entries(baseUrl, `${page}/industries/${encodeURIComponent(code)}`, c.announcedAt));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
