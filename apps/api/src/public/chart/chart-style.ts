/**
 * The chart's two layouts and the sizes that keep their text readable. All text is FONT units high; a layout
 * drawn W units wide and rendered P pixels wide shows it at FONT × P / W pixels, which must stay ≥ 12 px at
 * the narrowest width the layout is shown at (checked by the unit test and, in Chromium, by the browser spec).
 */
export const FONT = 14;
/** Line advance of wrapped names: enough for CJK faces, whose boxes are taller than Latin ones. */
export const LINE = 19;

/** The narrow layout is shown below this viewport width, the wide one from it up. */
export const BREAKPOINT = 660;
/** The public pages' body padding (1.25rem each side), which the chart's width loses to. */
export const PAGE_PADDING = 40;

export interface Frame {
  kind: 'wide' | 'narrow';
  /** The viewBox's width. */
  width: number;
  /** Largest rendered width, in CSS pixels. */
  maxWidth: number;
  /** Where the axis runs, from its first value to its last. */
  plot: [number, number];
  /** The width a name may take, per line, from its x of 2. */
  labelWidth: number;
  /** The right edge of the printed figure. */
  valueRight: number;
  /** Names on their own lines above the dot (narrow), or in a column left of it (wide). */
  stacked: boolean;
  /** Rows beyond which tick labels are repeated at the top. */
  tallRows: number;
  /** As many ticks as fit with room between their labels ("−97.5" is 43 units wide). */
  maxTicks: number;
}

/**
 * Wide: 720 units shown from 620 px (BREAKPOINT - PAGE_PADDING) up to 800 px, so text is 12.1 to 15.6 px.
 * A name column of 250 units holds about 30 Latin or 17 Chinese characters a line.
 */
export const WIDE: Frame = {
  kind: 'wide',
  width: 720,
  maxWidth: 800,
  plot: [282, 640],
  labelWidth: 254,
  valueRight: 716,
  stacked: false,
  tallRows: 12,
  maxTicks: 7,
};

/** Narrow: 360 units shown at 350 px on a 390 px phone (13.6 px text) and at most 480 px (18.7 px). */
export const NARROW: Frame = {
  kind: 'narrow',
  width: 360,
  maxWidth: 480,
  plot: [22, 290],
  labelWidth: 356,
  valueRight: 358,
  stacked: true,
  tallRows: 5,
  maxTicks: 6,
};

/**
 * CSS the page includes once. Classes carry what every element would otherwise repeat as attributes. Colours
 * have at least 4.5:1 contrast on white for text and 3:1 for marks; the media query shows exactly one layout.
 */
export const CHART_STYLE = [
  `.interval-chart{display:block;width:100%;height:auto;margin:.5rem 0 1rem}`,
  `.chart-wide{max-width:${WIDE.maxWidth}px}`,
  `.chart-narrow{display:none;max-width:${NARROW.maxWidth}px}`,
  `@media (max-width:${BREAKPOINT - 0.02}px){.chart-wide{display:none}.chart-narrow{display:block}}`,
  `.interval-chart text{font-size:${FONT}px;fill:#1a1a1a}`,
  `.interval-chart .win,.interval-chart .head{font-weight:700}`,
  `.interval-chart .tick{fill:#3d3d3d;text-anchor:middle;font-variant-numeric:tabular-nums}`,
  `.interval-chart .val{text-anchor:end;font-variant-numeric:tabular-nums}`,
  `.interval-chart a text{fill:#0b4f9c;text-decoration:underline}`,
  `.interval-chart a:focus{outline:2px solid #0b4f9c}`,
  `.interval-chart .grid{stroke:#e0e0e0;fill:none}`,
  `.interval-chart .rule{stroke:#ececec}`,
  `.interval-chart .sep{stroke:#767676}`,
  `.interval-chart .ci{stroke:#4d4d4d;stroke-width:1.5;fill:none}`,
  `.interval-chart circle{fill:#fff;stroke:#1a1a1a;stroke-width:2}`,
  `.interval-chart path.win{fill:#d55e00;stroke:#1a1a1a}`,
  `.interval-chart path.joint{fill:#0072b2;stroke:#1a1a1a}`,
].join('\n');
