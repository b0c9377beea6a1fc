/** No request body of this API nests deeper than a rubric (about 5 levels); 32 leaves room and stops abuse. */
export const MAX_JSON_DEPTH = 32;

/**
 * Objects and arrays any other JSON body may hold. The largest real ones (a rubric version, a methodology) hold
 * a few hundred; empty ones cost up to 28 bytes of heap per byte, so a 1 MiB body of them would take 28 MB.
 */
export const MAX_BODY_CONTAINERS = 10_000;

/** Objects and arrays a batch of `rows` responses may hold: the envelope, then a response and its answers per row, with slack. */
export const batchContainerLimit = (rows: number): number => 3 * rows + 2;

/** How deep a JSON text nests and how many objects and arrays it holds. */
export interface JsonShape {
  depth: number;
  containers: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Reads the shape of a JSON text before it is parsed, in one pass over its UTF-8 bytes that allocates nothing:
 * parsing first and walking the value after costs the value's heap (up to 28 bytes per byte of text for empty
 * arrays and objects) plus the walk's own stack, which is what a hostile body is after. Brackets inside strings
 * do not count. The text need not be valid JSON: the parser that follows judges that. Bytes, not the decoded
 * string: every byte that matters here is ASCII, which UTF-8 never uses inside a multi-byte character, and the
 * loop over bytes takes half the time of charCodeAt over the string (9 against 19 ms for a 3 MB batch, about as
 * long as JSON.parse itself).
 */
export function jsonTextShape(bytes: Uint8Array): JsonShape {
  let depth = 0;
  let deepest = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      containers++;
      if (++depth > deepest) deepest = depth;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return { depth: deepest, containers };
}
