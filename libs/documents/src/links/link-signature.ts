import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What a download link grants: this document, to this reader, until this second. */
export interface LinkGrant {
  documentId: string;
  readerId: string;
  /** Unix seconds. */
  expires: number;
}

/** A link's parameters as they arrive: anything, since anyone can write a URL. */
export interface PresentedLink {
  documentId: string;
  reader?: unknown;
  expires?: unknown;
  signature?: unknown;
}

export type LinkCheck = { valid: true; grant: LinkGrant } | { valid: false; reason: 'expired' | 'mismatch' };

/** The 32-byte key links are signed with, derived (HKDF-SHA256) for this one use from the configured secret. */
export function linkKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'care-awards', 'document-links', 32));
}

/**
 * HMAC-SHA256 over the three values, each on its own line after a purpose label, so no value can run into the
 * next and a signature made for anything else never matches. base64url, 43 characters.
 */
export function signLink(key: Buffer, grant: LinkGrant): string {
  return createHmac('sha256', key)
    .update(`care-awards document link\n${grant.documentId}\n${grant.readerId}\n${grant.expires}`)
    .digest('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Whether a presented link is one we signed and still good. The signature is compared in constant time and
 * before the expiry, so a forged link learns nothing, not even whether its time has passed: only a link we
 * signed is ever told it expired.
 */
export function checkLink(key: Buffer, presented: PresentedLink, nowSeconds: number): LinkCheck {
  const { documentId, reader, expires, signature } = presented;
  if (
    !UUID.test(documentId) ||
    typeof reader !== 'string' ||
    !UUID.test(reader) ||
    typeof expires !== 'string' ||
    !/^\d{1,12}$/.test(expires) ||
    typeof signature !== 'string' ||
    !SIGNATURE.test(signature)
  ) {
    return { valid: false, reason: 'mismatch' };
  }
  const grant = { documentId, readerId: reader, expires: Number(expires) };
  const expected = Buffer.from(signLink(key, grant), 'base64url');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'base64url')))
    return { valid: false, reason: 'mismatch' };
  if (grant.expires <= nowSeconds) return { valid: false, reason: 'expired' };
  return { valid: true, grant };
}
