import type { Publication, PublishedEntry, PublishedRanking } from '@app/awards';
import { CHART_STYLE, ChartRow, intervalChart } from '../chart/interval-chart';
import { html, Html } from '../html';
import { countText, figure, intervalText, nameIn, withLang } from './format';
import { campaignPaths } from './campaign-page';
import { benchmarkMark, campaignName, industryName } from './publication-reading';
import { crumbs, sitePage } from './site-layout';
import { Lang, SITE_TEXT } from './site-text';

export type Metric = 'csi' | 'cli' | 'nps';
export const METRICS: Metric[] = ['csi', 'cli', 'nps'];
export const metricOf = (value: unknown): Metric =>
  METRICS.includes(value as Metric) ? (value as Metric) : 'csi';

const DOMAIN: Record<Metric, [number, number]> = { csi: [0, 100], cli: [0, 100], nps: [-100, 100] };

/** The figure and its interval, as published (older publications have no CLI or NPS interval). */
export function metricValue(e: PublishedEntry, m: Metric) {
  if (m === 'csi') return { value: e.csi, low: e.csiLow, high: e.csiHigh };
  if (m === 'cli') return { value: e.cli, low: e.cliLow ?? null, high: e.cliHigh ?? null };
  return { value: e.nps, low: e.npsLow ?? null, high: e.npsHigh ?? null };
}

function chartRows(p: Publication, r: PublishedRanking, entries: PublishedEntry[], m: Metric, lang: Lang) {
  const t = SITE_TEXT[lang];
  const paths = campaignPaths(p.campaign.slug);
  const rows: ChartRow[] = [];
  for (const e of entries) {
    const v = metricValue(e, m);
    if (v.value === null) continue;
    const mark = benchmarkMark(p, r.industryCode, e);
    const name = nameIn(lang, e.name, e.nameZh);
    rows.push({
      label: name,
      value: v.value,
      low: v.low,
      high: v.high,
      mark,
      href: e.ref ? withLang(paths.enterprise(e.ref), lang) : null,
      title: t.rowTitle(
        name,
        t.metricShort[m],
        figure(v.value),
        intervalText(v.low, v.high),
        mark === 'winner' ? t.winner : mark === 'joint-winner' ? t.jointWinner : null,
      ),
    });
  }
  // CSI keeps the published ranking's order; CLI and NPS are drawn by their own value, so the chart compares.
  return m === 'csi' ? rows : rows.sort((a, b) => b.value - a.value);
}

function metricSwitch(path: string, current: Metric, lang: Lang): Html {
  const t = SITE_TEXT[lang];
  return html`<ul class="switch" aria-label="${t.metric}">
    ${METRICS.map((m) =>
      m === current
        ? html`<li><span aria-current="true">${t.metricNames[m]}</span></li>`
        : html`<li>
            <a href="${withLang(path, lang, m === 'csi' ? {} : { metric: m })}">${t.metricNames[m]}</a>
          </li>`,
    )}
  </ul>`;
}

