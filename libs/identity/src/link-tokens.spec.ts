import fc from 'fast-check';
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken, presentedTokenHash } from './link-tokens';

describe('link tokens (invitations, email verification, password resets)', () => {
  it('makes 43-character base64url tokens whose stored hash is their SHA-256 in hex', () => {
    const { token, hash } = newLinkToken();
    expect(token).toMatch(LINK_TOKEN_PATTERN);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token)).toBe(hash);
    expect(presentedTokenHash(token)).toBe(hash);
    expect(hash).not.toContain(token);
  });

  it('makes tokens a URL carries unchanged', () => {
    const { token } = newLinkToken();
    const url = new URL(`http://localhost/account/reset-password?token=${token}`);
    expect(url.searchParams.get('token')).toBe(token);
  });

  it('never repeats a token', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newLinkToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('property: the hash is a function of the token, and different tokens hash differently', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        expect(hashLinkToken(a)).toBe(hashLinkToken(a));
        if (a !== b) expect(hashLinkToken(a)).not.toBe(hashLinkToken(b));
      }),
    );
  });

  it('property: anything that is not a well-formed token has no hash to look up', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        if (!LINK_TOKEN_PATTERN.test(s)) expect(presentedTokenHash(s)).toBeNull();
      }),
    );
    expect(presentedTokenHash(`${newLinkToken().token}=`)).toBeNull();
  });

  it.each(['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}!`, `${'a'.repeat(42)}=`])(
    'has no hash for %p, which is not shaped like a token',
    (token) => expect(presentedTokenHash(token)).toBeNull(),
  );
});
