/** A chart's value axis: where it starts and ends, and the values that get a grid line and a label. */
export interface Axis {
  from: number;
  to: number;
  ticks: number[];
}

/** Tick steps are these times a power of ten, so that tick labels are short and easy to read between. */
const NICE = [1, 2, 2.5, 5];

/**
 * The data are padded by this share of their spread on each side, so no dot or whisker end sits on the
 * frame.
 */
const PADDING = 0.05;

/**
 * The narrowest axis, as a share of the figure's domain (5 points of CSI, 10 of NPS). Without it, 84.1 and
 * 84.3 would be drawn at opposite edges of the chart, and a difference of noise would look like a gulf.
 */
const MIN_SPAN = 0.05;

/** Floating-point steps such as 0.1 × 3 are cleaned to the decimals a tick label would show. */
const clean = (v: number) => Number(v.toPrecision(12));

/**
 * An axis fitted to the data (every dot and interval end) rather than to the whole domain, so that 81.9 to
 * 87.3 fills the chart (80 to 88) instead of a sliver of 0 to 100. Ticks step by 1, 2, 2.5 or 5 times a power
 * of ten, at most `maxTicks` (3 or more) of them, and the axis never leaves the figure's domain (CSI 0..100, NPS
 * -100..100). Values outside the domain are drawn at its edge, so they count as the edge here.
 */
export function fittedAxis(values: number[], domain: [number, number], maxTicks = 6): Axis {
  const [low, high] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  // Two ticks cannot always do: data around 0 need -s, 0 and s at any step s.
  const limit = Math.max(3, Math.floor(maxTicks));
  const finite = values.filter(Number.isFinite).map((v) => Math.min(high, Math.max(low, v)));
  if (high === low) return { from: low, to: high, ticks: [low] };
  if (finite.length === 0) return niceAxis(low, high, low, high, limit);

  let min = Math.min(...finite);
  let max = Math.max(...finite);
  const minSpan = (high - low) * MIN_SPAN;
  if (max - min < minSpan) {
    // Widen around the data's middle, shifted back inside the domain when the data sit near its edge.
    const middle = Math.min(high - minSpan / 2, Math.max(low + minSpan / 2, (min + max) / 2));
    [min, max] = [middle - minSpan / 2, middle + minSpan / 2];
  }
  const pad = (max - min) * PADDING;
  return niceAxis(min - pad, max + pad, low, high, limit);
}

/** The smallest nice step whose multiples cover [min, max] in at most `limit` ticks, clamped to the domain. */
function niceAxis(min: number, max: number, low: number, high: number, limit: number): Axis {
  // Start a power of ten below the rough step, and walk up until the ticks fit.
  let power = Math.floor(Math.log10((max - min) / limit)) - 1;
  for (;;) {
    for (const m of NICE) {
      const step = clean(m * 10 ** power);
      const from = Math.max(low, clean(Math.floor(min / step) * step));
      const to = Math.min(high, clean(Math.ceil(max / step) * step));
      const ticks = ticksBetween(from, to, step);
      if (ticks.length <= limit && ticks.length >= 2) return { from, to, ticks };
      if (ticks.length <= limit && step >= high - low) return { from, to, ticks };
    }
    power += 1;
  }
}

function ticksBetween(from: number, to: number, step: number): number[] {
  const first = Math.ceil(clean(from / step));
  const last = Math.floor(clean(to / step));
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(clean(k * step));
  return ticks;
}
