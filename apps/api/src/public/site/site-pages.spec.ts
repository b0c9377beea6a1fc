import { campaignPage } from './campaign-page';
import { testCertificate } from '../test-certificate';
import { certificatePage } from './certificate-page';
import { enterprisePage } from './enterprise-page';
import { industryPage } from './industry-page';
import { methodologyPage } from './methodology-page';
import { enterpriseByRef } from './publication-reading';
import { searchPage } from './search-page';
import { testPublication } from './test-publication';

const BASE = 'https://awards.example.org';
const text = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the public pages', () => {
  const p = testPublication();

  it('leads a campaign with its winners, then the industries, and links every winner to its result', () => {
    const page = campaignPage(p, 'en', BASE);
    expect(page.indexOf('id="winners"')).toBeLessThan(page.indexOf('id="industries"'));
    expect(page).toContain('href="/results/care-awards-2027/enterprises/aaaaaaaaaaaa"');
    expect(page).toContain('href="/results/care-awards-2027/industries/telecom"');
    expect(page).toContain('href="/results/care-awards-2027/figures.csv"');
    expect(text(page)).toContain(
      'No winner (no eligible enterprise: none has enough valid responses to be ranked)',
    );
  });

  it('says every text in Chinese on the Chinese page: names, rule, reason, dates', () => {
    const page = campaignPage(p, 'zh', BASE);
    expect(page).toContain('<html lang="zh-CN">');
    const words = text(page);
    for (const zh of [
      '2027 客户关怀奖',
      '客户关怀标杆企业',
      '港湾电信有限公司',
      '通信',
      '2027年12月10日',
      '无合格企业',
    ])
      expect(words).toContain(zh);
    expect(words).toContain('CSI 86.1（95% 84.6–87.6）');
    expect(words).not.toContain('Per industry, the leader');
    expect(words).not.toContain('no eligible enterprise');
    // An enterprise without a Chinese name keeps the one it has.
    expect(words).toContain('Pearl Mobile Ltd.');
  });

  it('joins Chinese text with full-width punctuation on every Chinese page', () => {
    const q = testPublication();
    q.categories[0].justification = '现场评审认为其服务流程最为完善';
    const pages = [
      campaignPage(q, 'zh', BASE),
      industryPage(q, q.rankings[0], 'csi', 'zh', BASE),
      enterprisePage(q, enterpriseByRef(q, 'cccccccccccc')!, 'zh', BASE),
      methodologyPage(q, 'zh', BASE),
      certificatePage(testCertificate(), 'zh', BASE),
    ];
    // A Chinese character followed by an ASCII colon, full stop or comma and a space, or by an ASCII parenthesis.
    const asciiAfterChinese = /[\u3400-\u9fff][:.,] |[\u3400-\u9fff] ?\(/;
    for (const page of pages) {
      const attributes = [...page.matchAll(/(?:content|alt|title)="([^"]*)"/g)].map((m) => m[1]);
      expect([text(page), ...attributes].join(' ')).not.toMatch(asciiAfterChinese);
    }
    // As a browser lays it out: tags take no room of their own.
    const campaign = pages[0].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(campaign).toContain('由组织方决定，而非平台的推荐结果。理由：现场评审');
    expect(campaign).toContain('金融：无获奖者（无合格企业');
    expect(campaign).toContain('领先者：港湾电信有限公司（CSI 86.1）');
  });

  it('carries sharing and indexing tags with absolute addresses in both languages', () => {
    const page = campaignPage(p, 'zh', BASE);
    expect(page).toContain(`<link rel="canonical" href="${BASE}/results/care-awards-2027?lang=zh" />`);
    expect(page).toContain(`<link rel="alternate" hreflang="en" href="${BASE}/results/care-awards-2027" />`);
    expect(page).toContain('<meta property="og:title" content="2027 客户关怀奖" />');
    expect(page).toMatch(/<meta name="description" content="[^"]+" \/>/);
  });

  it('escapes what enterprises wrote', () => {
    const hostile = testPublication();
    hostile.rankings[0].entries[2].name = '<script>alert(1)</script>';
    const found = enterpriseByRef(hostile, 'cccccccccccc')!;
    const page = enterprisePage(hostile, found, 'en', BASE);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows an enterprise’s figures with every interval and its place in the industry', () => {
    const page = text(enterprisePage(p, enterpriseByRef(p, 'cccccccccccc')!, 'en', BASE));
    expect(page).toContain('3 of 3');
    expect(page).toContain('81.2 (95 % interval 79.7–82.7)');
    expect(page).toContain('76.2 (95 % interval 74.2–78.2)');
    expect(page).toContain('No award in this campaign.');
  });

  it('writes the methodology’s parameters as a table with meanings, and its checksum', () => {
    const page = methodologyPage(p, 'zh', BASE);
    expect(page).toContain('<code class="checksum">' + 'ab'.repeat(32) + '</code>');
    expect(text(page)).toContain('显著性水平');
    expect(page).not.toContain('{"confidence"');
    expect(text(page)).toContain('700'); // telecom's responses received
  });

  it('searches and says how many it found; an empty search lists nothing', () => {
    expect(text(searchPage(p, '港湾', null, 'zh', BASE))).toContain('找到 1 家企业');
    expect(text(searchPage(p, '', null, 'en', BASE))).toContain('Type at least one letter');
    expect(searchPage(p, 'x', null, 'en', BASE)).toContain('<meta name="robots" content="noindex" />');
  });

  it('shows a panel score exactly as published, at the precision the round ranked on', () => {
    // 80.004 and 80.001 ranked apart: shown to two decimals both would read 80.00 and look tied.
    // An older certificate (no Chinese names, no reference) of a panel award over all industries.
    const panel = {
      code: 'CA-2027-ABCD',
      campaign: { slug: 'care-awards-2027', name: 'Care Awards 2027', year: 2027 },
      category: { name: 'Best Call Center of the Year', nameZh: null },
      industry: null,
      enterprise: 'Enterprise A Co., Ltd.',
      enterpriseZh: undefined,
      enterpriseRef: undefined,
      figures: { panelScore: 80.004, band: 'certified', roundRank: 1 },
      announcedAt: '2027-03-15T02:00:00.000Z',
    };
    const page = certificatePage(testCertificate(panel), 'en', BASE);
    expect(page).toContain('panel score 80.004');
    // The embed snippet is HTML the winner pastes: its names are escaped in it, then escaped again on this page.
    const hostile = certificatePage(
      testCertificate({
        ...panel,
        category: { name: 'Best', nameZh: null },
        enterprise: 'A "quoted" <b>&</b> Co.',
        figures: {},
      }),
      'en',
      BASE,
    );
    expect(hostile).toContain(
      'alt=&quot;A &amp;quot;quoted&amp;quot; &amp;lt;b&amp;gt;&amp;amp;&amp;lt;/b&amp;gt; Co.',
    );
    expect(page).toContain('href="/certificates/CA-2027-ABCD/certificate.pdf"');
    expect(page).toContain(`&lt;img src=&quot;${BASE}/certificates/CA-2027-ABCD/badge.svg&quot;`);
  });
});
