import fc from 'fast-check';
import { deriveKey } from './credential-keys';
import {
  newRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  recoveryCodeHash,
} from './recovery-codes';

const key = deriveKey('a-key-of-at-least-thirty-two-characters', 'recovery-code');

/** What the repository does with the stored hashes: a matching one is deleted, so it verifies once. */
function spend(stored: Set<string>, userId: string, typed: string): boolean {
  const hash = recoveryCodeHash(key, userId, typed);
  return hash !== null && stored.delete(hash);
}

describe('recovery codes', () => {
  it('come ten at a time, distinct, shaped ABCDE-FGHJK without look-alike characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
  });

  it('read the same in any case, with or without the dash and spaces', () => {
    expect(normalizeRecoveryCode(' k7pq2 - xw9rt ')).toBe('K7PQ2XW9RT');
    expect(normalizeRecoveryCode('K7PQ2XW9RT')).toBe('K7PQ2XW9RT');
    for (const bad of ['', 'K7PQ2-XW9R', 'K7PQ2-XW9RTT', 'O0I1L-XW9RT', '123456']) {
      expect(normalizeRecoveryCode(bad)).toBeNull();
    }
  });

  it('property: each code of a set verifies exactly once, however it is typed', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.array(fc.boolean(), { minLength: RECOVERY_CODE_COUNT, maxLength: RECOVERY_CODE_COUNT }),
        (userId, lowerCase) => {
          const codes = newRecoveryCodes();
          const stored = new Set(codes.map((c) => recoveryCodeHash(key, userId, c) as string));
          codes.forEach((code, i) => {
            const typed = lowerCase[i] ? code.toLowerCase() : code.replace('-', ' ');
            expect(spend(stored, userId, typed)).toBe(true);
            expect(spend(stored, userId, code)).toBe(false);
          });
          expect(stored.size).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('property: a code never verifies for another user, nor under another key', () => {
    const otherKey = deriveKey('another-key-of-at-least-thirty-two-chars', 'recovery-code');
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        fc.pre(a !== b);
        const [code] = newRecoveryCodes(1);
        const stored = new Set([recoveryCodeHash(key, a, code) as string]);
        expect(spend(stored, b, code)).toBe(false);
        expect(stored.has(recoveryCodeHash(otherKey, a, code) as string)).toBe(false);
        expect(spend(stored, a, code)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
