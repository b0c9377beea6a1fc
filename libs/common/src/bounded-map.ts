/**
 * Sets `key` in a map held to at most `max` entries: when it is full, the entry set longest ago goes first
 * (a Map iterates in insertion order). The public site's caches of published documents use it; what they keep
 * never changes, so the bound only protects memory against surprises.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  if (!map.has(key) && map.size >= max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}
