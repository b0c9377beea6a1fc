import {
  END_OF_STREAM,
  frameChunk,
  INSTREAM_COMMAND,
  MAX_CHUNK_BYTES,
  parseScanReply,
} from './instream-framing';

describe('INSTREAM framing', () => {
  it('sends the z-form command and ends with a zero length', () => {
    expect(INSTREAM_COMMAND.toString('hex')).toBe(Buffer.from('zINSTREAM').toString('hex') + '00');
    expect(END_OF_STREAM.toString('hex')).toBe('00000000');
  });

  it('prefixes each chunk with its length, 4 bytes big-endian', () => {
    expect(Buffer.concat(frameChunk(Buffer.from('abc'))).toString('hex')).toBe('00000003616263');
    const kib = Buffer.alloc(1024, 7);
    const [length, data] = frameChunk(kib);
    expect(length.toString('hex')).toBe('00000400');
    expect(data.equals(kib)).toBe(true);
  });

  it('cuts a large chunk into pieces of at most 64 KiB, in order', () => {
    const big = Buffer.alloc(MAX_CHUNK_BYTES * 2 + 10);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const frames = frameChunk(big);
    expect(frames.length).toBe(6);
    expect(frames.filter((_, i) => i % 2 === 0).map((l) => l.readUInt32BE(0))).toEqual([65536, 65536, 10]);
    expect(Buffer.concat(frames.filter((_, i) => i % 2 === 1)).equals(big)).toBe(true);
  });

  it('sends nothing for no bytes, which would otherwise end the stream', () => {
    expect(frameChunk(new Uint8Array())).toEqual([]);
  });
});

describe("clamd's reply", () => {
  it('reads clean, infected and error answers', () => {
    expect(parseScanReply('stream: OK\0')).toEqual({ verdict: 'clean' });
    expect(parseScanReply('stream: Win.Test.EICAR_HDB-1 FOUND\0')).toEqual({
      verdict: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
    expect(parseScanReply('INSTREAM size limit exceeded. ERROR\0')).toEqual({
      verdict: 'error',
      message: 'INSTREAM size limit exceeded. ERROR',
    });
    expect(parseScanReply('')).toEqual({ verdict: 'error', message: 'no answer' });
    expect(parseScanReply('stream: OK trailing')).toEqual({
      verdict: 'error',
      message: 'stream: OK trailing',
    });
  });
});
