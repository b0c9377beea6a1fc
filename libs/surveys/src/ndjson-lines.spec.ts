import { MAX_RECORD_CHARS } from './csv-records';
import { NdjsonLineReader, NdjsonTooLongError } from './ndjson-lines';

const all = (chunks: string[]) => {
  const reader = new NdjsonLineReader();
  const lines = chunks.flatMap((c) => reader.push(c));
  const last = reader.end();
  return last ? [...lines, last] : lines;
};

describe('NdjsonLineReader', () => {
  it('finds the same lines whatever the chunking, numbering them from 1', () => {
    const text = '{"a":1}\n\n{"b":2}\r\n{"c":3}';
    const expected = [
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '' },
      { line: 3, text: '{"b":2}\r' },
      { line: 4, text: '{"c":3}' },
    ];
    expect(all([text])).toEqual(expected);
    for (let size = 1; size <= text.length; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(all(chunks)).toEqual(expected);
    }
    expect(all(['x\n'])).toEqual([{ line: 1, text: 'x' }]);
  });

  it('refuses a line longer than the CSV record limit as soon as it is, naming the line', () => {
    const reader = new NdjsonLineReader();
    expect(reader.push('{"ok":1}\n')).toHaveLength(1);
    const chunk = 'x'.repeat(64 * 1024);
    let error: unknown;
    let pushed = 0;
    try {
      // Without a newline the reader must give up after MAX_RECORD_CHARS, not wait for the end of the file.
      for (; pushed < 1000; pushed++) reader.push(chunk);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NdjsonTooLongError);
    expect((error as NdjsonTooLongError).line).toBe(2);
    expect(pushed * chunk.length).toBeLessThanOrEqual(MAX_RECORD_CHARS);
  });

  it('refuses a long line that ends within the chunk too', () => {
    const reader = new NdjsonLineReader();
    expect(() => reader.push(`${'y'.repeat(MAX_RECORD_CHARS + 1)}\n`)).toThrow(NdjsonTooLongError);
    expect(new NdjsonLineReader().push(`${'y'.repeat(MAX_RECORD_CHARS)}\n`)).toHaveLength(1);
  });
});
