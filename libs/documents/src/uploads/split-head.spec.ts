import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { splitHead } from './split-head';

const chunked = (...parts: string[]) =>
  Readable.from(
    parts.map((p) => Buffer.from(p)),
    { objectMode: false },
  );

describe('splitHead', () => {
  it('gives the first bytes and then the whole stream, each byte once', async () => {
    const split = await splitHead(chunked('abc', 'def', 'ghi', 'jkl'), 5);
    expect(split.head.toString()).toBe('abcdef');
    expect((await buffer(split.whole)).toString()).toBe('abcdefghijkl');
  });

  it('takes all of a stream shorter than the head', async () => {
    const split = await splitHead(chunked('ab', 'c'), 4100);
    expect(split.head.toString()).toBe('abc');
    expect((await buffer(split.whole)).toString()).toBe('abc');
    const empty = await splitHead(chunked(), 4100);
    expect(empty.head.length).toBe(0);
    expect((await buffer(empty.whole)).length).toBe(0);
  });

  it('passes on an error of the source after the head', async () => {
    const source = new PassThrough();
    source.write('head-bytes');
    const split = await splitHead(source, 4);
    const reading = buffer(split.whole);
    source.destroy(new Error('client gone'));
    await expect(reading).rejects.toThrow('client gone');
  });

  it('lets go of the source when the rest is not wanted', async () => {
    const source = new PassThrough();
    source.write('0123456789');
    const split = await splitHead(source, 4);
    split.discard();
    await new Promise((r) => setImmediate(r));
    expect(source.destroyed).toBe(true);
  });
});
