import { html, Html } from './html';

export interface ChartBar {
  name: string;
  csi: number;
  low: number | null;
  high: number | null;
}

const ROW = 28;
const LABEL = 210;
const PLOT = 330;
const RIGHT = 50;
const WIDTH = LABEL + PLOT + RIGHT;

/** x position of a CSI value: the scale is always 0-100, so bars of different industries compare by eye. */
const x = (v: number) => LABEL + (Math.max(0, Math.min(100, v)) / 100) * PLOT;
const fixed = (v: number) => Number(v.toFixed(1));

/** Names longer than the label column are cut with an ellipsis; the full name is in the bar's title. */
const short = (name: string) => (name.length > 30 ? `${name.slice(0, 29)}…` : name);

/**
 * A horizontal bar chart of CSI with 95 % interval whiskers, drawn on the server as inline SVG. It scales to
 * the page's width (viewBox), carries a title and description for screen readers, and each bar a <title>.
 */
export function csiChart(bars: ChartBar[], title: string, description: string): Html {
  const height = bars.length * ROW + 30;
  const id = `chart-${Math.abs(hash(title))}`;
  const ticks = [0, 25, 50, 75, 100];
  return html`<svg
    class="csi-chart"
    role="img"
    viewBox="0 0 ${WIDTH} ${height}"
    width="100%"
    aria-labelledby="${id}-t ${id}-d"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${id}-t">${title}</title>
    <desc id="${id}-d">${description}</desc>
    ${ticks.map(
      (t) =>
        html`<line
            x1="${fixed(x(t))}"
            x2="${fixed(x(t))}"
            y1="0"
            y2="${height - 22}"
            stroke="#c8c8c8"
            stroke-width="1"
          /><text x="${fixed(x(t))}" y="${height - 6}" font-size="12" text-anchor="middle" fill="#3d3d3d"
            >${t}</text
          >`,
    )}
    ${bars.map((b, i) => {
      const y = i * ROW + 4;
      const whisker =
        b.low !== null && b.high !== null
          ? html`<line
                class="whisker"
                x1="${fixed(x(b.low))}"
                x2="${fixed(x(b.high))}"
                y1="${y + 10}"
                y2="${y + 10}"
                stroke="#1a1a1a"
                stroke-width="1.5"
              /><line
                x1="${fixed(x(b.low))}"
                x2="${fixed(x(b.low))}"
                y1="${y + 5}"
                y2="${y + 15}"
                stroke="#1a1a1a"
                stroke-width="1.5"
              /><line
                x1="${fixed(x(b.high))}"
                x2="${fixed(x(b.high))}"
                y1="${y + 5}"
                y2="${y + 15}"
                stroke="#1a1a1a"
                stroke-width="1.5"
              />`
          : '';
      return html`<g
        ><title>
          ${b.name}: CSI
          ${b.csi}${b.low !== null && b.high !== null ? ` (95 % interval ${b.low}–${b.high})` : ''}
        </title>
        <text x="${LABEL - 8}" y="${y + 15}" font-size="13" text-anchor="end" fill="#1a1a1a"
          >${short(b.name)}</text
        >
        <rect
          class="bar"
          data-name="${b.name}"
          data-csi="${b.csi}"
          x="${LABEL}"
          y="${y}"
          width="${fixed(x(b.csi) - LABEL)}"
          height="20"
          fill="#0b5cad"
        />
        ${whisker}<text
          x="${fixed(x(Math.max(b.csi, b.high ?? b.csi))) + 6}"
          y="${y + 15}"
          font-size="13"
          fill="#1a1a1a"
          >${b.csi}</text
        ></g
      >`;
    })}
  </svg>`;
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
