import fc from 'fast-check';
import { generate } from 'otplib';
import { checkTotp, newTotpSecret, totpUri } from './totp';

describe('TOTP codes', () => {
  const secret = newTotpSecret();

  it('makes an otpauth URI naming the platform and the account', () => {
    const uri = new URL(totpUri(secret, 'judge@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Care Awards');
    expect(decodeURIComponent(uri.pathname)).toContain('judge@example.org');
  });

  it('refuses anything but six digits without asking the library', async () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 456']) {
      expect(await checkTotp(secret, code, null)).toBeNull();
    }
  });

  it('property: a code is accepted at most once, and never after a later one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }),
        fc.constantFrom(-1, 0, 1),
        async (now, offset) => {
          const code = await generate({ secret, epoch: now + offset * 30 });
          const step = await checkTotp(secret, code, null, now);
          expect(step).toBe(Math.floor(now / 30) + offset);
          // The step is recorded as the last accepted one: the same code is refused now and later.
          expect(await checkTotp(secret, code, step, now)).toBeNull();
          expect(await checkTotp(secret, code, step, now + 30)).toBeNull();
          // A code of an earlier step is refused once a later one was accepted.
          const earlier = await generate({ secret, epoch: now + (offset - 1) * 30 });
          expect(await checkTotp(secret, earlier, step, now)).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('accepts one step of drift either way, not two', async () => {
    const now = Math.floor(Date.now() / 1000);
    const at = (offset: number) => generate({ secret, epoch: now + offset * 30 });
    expect(await checkTotp(secret, await at(-1), null, now)).not.toBeNull();
    expect(await checkTotp(secret, await at(1), null, now)).not.toBeNull();
    expect(await checkTotp(secret, await at(-2), null, now)).toBeNull();
    expect(await checkTotp(secret, await at(2), null, now)).toBeNull();
  });
});
