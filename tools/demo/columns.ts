import stringWidth from 'string-width';

/**
 * `text` cut or padded to exactly `columns` terminal columns. Chinese characters take two columns each (and
 * combining marks none), so padding by `String.length` misaligned every row with a Chinese name; string-width
 * counts what the terminal draws. A cut ends in `…`.
 */
export function fitColumns(text: string, columns: number): string {
  const width = stringWidth(text);
  if (width <= columns) return text + ' '.repeat(columns - width);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > columns - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…${' '.repeat(columns - 1 - used)}`;
}

/** `text` right-aligned in `columns` terminal columns (numbers in tables). */
export function alignRight(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - stringWidth(text))) + text;
}
