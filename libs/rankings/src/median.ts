/** The median of values given as a histogram (value -> count); the mean of the two middle values for an even count. */
export function medianOfHistogram(histogram: Iterable<[number, number]>): number | null {
  const bins = [...histogram].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const total = bins.reduce((s, [, c]) => s + c, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const [value, count] of bins) {
      seen += count;
      if (position < seen) return value;
    }
    return bins[bins.length - 1][0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}
