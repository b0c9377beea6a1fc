import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchChromium, screenshot } from '@app/testing';
import { html, Html } from '../src/public/html';
import { CHART_STYLE, ChartGroup, ChartRow, intervalChart } from '../src/public/chart/interval-chart';

/**
 * The dot-and-interval chart as a reader sees it: a static page laid out like the public site's, with a
 * 50-row CSI chart of long English, Chinese and mixed names and a small NPS chart, measured in Chromium on a
 * phone, at the smallest width that shows the wide layout, and on a desktop. No database is used.
 */

const RANKED = [
  'Shenzhen Harbour Telecommunications Customer Service Co., Ltd.',
  '深圳市前海港湾电信客户服务有限公司第二呼叫中心',
  'Guangdong Pearl River Delta Mobile Communications Customer Care Centre Co., Ltd.',
  '中国移动通信集团广东有限公司客户服务中心',
  '招商银行 China Merchants Bank 信用卡中心',
  'Beijing Capital International Airport Passenger Services Co., Ltd.',
  '国家电网有限公司客户服务中心（南方分中心）',
  'Ping An Property & Casualty Insurance Company of China, Ltd.',
  'Acme Ltd',
  'TCL科技集团股份有限公司 Customer Care',
  'Shanghai Pudong Development Bank Credit Card Centre',
  '北京京东世纪贸易有限公司',
  'Hangzhou West Lake Electric Power Supply Customer Service Centre',
  '海尔智家 Haier Smart Home 售后服务',
  'Wuhan Yangtze River Water Utilities Group Co., Ltd.',
  '上海浦东发展银行股份有限公司信用卡中心',
  'Chengdu Tianfu Broadband Network Services Co., Ltd.',
  'vivo移动通信有限公司客户服务中心',
  'Xiamen Airlines Customer Experience Department',
  '中国南方航空股份有限公司客户服务部',
  'Suzhou Industrial Park Gas Supply Co., Ltd.',
  '中国联通 China Unicom 10010 客服热线',
  'Qingdao Haier Smart Home Appliance After-Sales Service Co., Ltd.',
  '杭州市水务集团有限公司',
  'Nanjing Metro Operation Co., Ltd.',
  '平安银行股份有限公司远程银行中心',
  'Tianjin Binhai New Area Public Transport Group',
  '美的集团 Midea Group Customer Service',
  'Chongqing Rural Commercial Bank Co., Ltd. Customer Service Centre',
  '华为技术有限公司消费者业务客户服务部',
  'Dalian Wanda Commercial Management Group Co., Ltd.',
  '携程旅行网 Trip.com 客户服务中心',
  'Kunming Yunnan Tourism Hotline Service Co., Ltd.',
  '广州地铁集团有限公司',
  'JD.com Customer Service (Suqian) Co., Ltd.',
  '顺丰速运有限公司「客户体验」中心',
  'Zhejiang Geely Automobile After-Sales Customer Care Co., Ltd.',
  '中国太平洋财产保险股份有限公司95500客户服务中心',
  'OPPO广东移动通信有限公司',
  '中国电信股份有限公司上海分公司（Shanghai Telecom）',
  'Harbin Ice City Heating Supply Customer Hotline Co., Ltd.',
  '苏宁易购集团股份有限公司售后服务中心',
  '阿里巴巴（中国）有限公司淘宝客户服务中心',
  'Sanya Tropical Resort Guest Relations Co., Ltd.',
  '小米通讯技术有限公司',
];
const INDICATIVE = [
  'Lhasa Plateau Telecommunications Services',
  '乌鲁木齐市天山区燃气客户服务有限公司',
  '呼和浩特市 Hohhot Public Utilities 客户中心',
  'Yinchuan Helan Mountain Wineries Visitor Services Co., Ltd.',
  '西宁市公共交通集团有限责任公司',
];

const one = (v: number) => Math.round(v * 10) / 10;

