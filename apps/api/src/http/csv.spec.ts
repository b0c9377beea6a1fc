import { csvCell, csvLine } from './csv';

describe('csvCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [true, 'true'],
  ])('quotes as RFC 4180 says: %p -> %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    [42, '42'],
    [-12.5, '-12.5'],
    [-1, '-1'],
    [0, '0'],
    [-0.000001, '-0.000001'],
    [-1e21, '-1e+21'],
    ['-12.5', '-12.5'],
    ['-1', '-1'],
    ['12.50', '12.50'],
    ['-0', '-0'],
  ])('leaves a number as it is, typed or written as a plain decimal: %p -> %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['-1+2', `"'-1+2"`],
    ['-x', `"'-x"`],
    ['-', `"'-"`],
    ['-1.', `"'-1."`],
    ['- 1', `"'- 1"`],
    ['-1e5', `"'-1e5"`],
    ['+1', `"'+1"`],
    ['+x', `"'+x"`],
    ['@x', `"'@x"`],
    ['\tx', `"'\tx"`],
    ['\r=x', `"'\r=x"`],
    [-Infinity, `"'-Infinity"`],
  ])('defuses any other cell a spreadsheet could run as a formula: %p -> %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('csvLine', () => {
  it('joins cells with commas and ends with CRLF, negative figures kept as numbers', () => {
    expect(csvLine(['A', -12.5, '-3', '=1+1', null])).toBe(`A,-12.5,-3,"'=1+1",\r\n`);
  });
});
