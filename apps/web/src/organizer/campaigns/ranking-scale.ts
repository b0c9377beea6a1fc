/** One enterprise's bar: its CSI and 95 % interval on the 0-100 scale, as fractions of the chart's width. */
export interface BarGeometry {
  value: number;
  low: number | null;
  high: number | null;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x)) / 100;

/** CSI figures (0-100) to positions along the chart; an interval missing an end draws no whisker. */
export function barGeometry(mean: number, low: number | null, high: number | null): BarGeometry {
  return {
    value: clamp(mean),
    low: low === null ? null : clamp(low),
    high: high === null ? null : clamp(high),
  };
}
