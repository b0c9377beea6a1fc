/**
 * clamd's INSTREAM protocol, as pure framing (see clamd(8)): the command `zINSTREAM\0`, then the bytes as
 * chunks each prefixed by its length as a 4-byte big-endian integer, then a zero length to end; clamd answers
 * one NUL-terminated line, `stream: OK` or `stream: <signature> FOUND`, or `... ERROR` when it could not scan.
 */

/** The `z` form: the command and clamd's reply are NUL-terminated. */
export const INSTREAM_COMMAND = Buffer.from('zINSTREAM\0', 'latin1');
export const PING_COMMAND = Buffer.from('zPING\0', 'latin1');
/** A zero-length chunk: the stream is over, scan it. */
export const END_OF_STREAM = Buffer.alloc(4);

/** Chunks are sent at most this large, well under any StreamMaxLength clamd can be configured with. */
export const MAX_CHUNK_BYTES = 64 * 1024;

/** `data` as length-prefixed chunks of at most MAX_CHUNK_BYTES; nothing for no bytes (a zero length would end). */
export function frameChunk(data: Uint8Array): Buffer[] {
  const frames: Buffer[] = [];
  for (let from = 0; from < data.length; from += MAX_CHUNK_BYTES) {
    const piece = data.subarray(from, Math.min(from + MAX_CHUNK_BYTES, data.length));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(piece.length, 0);
    frames.push(length, Buffer.from(piece.buffer, piece.byteOffset, piece.length));
  }
  return frames;
}

export type ScanReply =
  { verdict: 'clean' } | { verdict: 'infected'; signature: string } | { verdict: 'error'; message: string };

/** clamd's answer to INSTREAM (or the text it sent before closing), read. */
export function parseScanReply(raw: string): ScanReply {
  const line = raw.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(line)) return { verdict: 'clean' };
  const found = /^stream: (.+) FOUND$/.exec(line);
  if (found) return { verdict: 'infected', signature: found[1] };
  return { verdict: 'error', message: line === '' ? 'no answer' : line };
}
