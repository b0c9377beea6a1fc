import fc from 'fast-check';
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken, presentedTokenHash } from './link-tokens';

describe('link tokens', () => {
  it('makes 43-character base64url tokens whose stored hash is their SHA-256 in hex', () => {
    const { token, hash } = newLinkToken();
    expect(token).toMatch(LINK_TOKEN_PATTERN);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token)).toBe(hash);
    expect(presentedTokenHash(token)).toBe(hash);
  });

  it('never repeats a token', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newLinkToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('property: anything that is not a well-formed token has no hash to look up', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        if (!LINK_TOKEN_PATTERN.test(s)) expect(presentedTokenHash(s)).toBeNull();
      }),
    );
    expect(presentedTokenHash(`${newLinkToken().token}=`)).toBeNull();
  });
});
