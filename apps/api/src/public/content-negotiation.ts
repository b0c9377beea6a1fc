/**
 * The two request headers a published document is answered by: `Accept-Encoding` (which representation) and
 * `If-None-Match` (whether the reader already holds it), read as RFC 9110 (§12.5.3 and §13.1.2) says.
 *
 * Written here rather than taken from `@fastify/accept-negotiator` (what @fastify/compress uses): that one
 * lets `*` stand for the first supported coding even where the header refuses it by name (`br;q=0, *` gives
 * br), compares codings case-sensitively, and has no idea that identity is acceptable unless refused.
 */

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** q-values as the header states them, by lower-cased coding (`x-gzip` is gzip); unparsable entries skipped. */
export function acceptedCodings(header: string): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name, ...params] = entry.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (m && Number(m[1]) <= 1) q = Number(m[1]);
      else if (/^\s*q\s*=/i.test(param)) valid = false;
    }
    const key = coding === 'x-gzip' ? 'gzip' : coding;
    // The first statement about a coding counts; a repeat is more likely a proxy's addition than a correction.
    if (valid && !accepted.has(key)) accepted.set(key, q);
  }
  return accepted;
}

/**
 * How much the reader wants `coding`: by name, else by `*`, else not at all, except identity, which is
 * acceptable unless refused. The RFC gives it no weight; it gets the lowest the header states (as jshttp's
 * negotiator does), so `gzip;q=0.5` still means gzip rather than plain bytes.
 */
export function qualityOf(accepted: Map<string, number>, coding: ContentCoding): number {
  const stated = accepted.get(coding) ?? accepted.get('*');
  if (stated !== undefined || coding !== 'identity') return stated ?? 0;
  const positive = [...accepted.values()].filter((q) => q > 0);
  return positive.length === 0 ? 1 : Math.min(...positive);
}

/**
 * The coding to send among `offered` (in the server's order of preference), or null when the header refuses
 * them all. The highest q wins; on a tie, the first offered. Without the header only identity is chosen: the
 * RFC would allow any coding, but a client that says nothing (curl, a script) expects plain bytes.
 */
export function chooseCoding(
  header: string | undefined,
  offered: readonly ContentCoding[],
): ContentCoding | null {
  if (header === undefined) return offered.includes('identity') ? 'identity' : null;
  const accepted = acceptedCodings(header);
  let best: ContentCoding | null = null;
  let bestQ = 0;
  for (const coding of offered) {
    const q = qualityOf(accepted, coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;
const opaque = (tag: string) => tag.replace(/^W\//, '');

/**
 * Whether `If-None-Match` names the representation whose tag is `etag`: `*`, or a tag of the list equal to it
 * by weak comparison (`W/"x"` matches `"x"`), which is the comparison the RFC prescribes for this header.
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return (header.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === wanted);
}

/** The tag of an encoded representation: the identity's with a suffix inside the quotes (`"abc"` -> `"abc-br11"`). */
export function representationTag(etag: string, suffix: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-${suffix}"` : `${etag}-${suffix}`;
}
