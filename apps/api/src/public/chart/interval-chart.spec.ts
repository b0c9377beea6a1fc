import { BREAKPOINT, FONT, NARROW, PAGE_PADDING, WIDE } from './chart-style';
import { ChartGroup, ChartRow, ChartText, intervalChart } from './interval-chart';

const TEXT: ChartText = {
  title: 'CSI in Telecommunications',
  description: 'Customer satisfaction index of 4 enterprises, with 95 % intervals',
  winner: 'Winner',
  jointWinner: 'Joint winner',
  interval: '95 % interval',
};

const row = (label: string, value: number, extra: Partial<ChartRow> = {}): ChartRow => ({
  label,
  value,
  low: value - 1.3,
  high: value + 1.3,
  mark: null,
  href: null,
  title: `${label}: CSI ${value}`,
  ...extra,
});

const GROUPS: ChartGroup[] = [
  {
    heading: null,
    rows: [
      row('Acme Telecom', 87.3, { mark: 'winner', href: '/enterprises/acme' }),
      row('Shenzhen Harbour Telecommunications Customer Service Co., Ltd.', 85.1),
      row('深圳市前海港湾电信客户服务有限公司第二呼叫中心', 81.9, { low: null, high: null }),
    ],
  },
  { heading: 'Indicative (too few responses to be ranked)', rows: [row('Tiny Co', 79.4)] },
];

/** Each of the two layouts' markup. */
function layouts(markup: string): { wide: string; narrow: string } {
  const [wide, narrow] = markup.split('</svg>');
  expect(wide).toContain('class="interval-chart chart-wide"');
  expect(narrow).toContain('class="interval-chart chart-narrow"');
  return { wide, narrow };
}

