import {
  bandText,
  type CertificateContent,
  FIGURE_LABELS,
  noWinnerText,
  type Publication,
  type PublishedCategory,
  ruleText,
} from '@app/awards';
import { csiChart } from './csi-chart';
import { html, Html } from './html';

export type Lang = 'en' | 'zh';
export const langOf = (value: unknown): Lang => (value === 'zh' ? 'zh' : 'en');

/** Bars in each industry's chart: the top of the ranking, as the issue's "top enterprises". */
export const CHART_TOP = 10;

const TEXT = {
  en: {
    site: 'Care Awards',
    tagline:
      'Customer Care Benchmark Enterprise and Best Call Center of the Year: winners chosen from large customer surveys and expert judging, with every rule and figure published.',
    announced: 'Announced results',
    none: 'No campaign results have been announced yet. Results appear here at the moment they are announced, never before.',
    forUsers: 'For organizers, enterprises and judges',
    apiDocs: 'The platform is used through its API (OpenAPI documentation).',
    announcedOn: 'Announced',
    winners: 'Winners',
    allIndustries: 'All industries',
    jointWinners: 'Joint winners: not significantly different from each other.',
    noWinner: 'No winner',
    rankings: 'Rankings by industry',
    chartTitle: (industry: string) =>
      `Customer satisfaction index (CSI) of the top enterprises in ${industry}`,
    chartDesc: (n: number) => `${n} bars, CSI on a 0 to 100 scale, with 95 % confidence interval whiskers.`,
    rank: 'Rank',
    enterprise: 'Enterprise',
    indicative: 'indicative (too few responses to be ranked)',
    methodology: 'Methodology',
    version: 'Methodology version',
    rules: (r: Publication['methodology']['rules']) =>
      `Enterprises with at least ${r.minResponsesRanked} valid responses are ranked; ${r.minResponsesListed} to ${r.minResponsesRanked - 1} are listed as indicative; fewer are not published. Figures are rounded to one decimal. Winners are the leader and every enterprise not significantly below it (one-sided Welch test, Holm-adjusted).`,
    parameters: 'Parameters',
    overrides: 'Organizers’ overrides',
    noOverrides: 'None: every winner is the platform’s proposal.',
    rule: 'Rule',
    language: '中文',
    certificate: 'Certificate',
    verified: 'Verified: this certificate was issued by Care Awards.',
    code: 'Verification code',
    notFoundTitle: 'Not found',
    notFound: 'Nothing has been announced at this address.',
    certNotFound: 'No certificate has this code: it was not issued by Care Awards.',
    home: 'Home',
    year: 'Year',
    category: 'Category',
    industry: 'Industry',
    figures: 'Figures',
  },
  zh: {
    site: '客户关怀奖',
    tagline: '客户关怀标杆企业与年度最佳呼叫中心：基于大规模客户调查和专家评审选出，所有规则和数据公开。',
    announced: '已公布的结果',
    none: '尚未公布任何评选结果。结果将在公布的时刻出现在这里，不会提前。',
    forUsers: '组织方、企业和评委',
    apiDocs: '平台通过 API 使用（OpenAPI 文档）。',
    announcedOn: '公布于',
    winners: '获奖者',
    allIndustries: '全部行业',
    jointWinners: '并列获奖：彼此之间无显著差异。',
    noWinner: '无获奖者',
    rankings: '各行业排名',
    chartTitle: (industry: string) => `${industry}行业领先企业的客户满意度指数（CSI）`,
    chartDesc: (n: number) => `${n} 个条形，CSI 取值 0 到 100，须线为 95% 置信区间。`,
    rank: '排名',
    enterprise: '企业',
    indicative: '参考（有效样本不足，不参与排名）',
    methodology: '评选方法',
    version: '方法版本',
    rules: (r: Publication['methodology']['rules']) =>
      `有效样本不少于 ${r.minResponsesRanked} 份的企业参与排名；${r.minResponsesListed} 至 ${r.minResponsesRanked - 1} 份的列为参考；更少的不公布。数据保留一位小数。获奖者为领先者及与其无显著差异的企业（单侧 Welch 检验，Holm 校正）。`,
    parameters: '参数',
    overrides: '组织方调整',
    noOverrides: '无：所有获奖者均为平台的推荐结果。',
    rule: '规则',
    language: 'English',
    certificate: '证书',
    verified: '验证通过：此证书由客户关怀奖颁发。',
    code: '验证码',
    notFoundTitle: '未找到',
    notFound: '此地址下没有已公布的内容。',
    certNotFound: '没有此验证码的证书：它不是客户关怀奖颁发的。',
    home: '首页',
    year: '年度',
    category: '奖项',
    industry: '行业',
    figures: '数据',
  },
};

