export interface NpsWithInterval {
  n: number;
  nps: number;
  variance: number;
  low: number;
  high: number;
}

/**
 * NPS = 100 (p - d) over respondents who answered the NPS item (passives count in the denominator);
 * Var = 100^2 ((p + d) - (p - d)^2) / n; interval NPS ± z sqrt(Var), clipped to [-100, 100].
 */
export function npsWithInterval(
  promoters: number,
  passives: number,
  detractors: number,
  z: number,
): NpsWithInterval | null {
  const n = promoters + passives + detractors;
  if (n === 0) return null;
  const p = promoters / n;
  const d = detractors / n;
  const nps = 100 * (p - d);
  const variance = (100 * 100 * (p + d - (p - d) ** 2)) / n;
  const half = z * Math.sqrt(variance);
  return {
    n,
    nps,
    variance,
    low: Math.max(-100, nps - half),
    high: Math.min(100, nps + half),
  };
}
