import { createHash } from 'node:crypto';

/**
 * JSON with every object's keys sorted, so that the same content always has the same text whatever order it
 * was written or stored in (jsonb reorders keys): what published checksums are taken over.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256OfCanonicalJson = (value: unknown): string =>
  createHash('sha256').update(canonicalJson(value)).digest('hex');
