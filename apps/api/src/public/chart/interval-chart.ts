import { Html } from '../html';
import { Axis, fittedAxis } from './axis';
import { FONT, Frame, LINE, NARROW, WIDE } from './chart-style';
import { labelLines, textEm } from './label-lines';
import { marker, r1, svg, whisker } from './marks';

export { CHART_STYLE } from './chart-style';

export interface ChartRow {
  /** The enterprise's full name in the reader's language. */
  label: string;
  /** The published figure. */
  value: number;
  /** Its 95 % interval, when published. */
  low: number | null;
  high: number | null;
  mark: 'winner' | 'joint-winner' | null;
  /** Its enterprise page, if any: the name links there. */
  href: string | null;
  /** Accessible text for the row, e.g. "Acme Ltd: CSI 84.2 (95 % 82.9–85.5), winner". */
  title: string;
}

/** Rows drawn together under a heading, e.g. the ranked ones, then "Indicative (too few responses...)". */
export interface ChartGroup {
  heading: string | null;
  rows: ChartRow[];
}

export interface ChartText {
  title: string;
  description: string;
  /** Legend entries: the winner's mark, the joint winners' mark, the whisker. */
  winner: string;
  jointWinner: string;
  interval: string;
}

/** Bold text is about a tenth wider than the estimates, which are for regular weight. */
const BOLD = 1.1;
/** Half the gap between a text line's box and the next thing drawn. */
const PAD = 4;
/** Where a text's baseline sits in a LINE-high box whose top is 0. */
const BASELINE = 14;
const LEGEND_MARK = 30;
const LEGEND_GAP = 20;
/** Text starts this far in from the left edge: a glyph's box can begin a little left of its x. */
const INSET = 2;

/** A stretch of height, from top to bottom. */
type Band = [number, number];

interface Drawing {
  height: number;
  under: Html[];
  over: Html[];
}

/**
 * A dot-and-interval chart of one figure (CSI, CLI or NPS) per enterprise, as two inline SVGs of the same
 * data: a wide layout with the names in a column and a narrow one with each name above its row. CHART_STYLE
 * shows one of them, by the viewport's width. Each fits its axis to every dot and interval end within
 * `domain` (the wide one has room for a tick more, so a finer step); every name is complete, wrapped onto as
 * many lines as it needs; `id` must be unique on the page.
 */
export function intervalChart(
  groups: ChartGroup[],
  text: ChartText,
  domain: [number, number],
  id: string,
): Html {
  const shown = groups.filter((g) => g.rows.length > 0);
  const rows = shown.flatMap((g) => g.rows);
  const values = rows.flatMap((r) => [r.value, r.low, r.high].filter((v): v is number => v !== null));
  const decimals = Math.min(2, Math.max(0, ...rows.map((r) => decimalsOf(r.value))));
  const draw = (frame: Frame, suffix: string) =>
    layout(frame, shown, text, fittedAxis(values, domain, frame.maxTicks), decimals, `${id}-${suffix}`);
  return svg`${draw(WIDE, 'w')}${draw(NARROW, 'n')}`;
}

/** One layout's SVG: legend, tick labels, the groups' rows, tick labels again. */
function layout(
  frame: Frame,
  groups: ChartGroup[],
  text: ChartText,
  axis: Axis,
  decimals: number,
  id: string,
): Html {
  const d: Drawing = { height: 0, under: [], over: [] };
  const rows = groups.flatMap((g) => g.rows);
  legend(frame, rows, text, d);
  if (rows.length > frame.tallRows) tickLabels(frame, axis, d);
  groups.forEach((group, i) => {
    if (i > 0) {
      d.over.push(svg`<path class="sep" d="M0,${r1(d.height + 8)}H${frame.width}"/>`);
      d.height += 16;
    }
    if (group.heading) {
      for (const line of labelLines(group.heading, (frame.width - INSET) / FONT / BOLD)) {
        d.over.push(svg`<text class="head" x="${INSET}" y="${r1(d.height + BASELINE)}">${line}</text>`);
        d.height += LINE;
      }
      d.height += PAD;
    }
    const between: number[] = [];
    const bands = group.rows.map((row, j) => {
      if (j > 0) between.push(d.height);
      return drawRow(frame, axis, decimals, row, d);
    });
    d.under.push(grid(frame, axis, bands), rules(frame, between));
  });
  tickLabels(frame, axis, d);
  // An image's content is presentational, so it may hold no link (axe: nested-interactive): a chart whose
  // names link to their pages is a figure, whose rows a screen reader reads by their titles.
  const role = rows.some((r) => r.href) ? 'figure' : 'img';
  return svg`<svg class="interval-chart chart-${frame.kind}" role="${role}" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${frame.width} ${r1(d.height)}" width="100%"><title id="${id}-t">${text.title}</title><desc id="${id}-d">${text.description}</desc>${d.under}${d.over}</svg>`;
}

/**
 * One enterprise: its name (a link when it has a page), its interval, its dot and its figure. Returns the band
 * of height the grid lines run through: the whole row beside a name column, only the dot's band under a name.
 */
