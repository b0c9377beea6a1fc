import { noWinnerText, type Publication, type PublishedCategory, ruleText } from '@app/awards';
import { html, Html } from '../html';
import { dateText, figure, figureText, nameIn, withLang } from './format';
import { campaignName, categoryName, industryName, jointWinners, ranking } from './publication-reading';
import { searchForm } from './search-form';
import { crumbs, sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

/** Addresses of a campaign's pages, in one place so links and routes never drift apart. */
export const campaignPaths = (slug: string) => ({
  campaign: `/results/${slug}`,
  industry: (code: string) => `/results/${slug}/industries/${code}`,
  enterprise: (ref: string) => `/results/${slug}/enterprises/${ref}`,
  methodology: `/results/${slug}/methodology`,
  search: `/results/${slug}/search`,
  csv: `/results/${slug}/figures.csv`,
  json: `/results/${slug}/figures.json`,
});

function winnersOf(p: Publication, k: PublishedCategory, lang: Lang): Html {
  const t = SITE_TEXT[lang];
  const paths = campaignPaths(p.campaign.slug);
  return html`<section class="category" id="category-${p.categories.indexOf(k) + 1}">
    <h3>${categoryName(k, lang)}</h3>
    <p class="note">${t.rule}${t.colon}${ruleText(k.rule, lang)}</p>
    ${
      k.justification !== null
        ? html`<p class="note">${t.overridden}${t.stop}${t.justification}${t.colon}${k.justification}</p>`
        : ''
    }
    <ul class="plain groups">
      ${k.groups.map((g) => {
        const industry = industryName(p, g.industryCode, lang, t.allIndustries);
        const heading =
          g.industryCode && ranking(p, g.industryCode)
            ? html`<a href="${withLang(paths.industry(g.industryCode), lang)}">${industry}</a>`
            : industry;
        if (g.winners.length === 0)
          return html`<li>
            <strong>${heading}</strong>${t.colon}${t.noWinner}<span class="note"
              >${t.open}${noWinnerText(g.noWinnerReason, lang)}${t.close}</span
            >
          </li>`;
        return html`<li>
          <strong>${heading}</strong
          >${jointWinners(k, g) ? html` <span class="tag">${t.jointWinnersTag}</span>` : ''}
          <ul class="winners">
            ${g.winners.map(
              (w) =>
                html`<li>
                  ${
                    w.ref
                      ? html`<a class="winner" href="${withLang(paths.enterprise(w.ref), lang)}"
                          >${nameIn(lang, w.name, w.nameZh)}</a
                        >`
                      : html`<span class="winner">${nameIn(lang, w.name, w.nameZh)}</span>`
                  }
                  <span class="note">${figureText(w.figures, lang)}</span> ·
                  <a href="${withLang(`/certificates/${w.certificateCode}`, lang)}">${t.certificate}</a>
                </li>`,
            )}
          </ul>
        </li>`;
      })}
    </ul>
  </section>`;
}

function industryIndex(p: Publication, lang: Lang): Html {
  const t = SITE_TEXT[lang];
  const paths = campaignPaths(p.campaign.slug);
  return html`<ul class="cards industries">
    ${p.rankings.map((r) => {
      const ranked = r.entries.filter((e) => e.rank !== null);
      const leader = ranked[0];
      return html`<li>
        <a class="title" href="${withLang(paths.industry(r.industryCode), lang)}"
          >${industryName(p, r.industryCode, lang, t.allIndustries)}</a
        >
        <span class="note">${t.rankedCount(ranked.length, r.entries.length - ranked.length)}</span>
        ${
          leader
            ? html`<br /><span class="note"
                  >${t.leader}${t.colon}${nameIn(lang, leader.name, leader.nameZh)}${t.open}CSI
                  ${figure(leader.csi)}${t.close}</span
                >`
            : ''
        }
      </li>`;
    })}
  </ul>`;
}

/**
 * A campaign's page: the winners of each award first, then the industries (each with its own page), the
 * enterprise search, and the way to the methodology and the open data. Short enough to read on a phone; the
 * rankings live on the industry pages.
 */
export function campaignPage(p: Publication, lang: Lang, baseUrl: string): string {
  const t = SITE_TEXT[lang];
  const c = p.campaign;
  const name = campaignName(p, lang);
  const paths = campaignPaths(c.slug);
  const published = p.rankings.reduce((sum, r) => sum + r.entries.length, 0);
  return sitePage(
    lang,
    {
      title: name,
      description: t.campaignDescription(name, p.industries.length, published),
      path: paths.campaign,
    },
    html`${crumbs(lang, [{ href: withLang('/', lang), text: t.home }])}
      <h1>${name}</h1>
      <p class="lead">${lang === 'zh' ? c.descriptionZh : c.descriptionEn}</p>
      <p class="note">
        ${t.announcedOn} <time datetime="${c.announcedAt}">${dateText(c.announcedAt, lang)}</time> ·
        ${t.rankedCount(
          p.rankings.reduce((s, r) => s + r.entries.filter((e) => e.rank !== null).length, 0),
          p.rankings.reduce((s, r) => s + r.entries.filter((e) => e.rank === null).length, 0),
        )}
        · ${t.industriesCount(p.industries.length)}
      </p>
      <nav aria-label="${t.contents}">
        <ul class="switch">
          <li><a href="#winners">${t.winners}</a></li>
          <li><a href="#industries">${t.industries}</a></li>
          <li><a href="#search">${t.search}</a></li>
          <li><a href="${withLang(paths.methodology, lang)}">${t.methodology}</a></li>
          <li><a href="#open-data">${t.openData}</a></li>
        </ul>
      </nav>
      <h2 id="winners">${t.winners}</h2>
      ${p.categories.map((k) => winnersOf(p, k, lang))}
      <h2 id="industries">${t.industries}</h2>
      <p class="note">${t.industriesLead}</p>
      ${industryIndex(p, lang)}
      <h2 id="search">${t.search}</h2>
      ${searchForm(p, lang)}
      <h2 id="open-data">${t.openData}</h2>
      <p>${t.openDataLead}</p>
      <ul class="plain">
        <li><a href="${paths.csv}" download>${t.downloadCsv}</a></li>
        <li><a href="${paths.json}" download>${t.downloadJson}</a></li>
        <li><a href="${withLang(paths.methodology, lang)}">${t.methodology}</a></li>
      </ul>`,
    baseUrl,
  );
}
