import { html, Html } from '../html';

/**
 * The same escaping template as `html`, named apart because Prettier reflows html`` templates across lines:
 * the chart's markup stays on one line per element, which keeps a 50-row chart small.
 */
export const svg = html;

/** Coordinates to one decimal: finer steps are invisible and only add bytes. */
export const r1 = (v: number): number => Math.round(v * 10) / 10;

export type Mark = 'winner' | 'joint-winner' | null;

/** A five-pointed star, as moves relative to its top point, so that each star costs one short path. */
const STAR = (() => {
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 8 : 3.4;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
  return points
    .slice(1)
    .map(([x, y], i) => `${r1(x - points[i][0])},${r1(y - points[i][1])}`)
    .join(' ');
})();

/**
 * The dot of one figure. Shapes, not colours alone, tell the marks apart (a reader who cannot tell vermilion
 * from blue still sees a star, a diamond and a ring): a winner is a filled star, a joint winner a filled
 * diamond, any other enterprise an open circle.
 */
export function marker(mark: Mark, x: number, y: number): Html {
  if (mark === 'winner') return svg`<path class="win" d="M${r1(x)},${r1(y - 7.4)}l${STAR}z"/>`;
  if (mark === 'joint-winner') return svg`<path class="joint" d="M${r1(x)},${r1(y - 7)}l7,7-7,7-7-7z"/>`;
  return svg`<circle cx="${r1(x)}" cy="${r1(y)}" r="5"/>`;
}

/** A 95 % interval: a horizontal line with an end cap on each side. */
export function whisker(low: number, high: number, y: number): Html {
  return svg`<path class="ci" d="M${r1(low)},${r1(y - 5)}v10m0-5H${r1(high)}m0-5v10"/>`;
}
