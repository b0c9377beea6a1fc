import fc from 'fast-check';
import { isResetTokenShaped, newResetToken, resetTokenHash } from './reset-token';

describe('password reset tokens', () => {
  it('are 256 random bits in base64url, stored as their SHA-256', () => {
    const { token, hash } = newResetToken();
    expect(isResetTokenShaped(token)).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(resetTokenHash(token));
    expect(hash).not.toContain(token);
    // A URL carries it unchanged.
    const url = new URL(`http://localhost/account/reset-password?token=${token}`);
    expect(url.searchParams.get('token')).toBe(token);
  });

  it('never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newResetToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('property: the hash is a function of the token, and different tokens hash differently', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        expect(resetTokenHash(a)).toBe(resetTokenHash(a));
        if (a !== b) expect(resetTokenHash(a)).not.toBe(resetTokenHash(b));
      }),
    );
  });

  it.each(['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}!`, `${'a'.repeat(42)}=`])(
    'rejects %p as not shaped like a token',
    (token) => expect(isResetTokenShaped(token)).toBe(false),
  );
});
