import fc from 'fast-check';
import { CsvRecord, CsvRecordReader } from './csv-records';

function readAll(chunks: string[]): CsvRecord[] {
  const reader = new CsvRecordReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

describe('CSV record reader', () => {
  it('reads plain and quoted fields with line numbers', () => {
    const text = 'a,b,c\r\n1,"x, y",3\n\n2,"say ""hi""","multi\nline"\n4,5,6';
    expect(readAll([text])).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', '3'] },
      { line: 4, fields: ['2', 'say "hi"', 'multi\nline'] },
      { line: 6, fields: ['4', '5', '6'] },
    ]);
  });

  it('reports an unterminated quote at the end', () => {
    expect(readAll(['a,b\n1,"open\n'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      {
        line: 2,
        error: { en: 'malformed row: unterminated quoted field', zh: '行格式错误：引号字段未闭合' },
      },
    ]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
      fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(400), { maxLength: 8 }),
        (rows, cuts) => {
          const text = rows.join('\n') + '\n';
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
          expect(readAll(chunks)).toEqual(readAll([text]));
        },
      ),
    );
  });
});
