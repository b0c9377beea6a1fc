import fc from 'fast-check';
import { isUtf8Text, Utf8TextCheck } from './utf8-text';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('the UTF-8 text check', () => {
  it('takes ASCII, Chinese, a byte-order mark and an empty file', () => {
    expect(isUtf8Text(Buffer.from('name,score\r\nA,1\n'))).toBe(true);
    expect(isUtf8Text(Buffer.from('客户关怀标杆企业\n'))).toBe(true);
    expect(isUtf8Text(Buffer.from('\uFEFFid,名称\n'))).toBe(true);
    expect(isUtf8Text(new Uint8Array())).toBe(true);
  });

  it('refuses NUL, invalid sequences, overlong forms and surrogates', () => {
    expect(isUtf8Text(Buffer.from('a\u0000b'))).toBe(false);
    expect(isUtf8Text(bytes(0xff, 0xfe, 0x41, 0x00))).toBe(false); // UTF-16 LE with a BOM
    expect(isUtf8Text(bytes(0xc3, 0x28))).toBe(false); // a lead byte without its continuation
    expect(isUtf8Text(bytes(0xc0, 0xaf))).toBe(false); // an overlong '/'
    expect(isUtf8Text(bytes(0xed, 0xa0, 0x80))).toBe(false); // an encoded surrogate
    expect(isUtf8Text(bytes(0x4d, 0x5a, 0x90, 0x00))).toBe(false); // the start of an EXE
  });

  it('judges a character split across chunks whole', () => {
    const zhong = Buffer.from('中'); // e4 b8 ad
    const check = new Utf8TextCheck();
    expect(check.push(zhong.subarray(0, 1))).toBe(true);
    expect(check.push(zhong.subarray(1, 2))).toBe(true);
    expect(check.push(zhong.subarray(2))).toBe(true);
    expect(check.end()).toBe(true);
  });

  it('refuses a stream that ends in the middle of a character', () => {
    const check = new Utf8TextCheck();
    expect(check.push(Buffer.from('ok 中').subarray(0, 4))).toBe(true);
    expect(check.end()).toBe(false);
  });

  it('gives the same verdict however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }).map((s) => Buffer.from(s.split('\u0000').join(''))),
          fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
        ),
        fc.array(fc.nat(), { maxLength: 6 }),
        (data, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
          const check = new Utf8TextCheck();
          let from = 0;
          for (const to of [...points, data.length]) {
            check.push(data.subarray(from, to));
            from = to;
          }
          // Node's own decoder replaces what is not UTF-8, so valid text is exactly what survives a round trip.
          const roundTrips = Buffer.from(data.toString('utf8'), 'utf8').equals(data);
          expect(check.end()).toBe(roundTrips && !data.includes(0));
        },
      ),
    );
  });
});
