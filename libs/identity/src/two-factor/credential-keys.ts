import { hkdfSync } from 'node:crypto';

/** What a derived key is for: each use gets its own key, so one can never stand in for another. */
export type KeyPurpose = 'two-factor-secret' | 'recovery-code' | 'sign-in-challenge';

/**
 * A 32-byte key for one purpose, derived (HKDF-SHA256) from the configured keying material
 * (TWO_FACTOR_ENCRYPTION_KEY, else JWT_SECRET). Deriving rather than using the material itself means a
 * sign-in challenge can never verify as an access token, and a leak of one derived key reveals no other.
 */
export function deriveKey(material: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', material, 'care-awards', purpose, 32));
}
