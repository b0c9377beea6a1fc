/**
 * Text fitted to a width without a font at hand: an SVG badge is drawn by whatever font the viewer has, so
 * widths are estimated on the generous side (in em per character) and the badge clips what still overflows.
 */

/** Chinese, Japanese and Korean characters and full-width forms: one em each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[ilIjtf.,;:!|'’`()[\]\s-]/;
const BROAD = /[mwMW@%&]/;

/** The estimated width of `text` at `size` px; bold glyphs run about 6 % wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (NARROW.test(ch)) em += 0.32;
    else if (BROAD.test(ch)) em += 0.88;
    else if (/[A-Z0-9#?]/.test(ch)) em += 0.66;
    else em += 0.56;
  }
  return em * size * (bold ? 1.06 : 1);
}

/**
 * Breaks text into pieces a line may end after: a Latin word with the space after it, or a single wide
 * character (Chinese lines break between any two characters).
 */
function pieces(text: string): string[] {
  return text.match(new RegExp(`${WIDE.source}|[^\\s\\u2e80-\\uffff]+\\s*|[^\\s]\\s*|\\s+`, 'g')) ?? [];
}

/** The longest start of `text` that fits with an ellipsis after it. */
function ellipsised(text: string, size: number, width: number, bold: boolean): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` in at most `maxLines` lines no wider than `width`, broken between words (or between Chinese
 * characters); a word longer than a line is broken where it must, and what does not fit ends in an ellipsis.
 */
export function wrapText(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  bold = false,
): string[] {
  // Lines are kept as cut, spaces included, so that the last one and what did not fit join up exactly.
  const lines: string[] = [];
  let line = '';
  const queue = pieces(text.trim().replace(/\s+/g, ' '));
  while (queue.length > 0) {
    const piece = queue.shift() as string;
    if (textWidth((line + piece).trimEnd(), size, bold) <= width) {
      line += piece;
      continue;
    }
    if (line === '') {
      // A single word wider than the line: split it after the last character that fits.
      const chars = [...piece];
      let cut = 1;
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(''), size, bold) <= width) cut++;
      lines.push(chars.slice(0, cut).join(''));
      queue.unshift(chars.slice(cut).join(''));
    } else {
      lines.push(line);
      line = '';
      queue.unshift(piece);
    }
    if (lines.length === maxLines) {
      const last = lines.pop() as string;
      const rest = line + queue.join('');
      lines.push(rest.trim() === '' ? last : ellipsised(last + rest, size, width, bold));
      return lines.map((l) => l.trimEnd());
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines.map((l) => l.trimEnd());
}