function rankingTable(p: Publication, r: PublishedRanking, name: string, lang: Lang): Html {
  const t = SITE_TEXT[lang];
  const paths = campaignPaths(p.campaign.slug);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.tableCaption(name)}">
    <table>
      <caption class="note" style="text-align:left;padding:.35rem .5rem">
        ${t.tableCaption(name)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.rank} · ${t.enterprise}</th>
          <th scope="col" class="num">${t.responsesShort}</th>
          <th scope="col" class="num">CSI</th>
          <th scope="col" class="num">${t.interval}</th>
          <th scope="col" class="num">CLI</th>
          <th scope="col" class="num">NPS</th>
        </tr>
      </thead>
      <tbody>
        ${r.entries.map((e) => {
          const mark = benchmarkMark(p, r.industryCode, e);
          const label = nameIn(lang, e.name, e.nameZh);
          return html`<tr>
            <th scope="row" class="${mark ? 'winner' : ''}">
              ${e.rank ?? '–'}.
              ${e.ref ? html`<a href="${withLang(paths.enterprise(e.ref), lang)}">${label}</a>` : label}
              ${mark ? html`<span class="tag">${mark === 'winner' ? t.winner : t.jointWinner}</span>` : ''}
              ${e.eligibility === 'indicative' ? html`<span class="tag">${t.indicative}</span>` : ''}
            </th>
            <td class="num">${countText(e.n, lang)}</td>
            <td class="num">${figure(e.csi)}</td>
            <td class="num">${intervalText(e.csiLow, e.csiHigh) ?? '–'}</td>
            <td class="num">${figure(e.cli)}</td>
            <td class="num">${figure(e.nps)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** Exclusions in the order a response is checked (stored JSON does not keep the order keys were written in). */
const EXCLUSION_ORDER = ['too-few-satisfaction-items', 'too-many-missing', 'speeding', 'soft-flags'] as const;

/** What became of the industry's responses: the counts METHODOLOGY.md says are published. */
export function dataQualityList(r: PublishedRanking, lang: Lang): Html {
  const t = SITE_TEXT[lang];
  const q = r.dataQuality;
  if (!q) return html`<p class="note">${t.notGiven}</p>`;
  const excluded = Object.values(q.excluded).reduce((a, b) => a + b, 0);
  return html`<dl class="facts data-quality">
    <dt>${t.dqReceived}</dt>
    <dd>${countText(q.received, lang)}</dd>
    <dt>${t.dqDuplicates}</dt>
    <dd>${countText(q.duplicates, lang)}</dd>
    <dt>${t.dqStored}</dt>
    <dd>${countText(q.stored, lang)}</dd>
    <dt>${t.dqExcluded}</dt>
    <dd>
      ${countText(excluded, lang)}
      <ul>
        ${EXCLUSION_ORDER.map(
          (reason) =>
            html`<li>${t.excludedReasons[reason]}${t.colon}${countText(q.excluded[reason] ?? 0, lang)}</li>`,
        )}
      </ul>
    </dd>
    <dt>${t.dqValid}</dt>
    <dd>${countText(q.valid, lang)}</dd>
    <dt>${t.dqEnterprises}</dt>
    <dd>${t.rankedCount(q.ranked, q.indicative)}; ${t.dqNotPublished(q.notPublished)}</dd>
  </dl>`;
}

/**
 * One industry's ranking: a dot-and-interval chart of the figure chosen (CSI, CLI or NPS) on an axis fitted to
 * the data, with the benchmark award's winners marked and indicative enterprises drawn apart; then the table
 * of every published figure and the industry's data quality.
 */
export function industryPage(
  p: Publication,
  r: PublishedRanking,
  metric: Metric,
  lang: Lang,
  baseUrl: string,
): string {
  const t = SITE_TEXT[lang];
  const paths = campaignPaths(p.campaign.slug);
  const name = industryName(p, r.industryCode, lang, t.allIndustries);
  const campaign = campaignName(p, lang);
  const ranked = r.entries.filter((e) => e.rank !== null);
  const indicative = r.entries.filter((e) => e.rank === null);
  const rows = {
    ranked: chartRows(p, r, ranked, metric, lang),
    indicative: chartRows(p, r, indicative, metric, lang),
  };
  const path = paths.industry(r.industryCode);
  const chart =
    rows.ranked.length + rows.indicative.length === 0
      ? ''
      : intervalChart(
          [
            { heading: null, rows: rows.ranked },
            ...(rows.indicative.length > 0 ? [{ heading: t.indicativeLong, rows: rows.indicative }] : []),
          ],
          {
            title: t.chartTitle(t.metricNames[metric], name),
            description: t.chartDesc(rows.ranked.length, rows.indicative.length),
            winner: t.chartWinner,
            jointWinner: t.chartJoint,
            interval: t.chartInterval,
          },
          DOMAIN[metric],
          `chart-${r.industryCode}-${metric}`,
        );
  return sitePage(
    lang,
    {
      title: `${name} · ${campaign}`,
      description: `${campaign}${t.colon}${t.chartTitle(t.metricNames[metric], name)}${t.stop}${t.industryLead(ranked.length, indicative.length)}`,
      path,
      query: metric === 'csi' ? {} : { metric },
      style: CHART_STYLE,
    },
    html`${crumbs(lang, [
        { href: withLang('/', lang), text: t.home },
        { href: withLang(paths.campaign, lang), text: campaign },
      ])}
      <h1>${name}</h1>
      <p class="lead">${t.industryLead(ranked.length, indicative.length)}</p>
      ${metricSwitch(path, metric, lang)} ${chart}
      <h2>${t.table}</h2>
      ${rankingTable(p, r, name, lang)}
      <h2>${t.dataQuality}</h2>
      ${dataQualityList(r, lang)}
      <p>
        <a href="${withLang(paths.methodology, lang)}">${t.methodology}</a> ·
        <a href="${withLang(paths.campaign, lang)}#open-data">${t.openData}</a> ·
        <a href="${withLang(paths.campaign, lang)}">${t.back(campaign)}</a>
      </p>`,
    baseUrl,
  );
}
