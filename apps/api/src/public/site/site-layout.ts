import { html, Html } from '../html';
import { otherLang, withLang } from './format';
import { Lang, SITE_TEXT } from './site-text';

const STYLE = `
  *, *::before, *::after { box-sizing: border-box; }
  body { font: 16px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; color: #1a1a1a; background: #fff; }
  header.site { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; border-bottom: 1px solid #c8c8c8; padding-bottom: .25rem; }
  header.site .home { font-weight: 600; }
  nav.crumbs { font-size: .95rem; margin: .5rem 0 0; } nav.crumbs a + a::before { content: "›"; padding: 0 .4rem; color: #595959; display: inline-block; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: .75rem 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; margin-bottom: .25rem; }
  a { color: #0b4f9c; } p.lead { color: #3d3d3d; } .note { color: #3d3d3d; font-size: .95rem; }
  a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; font-size: .95rem; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e0e0e0; vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid #e0e0e0; border-radius: .25rem; }
  .table-wrap table { min-width: 34rem; }
  .table-wrap th:first-child, .table-wrap td:first-child { position: sticky; left: 0; background: #fff; min-width: 9rem; max-width: 45vw; box-shadow: 1px 0 0 #e0e0e0; }
  .table-wrap thead th { background: #f4f6f9; } .table-wrap thead th:first-child { background: #f4f6f9; }
  .winner { font-weight: 600; } .tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid #767676; border-radius: 1rem; color: #3d3d3d; margin-left: .25rem; white-space: nowrap; }
  ul.plain { list-style: none; padding: 0; } ul.plain li { margin: .4rem 0; }
  ul.winners { padding-left: 1.1rem; margin: .25rem 0 0; } ul.winners li { margin: .35rem 0; }
  ul.groups > li { margin: 0 0 1rem; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem; padding: 0; list-style: none; }
  .cards li { border: 1px solid #d0d4da; border-radius: .4rem; padding: .6rem .75rem; }
  .cards a.title { font-weight: 600; display: block; }
  form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .5rem 0 1rem; }
  form.search label { display: grid; gap: .2rem; font-size: .95rem; flex: 1 1 12rem; }
  input, select, button { font: inherit; padding: .5rem .6rem; min-height: 2.75rem; border: 1px solid #767676; border-radius: .3rem; background: #fff; color: #1a1a1a; }
  button { background: #0b4f9c; color: #fff; border-color: #0b4f9c; font-weight: 600; cursor: pointer; }
  .switch { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; padding: 0; list-style: none; }
  .switch a, .switch span { display: inline-block; padding: .35rem .75rem; border: 1px solid #0b4f9c; border-radius: 1.5rem; text-decoration: none; min-height: 2.25rem; }
  .switch span[aria-current] { background: #0b4f9c; color: #fff; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; } dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
  @media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .5rem; } }
  code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9rem; overflow-wrap: anywhere; }
  pre { white-space: pre-wrap; background: #f4f6f9; padding: .5rem .75rem; border-radius: .3rem; }
`;

/** What a page says about itself to search engines and to the previews of sharing. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's path (no query): canonical address and language alternates are built from it. */
  path: string;
  /** Query parameters that are part of the page's identity (e.g. the figure shown), kept across languages. */
  query?: Record<string, string>;
  /** Pages that should not be indexed (search results, not-found). */
  noindex?: boolean;
  style?: string;
}

/** The document around every public page: head, site header with the language switch, main. */
export function documentOf(
  lang: Lang,
  title: string,
  switchHref: string,
  body: Html,
  head: Html | string = '',
  style = '',
): string {
  const t = SITE_TEXT[lang];
  return html`<!doctype html>
    <html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        ${head}
        <style>
          ${new Html(STYLE + style)}
        </style>
      </head>
      <body>
        <header class="site">
          <a class="home" href="${withLang('/', lang)}">${t.site}</a
          ><a
            href="${switchHref}"
            hreflang="${lang === 'zh' ? 'en' : 'zh-CN'}"
            lang="${lang === 'zh' ? 'en' : 'zh-CN'}"
            id="language-switch"
            >${t.language}</a
          >
        </header>
        <main>${body}</main>
      </body>
    </html>`.text;
}

/**
 * A public page with its sharing and indexing tags: description, canonical address, the other language as an
 * alternate, and Open Graph for previews. Absolute addresses start at the configured public base URL.
 */
export function sitePage(lang: Lang, meta: PageMeta, body: Html, baseUrl: string): string {
  const t = SITE_TEXT[lang];
  const here = baseUrl + withLang(meta.path, lang, meta.query);
  const alternate = (l: Lang) => baseUrl + withLang(meta.path, l, meta.query);
  const head = html`<meta name="description" content="${meta.description}" />
    ${meta.noindex ? html`<meta name="robots" content="noindex" />` : ''}
    <link rel="canonical" href="${here}" />
    <link rel="alternate" hreflang="en" href="${alternate('en')}" />
    <link rel="alternate" hreflang="zh-CN" href="${alternate('zh')}" />
    <meta property="og:type" content="website" />
    <meta property="og:site_name" content="${t.site}" />
    <meta property="og:title" content="${meta.title}" />
    <meta property="og:description" content="${meta.description}" />
    <meta property="og:url" content="${here}" />
    <meta property="og:locale" content="${lang === 'zh' ? 'zh_CN' : 'en_GB'}" />
    <meta property="og:locale:alternate" content="${lang === 'zh' ? 'en_GB' : 'zh_CN'}" />
    <meta name="twitter:card" content="summary" />`;
  const title = meta.title === t.site ? t.site : `${meta.title} · ${t.site}`;
  return documentOf(
    lang,
    title,
    withLang(meta.path, otherLang(lang), meta.query),
    body,
    head,
    meta.style ?? '',
  );
}

/** Where a page sits: links from the home page down to its parent. */
export function crumbs(lang: Lang, links: { href: string; text: string }[]): Html {
  return html`<nav class="crumbs" aria-label="${SITE_TEXT[lang].breadcrumb}">
    ${links.map((l) => html`<a href="${l.href}">${l.text}</a>`)}
  </nav>`;
}