function csiRow(label: string, i: number, indicative: boolean): ChartRow {
  // Two joint winners tied at the top, then a slow decline; indicative rows have wide intervals.
  const value = one(indicative ? 83.5 - i * 1.3 : i < 2 ? 91.4 : 90.6 - i * 0.42);
  const half = indicative ? 6.5 : 1.1 + (i % 5) * 0.35;
  const interval = i % 11 !== 7; // a few rows publish no interval
  const [low, high] = interval ? [one(value - half), one(Math.min(100, value + half))] : [null, null];
  const mark = i < 2 && !indicative ? 'joint-winner' : null;
  return {
    label,
    value,
    low,
    high,
    mark,
    href: i % 4 === 3 ? null : `/enterprises/${indicative ? 'i' : 'r'}${i}`,
    title: `${label}: CSI ${value}${low !== null ? ` (95 % ${low}–${high})` : ''}${mark ? ', joint winner' : ''}`,
  };
}

const CSI_GROUPS: ChartGroup[] = [
  { heading: null, rows: RANKED.map((name, i) => csiRow(name, i, false)) },
  {
    heading: 'Indicative (too few responses to be ranked)',
    rows: INDICATIVE.map((name, i) => csiRow(name, i, true)),
  },
];
const CSI_CHART = intervalChart(
  CSI_GROUPS,
  {
    title: 'Customer satisfaction index (CSI) in Telecommunications',
    description: 'CSI of 45 ranked and 5 indicative enterprises, each with its 95 % interval.',
    winner: 'Winner',
    jointWinner: 'Joint winner',
    interval: '95 % interval',
  },
  [0, 100],
  'csi-telecom',
);

const NPS_NAMES = [
  'Acme Ltd',
  '深圳市前海港湾电信客户服务有限公司',
  'Guangdong Mobile',
  'Beta & Sons <Holdings>',
];
const NPS_CHART = intervalChart(
  [
    {
      heading: '已排名',
      rows: NPS_NAMES.map((label, i) => {
        const value = [42, 18, -3, -27][i];
        return {
          label,
          value,
          low: value - 9,
          high: value + 9,
          mark: i === 0 ? ('winner' as const) : null,
          href: null,
          title: `${label}: NPS ${value}`,
        };
      }),
    },
  ],
  {
    title: '净推荐值（NPS）',
    description: '4 家企业的净推荐值',
    winner: '获奖',
    jointWinner: '并列获奖',
    interval: '95% 区间',
  },
  [-100, 100],
  'nps-telecom',
);

