/**
 * A whole number as a CSV cell may hold it: optional `-`, then 1 to 6 ASCII digits, after trimming; what the
 * row check matched with /^-?\d{1,6}$/ and Number(), read char by char. undefined when it is anything else.
 */
export function parseWholeNumber(raw: string): number | undefined {
  const text = raw.trim();
  const n = text.length;
  const negative = n > 0 && text.charCodeAt(0) === 45; // '-'
  const first = negative ? 1 : 0;
  if (n - first < 1 || n - first > 6) return undefined;
  let value = 0;
  for (let i = first; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  // -0 stays -0, as Number('-0') gave.
  return negative ? -value : value;
}
