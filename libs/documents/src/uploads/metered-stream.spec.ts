import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { MeteredStream, MeterRefusal } from './metered-stream';

const source = (...parts: (string | Buffer)[]) =>
  Readable.from(
    parts.map((p) => Buffer.from(p)),
    { objectMode: false },
  );

describe('MeteredStream', () => {
  it('passes the bytes through, counting and hashing them', async () => {
    const meter = new MeteredStream(100, { text: false, scan: null });
    const out = buffer(source('hello ', 'world').pipe(meter));
    expect((await out).toString()).toBe('hello world');
    expect(meter.bytes).toBe(11);
    expect(meter.digest()).toBe(createHash('sha256').update('hello world').digest('hex'));
  });

  it('takes exactly the limit and refuses the first byte past it', async () => {
    const exact = new MeteredStream(6, { text: false, scan: null });
    await pipeline(source('abc', 'def'), exact, async (s) => buffer(s));
    expect(exact.bytes).toBe(6);
    const over = new MeteredStream(6, { text: false, scan: null });
    await expect(pipeline(source('abc', 'defg', 'more'), over, async (s) => buffer(s))).rejects.toEqual(
      new MeterRefusal('too-large'),
    );
    // It stopped at the chunk that crossed the limit, not after reading everything.
    expect(over.bytes).toBe(7);
  });

  it('refuses bytes taken for text that are not UTF-8, in the middle or cut off at the end', async () => {
    const binary = new MeteredStream(100, { text: true, scan: null });
    await expect(
      pipeline(source('plain,', Buffer.from([0x00, 0x01])), binary, async (s) => buffer(s)),
    ).rejects.toEqual(new MeterRefusal('not-text'));
    const cut = new MeteredStream(100, { text: true, scan: null });
    await expect(
      pipeline(source('ok ', Buffer.from('中').subarray(0, 2)), cut, async (s) => buffer(s)),
    ).rejects.toEqual(new MeterRefusal('not-text'));
  });

  it('hands every chunk to the scanner before passing it on, and fails with the scanner', async () => {
    const seen: string[] = [];
    const meter = new MeteredStream(100, {
      text: false,
      scan: {
        write: (chunk) => {
          seen.push(Buffer.from(chunk).toString());
          return Promise.resolve();
        },
        verdict: () => Promise.resolve({ verdict: 'clean' }),
        abort: () => undefined,
      },
    });
    await pipeline(source('a', 'b', 'c'), meter, async (s) => buffer(s));
    expect(seen).toEqual(['a', 'b', 'c']);
    const failing = new MeteredStream(100, {
      text: false,
      scan: {
        write: () => Promise.reject(new Error('clamd went away')),
        verdict: () => Promise.resolve({ verdict: 'clean' }),
        abort: () => undefined,
      },
    });
    await expect(pipeline(source('a'), failing, async (s) => buffer(s))).rejects.toThrow('clamd went away');
  });
});
