import type { Publication } from '@app/awards';
import { html } from '../html';
import { countText, figure, figureText, intervalText, nameIn, withLang } from './format';
import { campaignPaths } from './campaign-page';
import { awardsOf, campaignName, categoryName, FoundEnterprise, industryName } from './publication-reading';
import { crumbs, sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

/**
 * One enterprise's published result in a campaign, at a stable address (its public reference): its figures
 * with their intervals, its place in the industry, and the awards it won with their certificates.
 */
export function enterprisePage(p: Publication, found: FoundEnterprise, lang: Lang, baseUrl: string): string {
  const t = SITE_TEXT[lang];
  const e = found.entry;
  const paths = campaignPaths(p.campaign.slug);
  const name = nameIn(lang, e.name, e.nameZh);
  const otherName = lang === 'zh' ? e.name : e.nameZh;
  const industry = industryName(p, found.industryCode, lang, t.allIndustries);
  const campaign = campaignName(p, lang);
  const awards = awardsOf(p, e);
  const row = (label: string, value: number | null, low?: number | null, high?: number | null) => {
    const interval = intervalText(low, high);
    return html`<dt>${label}</dt>
      <dd>
        ${figure(value)}${interval ? html`<span class="note">${t.open}${t.interval} ${interval}${t.close}</span>` : ''}
      </dd>`;
  };
  return sitePage(
    lang,
    {
      title: `${name} · ${campaign}`,
      description:
        `${name}${t.comma}${industry}${t.colon}CSI ${figure(e.csi)}${t.comma}CLI ${figure(e.cli)}${t.comma}` +
        `NPS ${figure(e.nps)}${t.open}${campaign}${t.close}${t.end}`,
      path: paths.enterprise(e.ref as string),
    },
    html`${crumbs(lang, [
        { href: withLang('/', lang), text: t.home },
        { href: withLang(paths.campaign, lang), text: campaign },
        { href: withLang(paths.industry(found.industryCode), lang), text: industry },
      ])}
      <h1>${name}</h1>
      ${otherName && otherName !== name ? html`<p class="lead" lang="${lang === 'zh' ? 'en' : 'zh-CN'}">${otherName}</p>` : ''}
      <h2>${t.enterpriseResult}</h2>
      <dl class="facts enterprise-result">
        <dt>${t.industry}</dt>
        <dd><a href="${withLang(paths.industry(found.industryCode), lang)}">${industry}</a></dd>
        <dt>${t.rank}</dt>
        <dd>
          ${e.rank !== null ? t.rankOf(e.rank, found.rankedInIndustry) : (t.eligibility[e.eligibility] ?? e.eligibility)}
        </dd>
        <dt>${t.responses}</dt>
        <dd>${countText(e.n, lang)}</dd>
        ${row(t.metricNames.csi, e.csi, e.csiLow, e.csiHigh)}
        ${row(t.metricNames.cli, e.cli, e.cliLow, e.cliHigh)}
        ${row(t.metricNames.nps, e.nps, e.npsLow, e.npsHigh)}
      </dl>
      <h2>${t.awardsWon}</h2>
      ${
        awards.length === 0
          ? html`<p>${t.noAwards}</p>`
          : html`<ul class="winners">
              ${awards.map(
                (a) =>
                  html`<li>
                    <strong>${categoryName(a.category, lang)}</strong
                    >${t.open}${industryName(p, a.industryCode, lang, t.allIndustries)}${t.close}${
                      a.joint ? html` <span class="tag">${t.jointWinner}</span>` : ''
                    } <br /><span class="note">${figureText(a.winner.figures, lang)}</span><br />
                    <a href="${withLang(`/certificates/${a.winner.certificateCode}`, lang)}"
                      >${t.certificate}</a
                    >
                  </li>`,
              )}
            </ul>`
      }
      <p>
        <a href="${withLang(paths.methodology, lang)}">${t.methodology}</a> ·
        <a href="${withLang(paths.industry(found.industryCode), lang)}">${t.back(industry)}</a>
      </p>`,
    baseUrl,
  );
}
