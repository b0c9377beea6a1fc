import fc from 'fast-check';
import { holdsLoneSurrogate, nestsDeeperThan } from './json-depth';

const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not scalars', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({ a: 1 }, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: [1], b: { c: { d: 1 } } }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1], b: { c: { d: {} } } }, 3)).toBe(true);
  });

  it('handles a depth of 100,000 without overflowing', () => {
    expect(nestsDeeperThan(nested(100_000), 32)).toBe(true);
  });

  it('says deeper exactly when the depth exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (depth, max) => nestsDeeperThan(nested(depth), max) === depth > max,
      ),
    );
  });
});

describe('holdsLoneSurrogate', () => {
  it('finds half a pair in a value or a key, at any depth, and passes whole pairs', () => {
    expect(holdsLoneSurrogate(JSON.parse('{"a":["x\\ud800y"]}'))).toBe(true);
    expect(holdsLoneSurrogate(JSON.parse('{"a":{"\\udc00":1}}'))).toBe(true);
    expect(holdsLoneSurrogate(JSON.parse('{"a":"😀 \\ud83d\\ude00","b":[1,null,true]}'))).toBe(false);
  });
});
