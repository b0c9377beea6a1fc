import { Readable } from 'node:stream';

/** A stream's first bytes in hand, and the whole stream (those bytes again, then the rest) still to read. */
export interface SplitStream {
  head: Buffer;
  /** The whole stream, to be read once; the head is not read from the source twice. */
  whole: Readable;
  /** Lets go of the source without reading the rest (the file was refused on its head). */
  discard(): void;
}

/**
 * Reads at least `bytes` from the start of `source` (or all of it, when it is shorter) and gives them back with
 * a stream of the whole, without ever holding more than the head and one chunk. One async iterator reads the
 * source throughout, so nothing is read twice or lost between the two reads.
 */
export async function splitHead(source: Readable, bytes: number): Promise<SplitStream> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  let released = ended;
  const release = () => {
    if (released) return;
    released = true;
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  };

  async function* whole(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      while (!released) {
        const next = await iterator.next();
        if (next.done) {
          released = true;
          return;
        }
        yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length);
      }
    } finally {
      release();
    }
  }

  const stream = Readable.from(whole(), { objectMode: false });
  return {
    head,
    whole: stream,
    discard: () => {
      release();
      stream.destroy();
    },
  };
}
