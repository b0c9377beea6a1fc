import fc from 'fast-check';
import { hashPassword, verifyPassword } from './password-hash';

// Cheap parameters for the property test: the format and logic are what is tested, not the cost.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one, with the production parameters', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', stored)).resolves.toBe(false);
  });

  it('salts: the same password never hashes the same way twice', async () => {
    expect(await hashPassword('same password', FAST)).not.toBe(await hashPassword('same password', FAST));
  });

  it('treats canonically equal Unicode spellings as the same password', async () => {
    const stored = await hashPassword('caf\u00e9-password', FAST);
    await expect(verifyPassword('cafe\u0301-password', stored)).resolves.toBe(true);
  });

  it.each(['', 'plain', 'bcrypt$1$2$3$4$5', 'scrypt$1$8$1$c2FsdA==', 'scrypt$x$y$z$salt$hash'])(
    'rejects a malformed stored hash %p rather than throwing',
    async (stored) => {
      await expect(verifyPassword('anything', stored).catch(() => false)).resolves.toBe(false);
    },
  );

  it('property: any password verifies against its own hash and not against another password', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.string({ minLength: 1, maxLength: 64 }),
        async (a, b) => {
          const stored = await hashPassword(a, FAST);
          expect(await verifyPassword(a, stored)).toBe(true);
          if (a.normalize('NFKC') !== b.normalize('NFKC'))
            expect(await verifyPassword(b, stored)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
