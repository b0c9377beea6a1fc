import { html } from '../html';
import { dateText, nameIn, withLang } from './format';
import { sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

export interface AnnouncedCampaign {
  slug: string;
  name: string;
  nameZh: string | null;
  year: number;
  categories: number;
  announcedAt: string;
}

/** The home page: what the site is, and every announced campaign, newest first. */
export function homePage(items: AnnouncedCampaign[], lang: Lang, baseUrl: string): string {
  const t = SITE_TEXT[lang];
  return sitePage(
    lang,
    { title: t.site, description: t.siteDescription, path: '/' },
    html`<h1>${t.site}</h1>
      <p class="lead">${t.tagline}</p>
      <h2>${t.announced}</h2>
      ${
        items.length === 0
          ? html`<p>${t.none}</p>`
          : html`<ul class="cards campaigns">
              ${items.map(
                (c) =>
                  html`<li>
                    <a class="title" href="${withLang(`/results/${c.slug}`, lang)}"
                      >${nameIn(lang, c.name, c.nameZh)}</a
                    >
                    <span class="note"
                      >${t.year} ${c.year} · ${t.categoriesCount(c.categories)} · ${t.announcedOn}
                      <time datetime="${c.announcedAt}">${dateText(c.announcedAt, lang)}</time></span
                    >
                  </li>`,
              )}
            </ul>`
      }
      <h2>${t.forUsers}</h2>
      <ul class="plain">
        <li><a href="/app/">${t.workspaces}</a></li>
        <li><a href="/docs">${t.apiDocs}</a></li>
      </ul>`,
    baseUrl,
  );
}
