import type { Publication } from '@app/awards';
import { html } from '../html';
import { countText, withLang } from './format';
import { campaignPaths } from './campaign-page';
import { methodologyProse, PARAMETER_MEANINGS, parameterValue } from './methodology-words';
import { campaignName, categoryName, industryName } from './publication-reading';
import { crumbs, sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

/**
 * How the campaign's figures were made, for a reader: the methodology in prose with this campaign's numbers,
 * every parameter with its meaning, the version and its checksum, each industry's data-quality counts, the
 * organizers' decisions, and the downloads that let anyone check.
 */
export function methodologyPage(p: Publication, lang: Lang, baseUrl: string): string {
  const t = SITE_TEXT[lang];
  const m = p.methodology;
  const paths = campaignPaths(p.campaign.slug);
  const campaign = campaignName(p, lang);
  const parameters = (m.parameters ?? {}) as Record<string, unknown>;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return sitePage(
    lang,
    {
      title: `${t.methodology} · ${campaign}`,
      description: methodologyProse(m.rules, parameters, lang)[0],
      path: paths.methodology,
    },
    html`${crumbs(lang, [
        { href: withLang('/', lang), text: t.home },
        { href: withLang(paths.campaign, lang), text: campaign },
      ])}
      <h1>${t.methodology}</h1>
      ${methodologyProse(m.rules, parameters, lang).map((para) => html`<p>${para}</p>`)}
      <h2>${t.version}</h2>
      <dl class="facts">
        <dt>${t.version}</dt>
        <dd><code>${m.version ?? t.notGiven}</code></dd>
        <dt>${t.checksum}</dt>
        <dd><code class="checksum">${m.checksum ?? t.notGiven}</code></dd>
      </dl>
      <p class="note">${t.checksumHow}</p>
      <h2>${t.parameters}</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label="${t.parameters}">
        <table class="parameters">
          <thead>
            <tr>
              <th scope="col">${t.parameter}</th>
              <th scope="col">${t.value}</th>
              <th scope="col">${t.meaning}</th>
            </tr>
          </thead>
          <tbody>
            ${Object.entries(parameters).map(
              ([key, value]) =>
                html`<tr>
                  <th scope="row"><code>${key}</code></th>
                  <td>${parameterValue(key, value, lang)}</td>
                  <td>${PARAMETER_MEANINGS[key]?.[lang] ?? ''}</td>
                </tr>`,
            )}
            <tr>
              <th scope="row"><code>minResponsesRanked</code></th>
              <td>${m.rules.minResponsesRanked}</td>
              <td>${PARAMETER_MEANINGS.minResponsesRanked[lang]}</td>
            </tr>
            <tr>
              <th scope="row"><code>minResponsesListed</code></th>
              <td>${m.rules.minResponsesListed}</td>
              <td>${PARAMETER_MEANINGS.minResponsesListed[lang]}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>${t.dataQuality}</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label="${t.dataQuality}">
        <table class="data-quality">
          <thead>
            <tr>
              <th scope="col">${t.industry}</th>
              <th scope="col" class="num">${t.dqReceived}</th>
              <th scope="col" class="num">${t.dqDuplicates}</th>
              <th scope="col" class="num">${t.dqExcluded}</th>
              <th scope="col" class="num">${t.dqValid}</th>
              <th scope="col" class="num">${t.rankedGroup}</th>
              <th scope="col" class="num">${t.indicative}</th>
            </tr>
          </thead>
          <tbody>
            ${p.rankings.map((r) => {
              const q = r.dataQuality;
              const cell = (n: number | undefined) =>
                html`<td class="num">${n === undefined ? '–' : countText(n, lang)}</td>`;
              return html`<tr>
                <th scope="row">
                  <a href="${withLang(paths.industry(r.industryCode), lang)}"
                    >${industryName(p, r.industryCode, lang, t.allIndustries)}</a
                  >
                </th>
                ${cell(q?.received)} ${cell(q?.duplicates)} ${cell(q && sum(q.excluded))} ${cell(q?.valid)}
                ${cell(q?.ranked)} ${cell(q?.indicative)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <h2>${t.overrides}</h2>
      ${
        m.overrides.length === 0
          ? html`<p>${t.noOverrides}</p>`
          : html`<ul>
              ${m.overrides.map((o) => {
                const k = p.categories.find((c) => c.name === o.category);
                return html`<li>
                  <strong>${k ? categoryName(k, lang) : o.category}</strong>${t.colon}${o.justification}
                </li>`;
              })}
            </ul>`
      }
      <h2>${t.openData}</h2>
      <p>${t.openDataLead}</p>
      <ul class="plain">
        <li><a href="${paths.csv}" download>${t.downloadCsv}</a></li>
        <li><a href="${paths.json}" download>${t.downloadJson}</a></li>
      </ul>`,
    baseUrl,
  );
}
