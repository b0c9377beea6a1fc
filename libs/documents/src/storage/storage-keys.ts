import { randomBytes, randomUUID } from 'node:crypto';

/** A document's storage key: a random UUID, so keys say nothing about their subject and never collide. */
export function newStorageKey(): string {
  return randomUUID();
}

const KEY = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const STORED = new RegExp(`^${KEY}$`);
const PARTIAL = new RegExp(`^${KEY}\\.[0-9a-f]{8}\\.partial$`);

/**
 * Whether `name` is one of ours: a key, or a key's interrupted write. Listings yield nothing else, so the
 * sweep never touches a file or object the platform did not write, and no key can climb out of the storage's
 * directory.
 */
export function isStorageName(name: string): boolean {
  return STORED.test(name) || PARTIAL.test(name);
}

/** The name a write goes to before it is complete; it starts with the key, so it lands in the key's folder. */
export function partialNameOf(key: string): string {
  return `${key}.${randomBytes(4).toString('hex')}.partial`;
}
