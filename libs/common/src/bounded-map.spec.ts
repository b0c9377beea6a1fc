import fc from 'fast-check';
import { setBounded } from './bounded-map';

describe('a map held to a size', () => {
  it('lets the entry set longest ago go first when full, and keeps a key set again', () => {
    const map = new Map<string, number>();
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      setBounded(map, k, v, 2);
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
    setBounded(map, 'c', 4, 2);
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 4],
    ]);
  });

  it('never holds more than its bound, and always holds what was set last', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20)), fc.integer({ min: 1, max: 5 }), (keys, max) => {
        const map = new Map<number, number>();
        for (const k of keys) {
          setBounded(map, k, k, max);
          if (map.size > max || map.get(k) !== k) return false;
        }
        return true;
      }),
    );
  });
});
