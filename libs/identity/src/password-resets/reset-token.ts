import { createHash, randomBytes } from 'node:crypto';

/** How long a reset link works. */
export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

/** 32 random bytes in base64url: 43 characters, safe in a URL's query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What is stored of a token: its SHA-256 (the token has 256 bits of entropy, so no salt or stretching). */
export function resetTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token for the mail, and the hash to store. */
export function newResetToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: resetTokenHash(token) };
}

/** Whether a string could be a token at all: anything else is not looked up. */
export function isResetTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
