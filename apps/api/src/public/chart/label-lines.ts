import stringWidth from 'string-width';

/**
 * Text widths in ems, estimated on the server where no font can be measured. Each estimate errs on the wide
 * side of common sans-serif faces (DejaVu Sans, the widest usual fallback, sets digits at 0.64 em and "m" at
 * 0.97 em), because a name estimated too narrow runs into the plot, while one estimated too wide only wraps a
 * word early.
 */
const WIDE = 1; // CJK and other full-width characters (East Asian Wide or Fullwidth)
const UPPER = 0.72;
const LOWER = 0.58;
const DIGIT = 0.64;
const SPACE = 0.32;
const NARROW = 0.32; // . , : ; ' ! | and the like
const BRACKET = 0.42; // ( ) [ ] - / and the like
const BROAD = 1; // M W m w @ % &
const OTHER = 0.8;

const NARROW_MARKS = new Set([...".,:;'!|`"]);
const BRACKETS = new Set([...'()[]{}-/\\"*']);
const BROAD_MARKS = new Set([...'MW@%mw&']);

/** Never at the start of a line: closing brackets and quotes, full stops, commas, small kana, iteration marks. */
const NO_START = new Set([
  ...')]},.:;!?%’”」』）】〕〉》］｝，。、；：！？・…‥ー々ゝゞヽヾ〜～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
]);
/** Never at the end of a line: opening brackets and quotes. */
const NO_END = new Set([...'([{‘“「『（【〔〈《［｛']);

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

const isWide = (g: string) => stringWidth(g) === 2;

/** The estimated width of one grapheme (a letter with its combining marks counts as the letter). */
export function graphemeEm(g: string): number {
  if (g === ' ') return SPACE;
  const columns = stringWidth(g);
  if (columns === 0) return 0;
  if (columns === 2) return WIDE;
  if (BROAD_MARKS.has(g)) return BROAD;
  if (NARROW_MARKS.has(g)) return NARROW;
  if (BRACKETS.has(g)) return BRACKET;
  if (/^\p{Lu}/u.test(g)) return UPPER;
  if (/^\p{Ll}/u.test(g)) return LOWER;
  if (/^\p{N}/u.test(g)) return DIGIT;
  return OTHER;
}

/** The estimated width of a text in ems. */
export const textEm = (text: string): number => graphemes(text).reduce((sum, g) => sum + graphemeEm(g), 0);

const widthOf = (gs: string[]) => gs.reduce((sum, g) => sum + graphemeEm(g), 0);
/** A line's width without the space it may end with (the space at a break is not drawn). */
const lineEm = (gs: string[]) => widthOf(gs[gs.length - 1] === ' ' ? gs.slice(0, -1) : gs);

/**
 * Whether a line may break between `before` and `after`. Latin text breaks after a space (and after a hyphen
 * or slash inside a word); CJK text between any two characters. Never before closing punctuation (even after a
 * space) or after opening punctuation, as Chinese typesetting and Unicode's line breaking rules (UAX #14) ask.
 */
function mayBreak(before: string, after: string): boolean {
  if (after === ' ' || NO_START.has(after) || NO_END.has(before)) return false;
  if (before === ' ') return true;
  if (isWide(before) || isWide(after)) return true;
  return (before === '-' || before === '/') && /^[\p{L}\p{N}]/u.test(after);
}

/** Pieces of text between two break opportunities; each keeps the space it ends with. */
function chunks(gs: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  gs.forEach((g, i) => {
    if (i > 0 && mayBreak(gs[i - 1], g)) {
      out.push(current);
      current = [];
    }
    current.push(g);
  });
  if (current.length > 0) out.push(current);
  return out;
}

/** Whether a forced break before `piece[end]` leaves closing punctuation to start, or opening to end, a line. */
function clean(piece: string[], end: number): boolean {
  const next = piece[end] === ' ' ? piece[end + 1] : piece[end];
  return !NO_START.has(next) && !NO_END.has(piece[end - 1]);
}

/**
 * Splits a piece wider than a whole line at the last grapheme that fits, so a long word is never clipped.
 * It steps back rather than start the next line with closing punctuation, unless no break in the line would
 * avoid it.
 */
function split(piece: string[], maxEm: number): [string[], string[]] {
  let fit = 1;
  while (fit < piece.length && lineEm(piece.slice(0, fit + 1)) <= maxEm) fit++;
  let end = fit;
  while (end > 1 && !clean(piece, end)) end--;
  if (!clean(piece, end)) end = fit;
  const rest = piece.slice(end);
  return [piece.slice(0, end), rest[0] === ' ' ? rest.slice(1) : rest];
}

/**
 * Wraps a name into lines no wider than `maxEm` ems, keeping every character: no clipping, no ellipsis.
 * Runs of white space count as one space, and the spaces at line breaks are dropped. A single grapheme wider
 * than `maxEm` still gets a line of its own.
 */
export function labelLines(text: string, maxEm: number): string[] {
  const gs = graphemes(text.replace(/\s+/g, ' ').trim());
  const lines: string[][] = [];
  let line: string[] = [];
  for (let piece of chunks(gs)) {
    if (lineEm([...line, ...piece]) <= maxEm) {
      line.push(...piece);
      continue;
    }
    if (line.length > 0) lines.push(line);
    while (lineEm(piece) > maxEm && piece.length > 1) {
      const [head, rest] = split(piece, maxEm);
      lines.push(head);
      piece = rest;
    }
    line = piece;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.join('').trimEnd());
}
