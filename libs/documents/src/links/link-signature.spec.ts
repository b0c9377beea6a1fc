import { createHmac } from 'node:crypto';
import { checkLink, linkKey, signLink } from './link-signature';

const DOC = '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90';
const OTHER_DOC = '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d';
const READER = '9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a';
const OTHER_READER = '1f0e9d8c-7b6a-4c3b-8a29-9c8b7a6f5e4d';
const key = linkKey('test-secret-that-is-long-enough-for-hs256-signing');
const NOW = 1_800_000_000;

const presented = (over: Record<string, unknown> = {}) => {
  const grant = { documentId: DOC, readerId: READER, expires: NOW + 300 };
  return {
    documentId: DOC,
    reader: READER,
    expires: String(grant.expires),
    signature: signLink(key, grant),
    ...over,
  };
};

describe('signed document links', () => {
  it('sign the document, the reader and the expiry with an HMAC-SHA256 under a derived key', () => {
    const expected = createHmac('sha256', key)
      .update(`care-awards document link\n${DOC}\n${READER}\n${NOW + 300}`)
      .digest('base64url');
    expect(signLink(key, { documentId: DOC, readerId: READER, expires: NOW + 300 })).toBe(expected);
    expect(expected).toHaveLength(43);
    // The key is derived for links alone: it is neither the secret nor the same for another secret.
    expect(key).toHaveLength(32);
    expect(key.equals(Buffer.from('test-secret-that-is-long-enough-for-hs256-signing'.slice(0, 32)))).toBe(
      false,
    );
    expect(linkKey('another-secret-that-is-long-enough-for-hs256').equals(key)).toBe(false);
  });

  it('open until the second they expire', () => {
    expect(checkLink(key, presented(), NOW)).toEqual({
      valid: true,
      grant: { documentId: DOC, readerId: READER, expires: NOW + 300 },
    });
    expect(checkLink(key, presented(), NOW + 299).valid).toBe(true);
    expect(checkLink(key, presented(), NOW + 300)).toEqual({ valid: false, reason: 'expired' });
  });

  it('do not open for another document, another reader or a moved expiry', () => {
    expect(checkLink(key, presented({ documentId: OTHER_DOC }), NOW)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
    expect(checkLink(key, presented({ reader: OTHER_READER }), NOW)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
    expect(checkLink(key, presented({ expires: String(NOW + 3600) }), NOW)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it('do not open with a tampered signature or another key, and a forged link is never told it expired', () => {
    const good = presented().signature;
    const flipped = (good[0] === 'A' ? 'B' : 'A') + good.slice(1);
    expect(checkLink(key, presented({ signature: flipped }), NOW).valid).toBe(false);
    expect(checkLink(linkKey('x'.repeat(40)), presented(), NOW)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
    expect(checkLink(key, presented({ signature: flipped }), NOW + 10_000)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it('refuse malformed parameters without throwing', () => {
    for (const over of [
      { documentId: 'not-a-uuid' },
      { reader: undefined },
      { reader: ['a', 'b'] },
      { reader: READER.toUpperCase() },
      { expires: '-1' },
      { expires: '1e10' },
      { expires: '99999999999999999999' },
      { signature: undefined },
      { signature: 'short' },
      { signature: `${presented().signature}=` },
    ]) {
      expect(checkLink(key, presented(over), NOW)).toEqual({ valid: false, reason: 'mismatch' });
    }
  });
});
