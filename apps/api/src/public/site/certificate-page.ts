import type { CertificateContent } from '@app/awards';
import { escapeHtml, html } from '../html';
import { dateText, figureText, nameIn, withLang } from './format';
import { campaignPaths } from './campaign-page';
import { crumbs, sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

/** The addresses of a certificate's page, its printable PDF and its badge. */
export const certificatePaths = (code: string) => ({
  page: `/certificates/${code}`,
  pdf: `/certificates/${code}/certificate.pdf`,
  badge: `/certificates/${code}/badge.svg`,
});

/**
 * A certificate's verification page: what was awarded to whom, proven by the code being found here; with the
 * printable PDF and the badge a winner can put on its own site, linking back here.
 */
export function certificatePage(c: CertificateContent, lang: Lang, baseUrl: string): string {
  const t = SITE_TEXT[lang];
  const paths = certificatePaths(c.code);
  const enterprise = nameIn(lang, c.enterprise, c.enterpriseZh);
  const campaign = nameIn(lang, c.campaign.name, c.campaign.nameZh);
  const category = nameIn(lang, c.category.name, c.category.nameZh);
  const industry = c.industry ? nameIn(lang, c.industry.name, c.industry.nameZh) : t.allIndustries;
  const results = campaignPaths(c.campaign.slug);
  const badgeSrc = `${baseUrl}${withLang(paths.badge, lang)}`;
  // Escaped here as HTML the winner pastes into its own page; the template escapes it again for this page.
  const snippet = `<a href="${escapeHtml(baseUrl + withLang(paths.page, lang))}"><img src="${escapeHtml(badgeSrc)}" alt="${escapeHtml(`${enterprise}${t.colon}${category} ${c.campaign.year}`)}" width="240" height="96"></a>`;
  return sitePage(
    lang,
    {
      title: `${t.certificate}${t.colon}${enterprise}`,
      description: `${enterprise}${t.colon}${category}${t.comma}${industry}${t.comma}${campaign}${t.stop}${t.verified}`,
      path: paths.page,
    },
    html`${crumbs(lang, [
        { href: withLang('/', lang), text: t.home },
        { href: withLang(results.campaign, lang), text: campaign },
      ])}
      <h1>${t.certificate}</h1>
      <p class="verified"><strong>${t.verified}</strong></p>
      <dl class="facts">
        <dt>${t.enterprise}</dt>
        <dd class="winner">
          ${
            c.enterpriseRef
              ? html`<a href="${withLang(results.enterprise(c.enterpriseRef), lang)}">${enterprise}</a>`
              : enterprise
          }
        </dd>
        <dt>${t.category}</dt>
        <dd>${category}</dd>
        <dt>${t.industry}</dt>
        <dd>${industry}</dd>
        <dt>${t.campaign}</dt>
        <dd>
          <a href="${withLang(results.campaign, lang)}">${campaign}</a>${t.open}${c.campaign.year}${t.close}
        </dd>
        <dt>${t.figures}</dt>
        <dd>${figureText(c.figures, lang)}</dd>
        <dt>${t.code}</dt>
        <dd><code>${c.code}</code></dd>
        <dt>${t.announcedOn}</dt>
        <dd><time datetime="${c.announcedAt}">${dateText(c.announcedAt, lang)}</time></dd>
      </dl>
      ${c.jointWinners ? html`<p class="note">${t.jointWinners}</p>` : ''}
      <p><a class="pdf" href="${paths.pdf}">${t.certificatePdf}</a></p>
      <h2>${t.badge}</h2>
      <p>
        <img
          class="badge"
          src="${withLang(paths.badge, lang)}"
          alt="${enterprise}${t.colon}${category} ${c.campaign.year}"
          width="240"
          height="96"
        />
      </p>
      <p class="note">${t.badgeLead}</p>
      <pre class="embed">${snippet}</pre>`,
    baseUrl,
  );
}
