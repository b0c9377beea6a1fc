import { createHmac, randomInt } from 'node:crypto';

/** How many recovery codes a user holds after enabling or regenerating. */
export const RECOVERY_CODE_COUNT = 10;

// 32 symbols without 0/O and 1/I, so a code read off paper is typed right: 5 bits a character, 50 a code.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 10;

/** Fresh codes, `ABCDE-FGHJK`, drawn uniformly; shown to the user once and stored only as hashes. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    codes.add(`${chars.slice(0, 5)}-${chars.slice(5)}`);
  }
  return [...codes];
}

/** The code as typed, in its canonical form (case, spaces and dashes do not matter), or null if it is none. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/**
 * The stored form of a code: an HMAC keyed with a derived server key and bound to the user, so a copy of the
 * table alone does not allow testing guesses, and one user's code never matches another's row.
 */
export function recoveryCodeHash(key: Buffer, userId: string, code: string): string | null {
  const normalized = normalizeRecoveryCode(code);
  return normalized === null
    ? null
    : createHmac('sha256', key).update(`${userId}:${normalized}`).digest('hex');
}