const texts = (svg: string, cls: string) =>
  [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('the interval chart', () => {
  it('draws the same rows, in order, in both layouts, each in a group with its accessible title', () => {
    const { wide, narrow } = layouts(intervalChart(GROUPS, TEXT, [0, 100], 'telecom').text);
    for (const svg of [wide, narrow]) {
      const titles = [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
      expect(titles).toEqual([
        'Acme Telecom: CSI 87.3',
        'Shenzhen Harbour Telecommunications Customer Service Co., Ltd.: CSI 85.1',
        '深圳市前海港湾电信客户服务有限公司第二呼叫中心: CSI 81.9',
        'Tiny Co: CSI 79.4',
      ]);
      expect(texts(svg, 'val(?: win)?')).toEqual(['87.3', '85.1', '81.9', '79.4']);
      // Two of the three ranked rows and the indicative one have an interval.
      expect(svg.match(/class="ci"/g)).toHaveLength(3 + 1); // and the legend's
    }
  });

  it('prints every line of every name, whose lines put together give the whole name', () => {
    const { wide, narrow } = layouts(intervalChart(GROUPS, TEXT, [0, 100], 'telecom').text);
    for (const svg of [wide, narrow]) {
      const lines = [...svg.matchAll(/<text class="label[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      const joined = lines.join(' ');
      for (const r of GROUPS.flatMap((g) => g.rows)) {
        expect(joined.replace(/ /g, '')).toContain(r.label.replace(/ /g, ''));
      }
      expect(svg).not.toContain('…');
    }
    // The wide layout's name column is narrower than the narrow layout's whole width: more lines.
    const count = (svg: string) => (svg.match(/class="label/g) ?? []).length;
    expect(count(wide)).toBeGreaterThan(count(narrow));
  });

  it('marks a winner with a bold name and a star, a joint winner with a diamond, others with a ring', () => {
    const groups: ChartGroup[] = [
      {
        heading: null,
        rows: [
          row('One', 90, { mark: 'joint-winner' }),
          row('Two', 90, { mark: 'joint-winner' }),
          row('Three', 80),
        ],
      },
    ];
    const { wide } = layouts(intervalChart(groups, TEXT, [0, 100], 'x').text);
    expect(texts(wide, 'label win')).toEqual(['One', 'Two']);
    expect(texts(wide, 'label')).toEqual(['Three']);
    // Two diamonds and the legend's; no star (nor its legend entry) without a winner.
    expect(wide.match(/<path class="joint"/g)).toHaveLength(3);
    expect(wide).not.toContain('class="win" d=');
    expect(wide).toContain('>Joint winner</text>');
    expect(wide).not.toContain('>Winner</text>');
    // The third row's ring and the legend's.
    expect(wide.match(/<circle /g)).toHaveLength(2);

    const single = layouts(intervalChart(GROUPS, TEXT, [0, 100], 'x').text).wide;
    expect(single.match(/<path class="win"/g)).toHaveLength(2);
    expect(single).toContain('>Winner</text>');
  });

  it('links a name to its page, and escapes names, titles, links and texts', () => {
    const evil = '<script>alert(1)</script> & "Co"';
    const groups: ChartGroup[] = [
      { heading: `<b>${evil}</b>`, rows: [row(evil, 80, { href: '/e?a=1&b="x"', title: evil })] },
    ];
    const markup = intervalChart(groups, { ...TEXT, title: evil, description: evil }, [0, 100], 'e"x').text;
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('<a href="/e?a=1&amp;b=&quot;x&quot;"><text class="label"');
    expect(markup).toContain('id="e&quot;x-w-t"');
  });

  it('gives the two layouts different ids for their title and description', () => {
    const markup = intervalChart(GROUPS, TEXT, [0, 100], 'telecom').text;
    const ids = [...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['telecom-w-t', 'telecom-w-d', 'telecom-n-t', 'telecom-n-d']);
    expect(markup).toContain('aria-labelledby="telecom-w-t telecom-w-d"');
    expect(markup).toContain('aria-labelledby="telecom-n-t telecom-n-d"');
    expect(markup).toContain('<title id="telecom-n-t">CSI in Telecommunications</title>');
  });

  it('is an image when nothing in it links, and a figure when names link (an image may hold no link)', () => {
    const linked = intervalChart(GROUPS, TEXT, [0, 100], 'a').text;
    expect(linked.match(/<svg class="[^"]*" role="figure"/g)).toHaveLength(2);
    const plain = GROUPS.map((g) => ({ ...g, rows: g.rows.map((r) => ({ ...r, href: null })) }));
    const image = intervalChart(plain, TEXT, [0, 100], 'b').text;
    expect(image.match(/<svg class="[^"]*" role="img"/g)).toHaveLength(2);
    expect(image).not.toContain('<a ');
  });

  it('draws the indicative group apart, under a separator and its heading', () => {
    const { wide } = layouts(intervalChart(GROUPS, TEXT, [0, 100], 'telecom').text);
    const separator = wide.indexOf('class="sep"');
    const heading = wide.indexOf('Indicative');
    expect(separator).toBeGreaterThan(wide.indexOf('85.1'));
    expect(heading).toBeGreaterThan(separator);
    expect(heading).toBeLessThan(wide.indexOf('Tiny Co'));
  });

  it('fits the axis to the data, not to the whole domain', () => {
    const { wide } = layouts(intervalChart(GROUPS, TEXT, [0, 100], 'telecom').text);
    // 78.1 to 88.6 with padding: steps of 2.5 from 77.5 to 90.
    expect(texts(wide, 'tick')).toEqual(['77.5', '80.0', '82.5', '85.0', '87.5', '90.0']);
  });

  it('prints negative figures with a minus sign, and keeps the decimals of the column', () => {
    const groups: ChartGroup[] = [{ heading: null, rows: [row('A', 12), row('B', -7.5)] }];
    const { wide } = layouts(intervalChart(groups, TEXT, [-100, 100], 'nps').text);
    expect(texts(wide, 'val')).toEqual(['12.0', '\u22127.5']);
  });

  it('still renders a chart that is all indicative, a single row, or empty', () => {
    const indicative = intervalChart(
      [{ heading: 'Indicative', rows: [row('Solo', 70)] }],
      TEXT,
      [0, 100],
      'a',
    ).text;
    const { wide, narrow } = layouts(indicative);
    for (const svg of [wide, narrow]) {
      expect(texts(svg, 'head')).toEqual(['Indicative']);
      expect(texts(svg, 'label')).toEqual(['Solo']);
      expect(svg).not.toContain('class="sep"');
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+(\.\d)?"/);
    }
    const single = intervalChart(
      [{ heading: null, rows: [row('Solo', 70, { low: null, high: null })] }],
      TEXT,
      [0, 100],
      'b',
    );
    expect(texts(layouts(single.text).wide, 'label')).toEqual(['Solo']);
    // No legend without marks or intervals.
    expect(single.text).not.toContain('>95 % interval</text>');
    const empty = intervalChart([{ heading: 'Ranked', rows: [] }], TEXT, [0, 100], 'c').text;
    expect(texts(layouts(empty).wide, 'tick')).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(empty).not.toContain('Ranked');
  });

  it('rounds coordinates to one decimal', () => {
    const markup = intervalChart(GROUPS, TEXT, [0, 100], 'telecom').text;
    for (const n of markup.match(/-?\d+\.\d+/g) ?? []) expect(n).toMatch(/^-?\d+\.\d$/);
  });

  it('keeps text at 12 px or more at the narrowest width each layout is shown at', () => {
    // The wide layout from the breakpoint up, the narrow one at a 390 px phone's 350 px.
    expect((FONT * (BREAKPOINT - PAGE_PADDING)) / WIDE.width).toBeGreaterThanOrEqual(12);
    expect((FONT * (390 - PAGE_PADDING)) / NARROW.width).toBeGreaterThanOrEqual(12);
  });
});
