import fc from 'fast-check';
import { CanonicalIds, detached } from './detached-text';

describe('text detached from the file it was read from', () => {
  it('keeps every string as it was, cut from a longer one or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(40), (text, cut) => {
        const line = `${'x'.repeat(cut)}${text}rest of the line`;
        const field = line.slice(cut, cut + text.length);
        expect(detached(field)).toBe(text);
        expect(detached(text)).toBe(text);
      }),
    );
  });

  it('gives one string per enterprise id, equal to the id, however many rows name it', () => {
    const ids = new CanonicalIds();
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const line = `7,${id},${id},x`;
    const [, a, b] = line.split(',');
    expect(ids.of(a)).toBe(id);
    expect(Object.is(ids.of(a), ids.of(b))).toBe(true);
    expect(ids.of('another')).toBe('another');
  });
});
