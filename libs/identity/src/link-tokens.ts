import { createHash, randomBytes } from 'node:crypto';

/** What an emailed link carries: 32 random bytes, base64url (43 characters). */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Only the SHA-256 of a link's token is stored: the token is high-entropy, so a fast hash is enough to make a
 * copy of the database useless for opening links, and lookup stays one indexed equality.
 */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh token for a link, and the hash to store. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** The stored hash a presented token would have, or null when it cannot be one of ours. */
export function presentedTokenHash(token: string): string | null {
  return LINK_TOKEN_PATTERN.test(token) ? hashLinkToken(token) : null;
}

/** A point `hours` after `from`. */
export function hoursAfter(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 3_600_000);
}
