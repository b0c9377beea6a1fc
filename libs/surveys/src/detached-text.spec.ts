import fc from 'fast-check';
import { detached } from './detached-text';

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
});