function drawRow(frame: Frame, axis: Axis, decimals: number, row: ChartRow, d: Drawing): Band {
  const bold = row.mark !== null;
  const lines = labelLines(row.label, frame.labelWidth / FONT / (bold ? BOLD : 1));
  const count = Math.max(1, lines.length);
  const top = d.height + PAD;
  // Wide: the dot is centred on the name's lines. Narrow: it has a band of its own under them.
  const dotY = frame.stacked ? top + count * LINE + LINE / 2 : top + (count * LINE) / 2;
  const height = frame.stacked ? (count + 1) * LINE + 2 * PAD : count * LINE + 2 * PAD;
  const cls = bold ? 'label win' : 'label';
  const label = lines.map(
    (line, i) => svg`<text class="${cls}" x="${INSET}" y="${r1(top + i * LINE + BASELINE)}">${line}</text>`,
  );
  const x = (v: number) => position(frame, axis, v);
  const interval = row.low !== null && row.high !== null ? whisker(x(row.low), x(row.high), dotY) : '';
  const valueY = r1(dotY + FONT * 0.35);
  d.over.push(
    svg`<g><title>${row.title}</title>${row.href ? svg`<a href="${row.href}">${label}</a>` : label}${interval}${marker(row.mark, x(row.value), dotY)}<text class="val${bold ? ' win' : ''}" x="${frame.valueRight}" y="${valueY}">${formatNumber(row.value, decimals)}</text></g>`,
  );
  const band: Band = [frame.stacked ? dotY - LINE / 2 : d.height, d.height + height];
  d.height += height;
  return band;
}

/** The marks in use, explained in a line (or lines, on a phone) above the chart. */
function legend(frame: Frame, rows: ChartRow[], text: ChartText, d: Drawing): void {
  const entries: [string, (x: number, y: number) => Html][] = [];
  if (rows.some((r) => r.mark === 'winner')) entries.push([text.winner, (x, y) => marker('winner', x, y)]);
  if (rows.some((r) => r.mark === 'joint-winner'))
    entries.push([text.jointWinner, (x, y) => marker('joint-winner', x, y)]);
  if (rows.some((r) => r.low !== null && r.high !== null))
    entries.push([text.interval, (x, y) => svg`${whisker(x - 10, x + 10, y)}${marker(null, x, y)}`]);
  if (entries.length === 0) return;
  let [x, y, lineHeight] = [INSET, d.height, LINE];
  for (const [label, draw] of entries) {
    const lines = labelLines(label, (frame.width - INSET - LEGEND_MARK) / FONT);
    const width = LEGEND_MARK + Math.max(...lines.map(textEm)) * FONT;
    if (x > INSET && x + width > frame.width) [x, y, lineHeight] = [INSET, y + lineHeight + PAD, LINE];
    const texts = lines.map(
      (line, i) => svg`<text x="${r1(x + LEGEND_MARK)}" y="${r1(y + i * LINE + BASELINE)}">${line}</text>`,
    );
    d.over.push(svg`<g>${draw(x + 12, y + LINE / 2)}${texts}</g>`);
    x += width + LEGEND_GAP;
    lineHeight = Math.max(lineHeight, lines.length * LINE);
  }
  d.height = y + lineHeight + 2 * PAD;
}

/**
 * The axis's values under (and, on a tall chart, also above) the rows. Hidden from screen readers, which
 * read each row's figure in its title.
 */
function tickLabels(frame: Frame, axis: Axis, d: Drawing): void {
  const decimals = Math.max(0, ...axis.ticks.map(decimalsOf));
  const y = r1(d.height + BASELINE);
  d.over.push(
    svg`<g aria-hidden="true">${axis.ticks.map((t) => svg`<text class="tick" x="${r1(position(frame, axis, t))}" y="${y}">${formatNumber(t, decimals)}</text>`)}</g>`,
  );
  d.height += LINE + PAD;
}

/**
 * Faint lines between rows, so that a name is read with its own dot: across the gap to the plot (wide), and
 * above or below its dot (narrow).
 */
function rules(frame: Frame, ys: number[]): Html {
  return ys.length
    ? svg`<path class="rule" d="${ys.map((y) => `M0,${r1(y)}H${frame.width}`).join('')}"/>`
    : svg``;
}

/**
 * Light vertical lines at the ticks, behind the rows' bands; touching bands make one line. Narrow names run
 * across the whole width, so there the lines stop short of them rather than cross them.
 */
function grid(frame: Frame, axis: Axis, bands: Band[]): Html {
  const merged: Band[] = [];
  for (const [from, to] of bands) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else merged.push([from, to]);
  }
  const xs = axis.ticks.map((t) => r1(position(frame, axis, t)));
  const path = merged.flatMap(([from, to]) => xs.map((x) => `M${x},${r1(from)}v${r1(to - from)}`)).join('');
  return svg`<path class="grid" d="${path}"/>`;
}

function position(frame: Frame, axis: Axis, v: number): number {
  const [left, right] = frame.plot;
  const clamped = Math.min(axis.to, Math.max(axis.from, v));
  return left + ((clamped - axis.from) / (axis.to - axis.from)) * (right - left);
}

function decimalsOf(v: number): number {
  const fraction = String(v).split('.')[1];
  return fraction ? fraction.length : 0;
}

/** A figure as printed: a true minus sign for negative NPS, the same decimals down the column. */
function formatNumber(v: number, decimals: number): string {
  return v.toFixed(decimals).replace(/^-/, '\u2212');
}
