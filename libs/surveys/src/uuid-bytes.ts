/**
 * The 16 bytes of a uuid as text, parsed once and then looked up: an import names the same few hundred
 * enterprises (and one campaign) on every row, so hex-decoding each row's ids again was pure waste.
 */
const MAX_CACHED = 4096;
const cache = new Map<string, Uint8Array>();

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87; // a-f, A-F
  return -1;
}

/** The canonical 8-4-4-4-12 form's bytes; null for any other text. */
export function parseUuid(text: string): Uint8Array | null {
  if (text.length !== 36) return null;
  const bytes = new Uint8Array(16);
  let at = 0;
  for (let i = 0; i < 16; i++) {
    if (at === 8 || at === 13 || at === 18 || at === 23) {
      if (text.charCodeAt(at) !== 45) return null; // '-'
      at++;
    }
    const high = hexValue(text.charCodeAt(at));
    const low = hexValue(text.charCodeAt(at + 1));
    if (high < 0 || low < 0) return null;
    bytes[i] = (high << 4) | low;
    at += 2;
  }
  return bytes;
}

/** parseUuid, remembered; the cache is emptied when full rather than grown without bound. */
export function uuidBytes(text: string): Uint8Array | null {
  const known = cache.get(text);
  if (known) return known;
  const bytes = parseUuid(text);
  if (!bytes) return null;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, bytes);
  return bytes;
}
