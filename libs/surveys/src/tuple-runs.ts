import { BATCH_ID_BYTES } from './response-tuples';

/** Where one row's COPY tuple lies in its chunk's buffer: [start, end). */
export interface TupleSpan {
  start: number;
  end: number;
}

/**
 * Writes the batch id into the placeholder that ends each kept tuple. Two 32-bit halves instead of a BigInt per
 * row: batch ids come from a sequence and stay far below 2^53.
 */
export function writeBatchId(
  buffer: Buffer,
  spans: readonly TupleSpan[],
  kept: Uint8Array,
  batchId: number,
): void {
  const high = Math.floor(batchId / 0x1_0000_0000);
  const low = batchId >>> 0;
  for (let i = 0; i < spans.length; i++) {
    if (kept[i] === 0) continue;
    const at = spans[i].end - BATCH_ID_BYTES;
    buffer.writeUInt32BE(high, at);
    buffer.writeUInt32BE(low, at + 4);
  }
}

/**
 * Moves the kept tuples to the front of `buffer`, in their order and back to back, so one COPY sends them as one
 * slice of the chunk's own memory. Neighbouring kept tuples move as one run; a chunk that keeps everything moves
 * nothing. Returns the bytes the kept tuples now take from offset 0. The buffer's other bytes are left behind.
 */
export function compactKeptTuples(buffer: Buffer, spans: readonly TupleSpan[], kept: Uint8Array): number {
  let to = 0;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart < 0) return;
    // Buffer.copy moves overlapping ranges correctly (memmove); `to` never passes runStart.
    if (runStart !== to) buffer.copy(buffer, to, runStart, runEnd);
    to += runEnd - runStart;
  };
  for (let i = 0; i < spans.length; i++) {
    if (kept[i] === 0) continue;
    const { start, end } = spans[i];
    if (start === runEnd) runEnd = end;
    else {
      flush();
      runStart = start;
      runEnd = end;
    }
  }
  flush();
  return to;
}
