/**
 * A score as a judge typed it: empty is "not scored yet", a decimal comma reads as a point (7,5 is 7.5), and
 * anything else that is not a number is kept as NaN so the sheet can say so beside the item.
 */
export function parseScore(typed: string): number | undefined {
  const text = typed.trim().replace(',', '.');
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** The typed scores as the sheet's values: empty ones left out, numbers kept, whatever their scale. */
export function typedValues(typed: Record<string, string>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [code, text] of Object.entries(typed)) {
    const v = parseScore(text);
    if (v !== undefined) values[code] = v;
  }
  return values;
}

/** The sheet's stored values as the inputs show them. */
export function scoresAsTyped(values: Record<string, number> | null | undefined): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const [code, v] of Object.entries(values ?? {})) typed[code] = String(v);
  return typed;
}
