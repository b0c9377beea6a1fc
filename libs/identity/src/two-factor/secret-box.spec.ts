import fc from 'fast-check';
import { deriveKey } from './credential-keys';
import { open, seal } from './secret-box';

const key = deriveKey('a-key-of-at-least-thirty-two-characters', 'two-factor-secret');

describe('sealed secrets', () => {
  it('property: open gives back what seal was given, for the same context', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (secret, context) => {
        const sealed = seal(key, secret, context);
        expect(sealed.startsWith('v1.')).toBe(true);
        expect(open(key, sealed, context)).toBe(secret);
      }),
    );
  });

  it('hides the secret and never seals it the same way twice', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const a = seal(key, secret, 'user-1');
    expect(a).not.toContain(secret);
    expect(seal(key, secret, 'user-1')).not.toBe(a);
  });

  it('refuses another context, another key, another purpose and any altered byte', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'user-1');
    expect(() => open(key, sealed, 'user-2')).toThrow();
    expect(() =>
      open(deriveKey('another-key-of-at-least-thirty-two-chars', 'two-factor-secret'), sealed, 'user-1'),
    ).toThrow();
    expect(() =>
      open(deriveKey('a-key-of-at-least-thirty-two-characters', 'recovery-code'), sealed, 'user-1'),
    ).toThrow();
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (const i of [0, 14, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[i] ^= 1;
      expect(() => open(key, `v1.${altered.toString('base64url')}`, 'user-1')).toThrow();
    }
    expect(() => open(key, 'v2.abc', 'user-1')).toThrow();
  });
});