/** Laid out like the public site's pages (pages.ts's layout): same viewport, body width and padding. */
const PAGE = html`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>Telecommunications: Customer Care Awards 2027</title>
      <style>
        ${new Html(`body { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; font: 16px system-ui; color: #1a1a1a; background: #fff; }
${CHART_STYLE}`)}
      </style>
    </head>
    <body>
      <main>
        <h1>Telecommunications</h1>
        <h2>Customer satisfaction index</h2>
        ${CSI_CHART}
        <h2 lang="zh-CN">净推荐值</h2>
        <div lang="zh-CN">${NPS_CHART}</div>
      </main>
    </body>
  </html>`.text;

interface Box {
  cls: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Measured {
  viewBoxWidth: number;
  width: number;
  svg: Box;
  labels: (Box & { fontPx: number })[];
  texts: Box[];
  marks: Box[];
}

/**
 * The little of the DOM the in-page measurement uses, declared here because the project compiles without the
 * DOM library; inside page.evaluate() these are the browser's own.
 */
interface PageElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number };
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
interface PageSvg extends PageElement {
  viewBox: { baseVal: { width: number } };
}
declare const document: {
  querySelectorAll(selector: string): Iterable<PageSvg>;
  documentElement: { scrollWidth: number };
};
declare function getComputedStyle(element: PageElement): { display: string; fontSize: string };

/** Every visible chart's geometry, in CSS pixels, and each chart's class and display. */
async function measure(page: Page): Promise<{ visible: Measured[]; displays: string[] }> {
  return page.evaluate(() => {
    const box = (el: PageElement, cls = el.getAttribute('class') ?? '') => {
      const r = el.getBoundingClientRect();
      return { cls, text: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const svgs = [...document.querySelectorAll('svg.interval-chart')];
    const shown = svgs.filter((s) => getComputedStyle(s).display !== 'none');
    return {
      displays: svgs.map((s) => `${s.getAttribute('class')} ${getComputedStyle(s).display}`),
      visible: shown.map((s) => {
        const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        return {
          viewBoxWidth: s.viewBox.baseVal.width,
          width: s.getBoundingClientRect().width,
          svg: box(s),
          labels: [...s.querySelectorAll('text.label')].map((t) => ({
            ...box(t),
            fontPx: parseFloat(getComputedStyle(t).fontSize) * scale,
          })),
          texts: [...s.querySelectorAll('text')].map((t) => box(t)),
          marks: [...s.querySelectorAll('circle, path.win, path.joint, path.ci')].map((m) => box(m)),
        };
      }),
    };
  });
}

/** Boxes that share more than a hair of area (anti-aliasing and rounding may make them touch). */
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

function overlaps(boxes: Box[], others: Box[] = boxes): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    others.forEach((b, j) => {
      if ((others !== boxes || j > i) && overlap(a, b))
        found.push(`"${a.text}" (${a.cls}) × "${b.text}" (${b.cls})`);
    }),
  );
  return found;
}

const SCREENS = [
  { name: 'phone', width: 390, height: 844, layout: 'narrow' },
  { name: 'narrowest-wide', width: 660, height: 800, layout: 'wide' },
  { name: 'widest-narrow', width: 659, height: 800, layout: 'narrow' },
  { name: 'desktop', width: 1280, height: 800, layout: 'wide' },
] as const;

describe('The dot-and-interval chart in a real browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stays compact: a 50-row chart in both layouts is a few kilobytes gzipped', () => {
    const raw = Buffer.byteLength(CSI_CHART.text);
    const gzip = gzipSync(CSI_CHART.text).length;
    process.stdout.write(`\n50-row chart: ${raw} bytes raw, ${gzip} bytes gzip\n`);
    expect(gzip).toBeLessThan(20_000);
  });

  it.each(SCREENS)(
    'on a $width px screen shows only the $layout layout, readable and uncluttered',
    async (screen) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.setContent(PAGE);
      const { visible, displays } = await measure(page);
      expect(visible).toHaveLength(2);
      // (d) the other layout is not displayed at all.
      const [wide, narrow] = screen.layout === 'wide' ? ['block', 'none'] : ['none', 'block'];
      const pair = [`interval-chart chart-wide ${wide}`, `interval-chart chart-narrow ${narrow}`];
      expect(displays).toEqual([...pair, ...pair]);

      for (const chart of visible) {
        // Within the page's padding, and no wider than the layout's cap.
        expect(chart.width).toBeLessThanOrEqual(screen.width - 40);
        expect(chart.width).toBeLessThanOrEqual(chart.viewBoxWidth === 720 ? 800 : 480);
        expect(chart.labels.length).toBeGreaterThan(0);
        for (const label of chart.labels) {
          // (a) inside the chart; (c) at 12 px or more, both as drawn and by the box the glyphs take.
          expect(label.left).toBeGreaterThanOrEqual(chart.svg.left - 0.5);
          expect(label.right).toBeLessThanOrEqual(chart.svg.right + 0.5);
          expect(label.top).toBeGreaterThanOrEqual(chart.svg.top - 0.5);
          expect(label.bottom).toBeLessThanOrEqual(chart.svg.bottom + 0.5);
          expect(label.fontPx).toBeGreaterThanOrEqual(12);
          expect(label.bottom - label.top).toBeGreaterThanOrEqual(12);
        }
        // (b) no two labels overlap, nor any text another text or a mark.
        expect(overlaps(chart.labels)).toEqual([]);
        expect(overlaps(chart.texts)).toEqual([]);
        expect(overlaps(chart.texts, chart.marks)).toEqual([]);
        for (const text of chart.texts) {
          expect(text.left).toBeGreaterThanOrEqual(chart.svg.left - 0.5);
          expect(text.right).toBeLessThanOrEqual(chart.svg.right + 0.5);
        }
      }
      // Nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        screen.width,
      );
      // Every name is there, whole, in the visible layout.
      const shown = visible[0].labels.map((l) => l.text.replace(/ /g, '')).join('');
      for (const name of [...RANKED, ...INDICATIVE]) expect(shown).toContain(name.replace(/ /g, ''));

      await expectAccessible(page, `the chart page at ${screen.width} px`);
      const path = await screenshot(page, `chart-${screen.name}`);
      expect(path).toMatch(/\.png$/);
    },
  );
});
