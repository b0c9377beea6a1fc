import { isStorageName, newStorageKey, partialNameOf } from './storage-keys';

describe('storage keys', () => {
  it('are random UUIDs, and their partial writes are recognised as ours', () => {
    const key = newStorageKey();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(newStorageKey()).not.toBe(key);
    expect(isStorageName(key)).toBe(true);
    const partial = partialNameOf(key);
    expect(partial.startsWith(`${key}.`)).toBe(true);
    expect(isStorageName(partial)).toBe(true);
    expect(partialNameOf(key)).not.toBe(partial);
  });

  it('recognise nothing else, so the sweep leaves foreign files alone and no key leaves its directory', () => {
    for (const name of [
      '.DS_Store',
      'README',
      '../etc/passwd',
      `${newStorageKey()}/x`,
      `${newStorageKey()}.tmp`,
    ]) {
      expect(isStorageName(name)).toBe(false);
    }
    expect(isStorageName(newStorageKey().toUpperCase())).toBe(false);
  });
});
