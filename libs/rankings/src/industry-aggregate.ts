export interface AggregateInput {
  csi: number;
  standardError: number;
  /** Declared annual revenue; null when not declared. */
  revenue: number | null;
}

export interface IndustryAggregate {
  csi: number;
  standardError: number;
  weighting: 'revenue' | 'equal';
  enterprises: number;
}

/**
 * Mean CSI of the industry's eligible enterprises, revenue-weighted when every one declared a revenue,
 * equal-weighted otherwise (and labelled so); SE = sqrt(sum w_k^2 SE_k^2) with weights summing to 1.
 */
export function industryAggregate(inputs: AggregateInput[]): IndustryAggregate | null {
  if (inputs.length === 0) return null;
  const byRevenue = inputs.every((e) => e.revenue !== null && e.revenue > 0);
  const raw = inputs.map((e) => (byRevenue ? (e.revenue as number) : 1));
  const total = raw.reduce((s, w) => s + w, 0);
  const weights = raw.map((w) => w / total);
  return {
    csi: inputs.reduce((s, e, i) => s + weights[i] * e.csi, 0),
    standardError: Math.sqrt(inputs.reduce((s, e, i) => s + weights[i] ** 2 * e.standardError ** 2, 0)),
    weighting: byRevenue ? 'revenue' : 'equal',
    enterprises: inputs.length,
  };
}
