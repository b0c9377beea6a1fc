/** A decimal written plainly (`-12.5`, `3`): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
/** What a spreadsheet may start evaluating as a formula when a cell begins with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 quoting. A cell that begins like a formula (= + - @, tab, CR) is defused with a leading `'` so a
 * spreadsheet never runs it, unless it is a number: a finite number, or a string that is a plain decimal, stays
 * as it is, so negative figures (`-12.5`) remain numbers for whoever opens the file. `-1+2` is not a plain
 * decimal and is defused.
 */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  let text =
    value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  const isNumber = (typeof value === 'number' && Number.isFinite(value)) || PLAIN_DECIMAL.test(text);
  if (!isNumber && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated) from cell values. */
export function csvLine(values: (string | number | boolean | Date | null | undefined)[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
