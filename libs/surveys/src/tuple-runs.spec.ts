import fc from 'fast-check';
import { BATCH_ID_BYTES } from './response-tuples';
import { compactKeptTuples, TupleSpan, writeBatchId } from './tuple-runs';

/** Tuples of the given lengths back to back, each filled with its own byte, and their spans. */
function chunkOf(lengths: number[]): { buffer: Buffer; spans: TupleSpan[] } {
  const total = lengths.reduce((a, b) => a + b, 0);
  // Spare room after the tuples, as a growing writer's buffer has.
  const buffer = Buffer.alloc(total + 64, 0xee);
  const spans: TupleSpan[] = [];
  let at = 0;
  lengths.forEach((length, i) => {
    buffer.fill(i % 251, at, at + length);
    spans.push({ start: at, end: at + length });
    at += length;
  });
  return { buffer, spans };
}

const chunks = fc
  .array(fc.record({ length: fc.integer({ min: BATCH_ID_BYTES, max: 40 }), kept: fc.boolean() }), {
    maxLength: 60,
  })
  .map((tuples) => ({ lengths: tuples.map((t) => t.length), kept: Uint8Array.from(tuples, (t) => +t.kept) }));

describe('tuple runs', () => {
  it('leaves exactly the kept tuples, in order, back to back from the start', () => {
    fc.assert(
      fc.property(chunks, ({ lengths, kept }) => {
        const { buffer, spans } = chunkOf(lengths);
        const expected = Buffer.concat(
          spans.filter((_, i) => kept[i] === 1).map((s) => Buffer.from(buffer.subarray(s.start, s.end))),
        );
        const length = compactKeptTuples(buffer, spans, kept);
        expect(length).toBe(expected.length);
        expect(buffer.subarray(0, length).equals(expected)).toBe(true);
      }),
    );
  });

  it('writes the batch id into the last 8 bytes of each kept tuple only', () => {
    fc.assert(
      fc.property(chunks, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), ({ lengths, kept }, id) => {
        const { buffer, spans } = chunkOf(lengths);
        const before = Buffer.from(buffer);
        writeBatchId(buffer, spans, kept, id);
        spans.forEach((s, i) => {
          const idAt = s.end - BATCH_ID_BYTES;
          expect(buffer.subarray(s.start, idAt).equals(before.subarray(s.start, idAt))).toBe(true);
          const written = buffer.readBigInt64BE(idAt);
          expect(written).toBe(kept[i] === 1 ? BigInt(id) : before.readBigInt64BE(idAt));
        });
      }),
    );
  });
});
