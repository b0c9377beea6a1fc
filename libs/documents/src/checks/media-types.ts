/**
 * Which media types a slot accepts, and how a document opens. A slot's accept list names exact types
 * (`application/pdf`) or a whole top-level type (`image/*`); the type compared is always the one sniffed from
 * the bytes, never the one the client declared.
 */

/** Formats with no magic number: recognised only as text, and only where the accept list names them. */
export const TEXT_TYPES = ['text/plain', 'text/csv'] as const;
export type TextType = (typeof TEXT_TYPES)[number];

const PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/;

/** Whether `pattern` is something an accept list may hold: `type/subtype` or `type/*`, in lowercase. */
export function isAcceptPattern(pattern: string): boolean {
  return PATTERN.test(pattern);
}

/** Whether `mediaType` is one of `accept`: an exact match, or `type/*` for its top-level type. */
export function accepts(accept: readonly string[], mediaType: string): boolean {
  const type = mediaType.toLowerCase();
  return accept.some((raw) => {
    const pattern = raw.toLowerCase();
    return pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
  });
}

/**
 * The text type an upload with no magic number is stored as, or null when the slot accepts no text (named,
 * or through `text/*`). With both accepted, a `.csv` name picks `text/csv`: the two differ only in what the
 * uploader says the text holds, and either is served as a download with `nosniff`, so a name cannot make the
 * bytes run as anything else.
 */
export function textTypeFor(accept: readonly string[], fileName: string): TextType | null {
  const candidates = TEXT_TYPES.filter((t) => accepts(accept, t));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0];
  return /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain';
}

/** Raster images a browser shows safely, and PDF: these open in the browser; anything else downloads. */
const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp']);

export function opensInline(mediaType: string): boolean {
  return INLINE_TYPES.has(mediaType.toLowerCase());
}
