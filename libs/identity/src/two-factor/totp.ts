import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'Care Awards';

/** A new base32 secret of 20 random bytes (160 bits, the RFC 4226 recommendation). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The `otpauth://totp/...` URI an authenticator app reads (usually from a QR code). */
export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });
}

/**
 * Checks a 6-digit code against the secret, one 30-second step of drift either way. Returns the time step the
 * code belongs to, or null. A code of `afterTimeStep` or earlier is refused: the caller stores the step of
 * each accepted code there, so no code is accepted twice (nor an older one after a newer).
 */
export async function checkTotp(
  secret: string,
  code: string,
  afterTimeStep: number | null,
  epochSeconds?: number,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterTimeStep !== null && { afterTimeStep }),
    ...(epochSeconds !== undefined && { epoch: epochSeconds }),
  });
  // verify() types HOTP and TOTP results together; a TOTP match always carries its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
