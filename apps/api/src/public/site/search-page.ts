import type { Publication } from '@app/awards';
import { html } from '../html';
import { figure, nameIn, withLang } from './format';
import { campaignPaths } from './campaign-page';
import { campaignName, industryName, searchEnterprises, searchKey } from './publication-reading';
import { searchForm } from './search-form';
import { crumbs, sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

/** Results of a search are capped: a query of one letter would otherwise list the whole campaign. */
export const SEARCH_LIMIT = 100;

/** The enterprises whose English or Chinese name matches, in an industry when one is chosen. */
export function searchPage(
  p: Publication,
  query: string,
  industry: string | null,
  lang: Lang,
  baseUrl: string,
): string {
  const t = SITE_TEXT[lang];
  const paths = campaignPaths(p.campaign.slug);
  const campaign = campaignName(p, lang);
  const empty = searchKey(query) === '' && industry === null;
  const found = empty ? [] : searchEnterprises(p, query, industry);
  return sitePage(
    lang,
    {
      title: `${t.search} · ${campaign}`,
      description: t.searchTitle(query),
      path: paths.search,
      query: { ...(query && { q: query }), ...(industry && { industry }) },
      noindex: true,
    },
    html`${crumbs(lang, [
        { href: withLang('/', lang), text: t.home },
        { href: withLang(paths.campaign, lang), text: campaign },
      ])}
      <h1>${t.searchTitle(query)}</h1>
      ${searchForm(p, lang, query, industry)}
      ${
        empty
          ? html`<p>${t.searchTooShort}</p>`
          : html`<p class="note" role="status">
                ${t.searchCount(found.length)}${found.length > SEARCH_LIMIT ? ` (1–${SEARCH_LIMIT})` : ''}
              </p>
              ${
                found.length === 0
                  ? html`<p>${t.searchNone}</p>`
                  : html`<ul class="cards results">
                      ${found.slice(0, SEARCH_LIMIT).map(
                        (f) =>
                          html`<li>
                            ${
                              f.entry.ref
                                ? html`<a
                                    class="title"
                                    href="${withLang(paths.enterprise(f.entry.ref), lang)}"
                                    >${nameIn(lang, f.entry.name, f.entry.nameZh)}</a
                                  >`
                                : html`<strong>${nameIn(lang, f.entry.name, f.entry.nameZh)}</strong>`
                            }
                            <span class="note"
                              >${industryName(p, f.industryCode, lang, t.allIndustries)} ·
                              ${
                                f.entry.rank !== null
                                  ? t.rankOf(f.entry.rank, f.rankedInIndustry)
                                  : t.indicative
                              }
                              · CSI ${figure(f.entry.csi)}</span
                            >
                          </li>`,
                      )}
                    </ul>`
              }`
      }`,
    baseUrl,
  );
}