const STYLE = `
  body { font: 16px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; color: #1a1a1a; background: #fff; }
  header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; border-bottom: 1px solid #c8c8c8; }
  h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
  a { color: #0b4f9c; } p.lead { color: #3d3d3d; }
  table { border-collapse: collapse; width: 100%; font-size: .95rem; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #e0e0e0; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .winner { font-weight: 600; } .note { color: #3d3d3d; font-size: .95rem; }
  .table-wrap { overflow-x: auto; }
`;

/** The site's page: header with the home link and the language switch; `style` adds to the site's styles. */
export function layout(lang: Lang, title: string, switchHref: string, body: Html, style = ''): string {
  const t = TEXT[lang];
  return html`<!doctype html>
    <html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${new Html(STYLE + style)}
        </style>
      </head>
      <body>
        <header>
          <a href="/${lang === 'zh' ? '?lang=zh' : ''}">${t.site}</a
          ><a
            href="${switchHref}"
            hreflang="${lang === 'zh' ? 'en' : 'zh'}"
            lang="${lang === 'zh' ? 'en' : 'zh'}"
            id="language-switch"
            >${t.language}</a
          >
        </header>
        <main>${body}</main>
      </body>
    </html>`.text;
}

const withLang = (path: string, lang: Lang) => (lang === 'zh' ? `${path}?lang=zh` : path);
const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

export function homePage(
  items: { slug: string; name: string; year: number; announcedAt: string }[],
  lang: Lang,
): string {
  const t = TEXT[lang];
  return layout(
    lang,
    `${t.site}`,
    withLang('/', otherLang(lang)),
    html`<h1>${t.site}</h1>
      <p class="lead">${t.tagline}</p>
      <h2>${t.announced}</h2>
      ${
        items.length === 0
          ? html`<p>${t.none}</p>`
          : html`<ul class="campaigns">
              ${items.map(
                (c) =>
                  html`<li>
                    <a href="${withLang(`/results/${c.slug}`, lang)}">${c.name}</a> (${c.year}),
                    ${t.announcedOn} ${c.announcedAt.slice(0, 10)}
                  </li>`,
              )}
            </ul>`
      }
      <h2>${t.forUsers}</h2>
      <p><a href="/docs">${t.apiDocs}</a></p>`,
  );
}

function industryName(p: Publication, code: string | null, lang: Lang): string {
  if (code === null) return TEXT[lang].allIndustries;
  const i = p.industries.find((x) => x.code === code);
  return (lang === 'zh' ? i?.nameZh : i?.name) ?? code;
}

/** A winner's figures in words: "CSI 94.4 (95 % 90.8–98.1) · CLI 83.9 · NPS 50 · n 12". */
function figureText(f: Record<string, number | string | null>, lang: Lang): string {
  const parts = Object.entries(FIGURE_LABELS[lang]).flatMap(([key, label]) => {
    const raw = f[key];
    if (raw === null || raw === undefined) return [];
    const v = key === 'band' ? bandText(String(raw), lang) : raw;
    const interval =
      key === 'csi' && f.csiLow != null && f.csiHigh != null ? ` (95 % ${f.csiLow}–${f.csiHigh})` : '';
    return [`${label} ${v}${interval}`];
  });
  return parts.join(' · ');
}

function categorySection(p: Publication, k: PublishedCategory, lang: Lang): Html {
  const t = TEXT[lang];
  return html`<section class="category">
    <h2>${lang === 'zh' && k.nameZh ? k.nameZh : k.name}</h2>
    <p class="note">${t.rule}: ${ruleText(k.rule, lang)}</p>
    ${k.groups.map(
      (g) =>
        html`<h3>${industryName(p, g.industryCode, lang)}</h3>
          ${
            g.winners.length === 0
              ? html`<p>${t.noWinner}: ${noWinnerText(g.noWinnerReason, lang)}</p>`
              : html`<ul class="winners">
                    ${g.winners.map(
                      (w) =>
                        html`<li>
                          <span class="winner">${w.name}</span>
                          <span class="note">${figureText(w.figures, lang)}</span> ·
                          <a href="${withLang(`/certificates/${w.certificateCode}`, lang)}"
                            >${t.certificate}</a
                          >
                        </li>`,
                    )}
                  </ul>
                  ${g.winners.length > 1 ? html`<p class="note">${t.jointWinners}</p>` : ''}`
          }`,
    )}
  </section>`;
}

