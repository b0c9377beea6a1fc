/**
 * Holm's step-down adjustment: sort p ascending, adjusted p_(i) = max over j <= i of min(1, (m - j + 1) p_(j)).
 * Returns the adjusted values in the input's order.
 */
export function holmAdjust(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