function rankingSection(p: Publication, lang: Lang): Html {
  const t = TEXT[lang];
  return html`<h2>${t.rankings}</h2>
    ${p.rankings.map((r) => {
      const name = industryName(p, r.industryCode, lang);
      const bars = r.entries
        .filter((e) => e.rank !== null && e.csi !== null)
        .slice(0, CHART_TOP)
        .map((e) => ({ name: e.name, csi: e.csi as number, low: e.csiLow, high: e.csiHigh }));
      return html`<section class="ranking" data-industry="${r.industryCode}">
        <h3>${name}</h3>
        ${bars.length > 0 ? csiChart(bars, t.chartTitle(name), t.chartDesc(bars.length)) : ''}
        <div class="table-wrap">
          <table>
            <caption class="note">
              ${name}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="num">${t.rank}</th>
                <th scope="col">${t.enterprise}</th>
                <th scope="col" class="num">n</th>
                <th scope="col" class="num">CSI</th>
                <th scope="col" class="num">95 %</th>
                <th scope="col" class="num">CLI</th>
                <th scope="col" class="num">NPS</th>
              </tr>
            </thead>
            <tbody>
              ${r.entries.map(
                (e) =>
                  html`<tr>
                    <td class="num">${e.rank ?? '–'}</td>
                    <td>
                      ${e.name}${e.eligibility === 'indicative' ? html` <span class="note">(${t.indicative})</span>` : ''}
                    </td>
                    <td class="num">${e.n}</td>
                    <td class="num">${e.csi}</td>
                    <td class="num">${e.csiLow !== null ? `${e.csiLow}–${e.csiHigh}` : ''}</td>
                    <td class="num">${e.cli}</td>
                    <td class="num">${e.nps}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>`;
    })}`;
}

function methodologySection(p: Publication, lang: Lang): Html {
  const t = TEXT[lang];
  const m = p.methodology;
  return html`<h2>${t.methodology}</h2>
    <p>${t.version}: <code>${m.version}</code></p>
    <p>${t.rules(m.rules)}</p>
    <h3>${t.parameters}</h3>
    <pre>${JSON.stringify(m.parameters, null, 2)}</pre>
    <h3>${t.overrides}</h3>
    ${
      m.overrides.length === 0
        ? html`<p>${t.noOverrides}</p>`
        : html`<ul>
            ${m.overrides.map((o) => html`<li><strong>${o.category}</strong>: ${o.justification}</li>`)}
          </ul>`
    }`;
}

export function campaignPage(p: Publication, lang: Lang): string {
  const t = TEXT[lang];
  const c = p.campaign;
  return layout(
    lang,
    `${c.name} · ${t.site}`,
    withLang(`/results/${c.slug}`, otherLang(lang)),
    html`<h1>${c.name}</h1>
      <p class="lead">${lang === 'zh' ? c.descriptionZh : c.descriptionEn}</p>
      <p class="note">
        ${t.announcedOn} <time datetime="${c.announcedAt}">${c.announcedAt.slice(0, 10)}</time>
      </p>
      ${p.categories.map((k) => categorySection(p, k, lang))} ${rankingSection(p, lang)}
      ${methodologySection(p, lang)}`,
  );
}

export function certificatePage(c: CertificateContent, lang: Lang): string {
  const t = TEXT[lang];
  const category = lang === 'zh' && c.category.nameZh ? c.category.nameZh : c.category.name;
  const industry = c.industry
    ? ((lang === 'zh' ? c.industry.nameZh : c.industry.name) ?? c.industry.code)
    : t.allIndustries;
  return layout(
    lang,
    `${t.certificate}: ${c.enterprise}`,
    withLang(`/certificates/${c.code}`, otherLang(lang)),
    html`<h1>${t.certificate}</h1>
      <p class="verified"><strong>${t.verified}</strong></p>
      <dl>
        <dt>${t.enterprise}</dt>
        <dd class="winner">${c.enterprise}</dd>
        <dt>${t.category}</dt>
        <dd>${category}</dd>
        <dt>${t.industry}</dt>
        <dd>${industry}</dd>
        <dt>${t.year}</dt>
        <dd>
          <a href="${withLang(`/results/${c.campaign.slug}`, lang)}">${c.campaign.name}</a>
          (${c.campaign.year})
        </dd>
        <dt>${t.figures}</dt>
        <dd>${figureText(c.figures, lang)}</dd>
        <dt>${t.code}</dt>
        <dd><code>${c.code}</code></dd>
        <dt>${t.announcedOn}</dt>
        <dd>${c.announcedAt.slice(0, 10)}</dd>
      </dl>
      ${c.jointWinners ? html`<p class="note">${t.jointWinners}</p>` : ''}`,
  );
}

/** One page for an unknown campaign and an unannounced one alike: the public learns nothing from it. */
export function notFoundPage(lang: Lang, what: 'campaign' | 'certificate'): string {
  const t = TEXT[lang];
  return layout(
    lang,
    `${t.notFoundTitle} · ${t.site}`,
    withLang('/', otherLang(lang)),
    html`<h1>${t.notFoundTitle}</h1>
      <p>${what === 'campaign' ? t.notFound : t.certNotFound}</p>
      <p><a href="${withLang('/', lang)}">${t.home}</a></p>`,
  );
}
