import { csvCell } from '../http/csv';

describe('csvCell', () => {
  it.each([
    [null, ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', `"'-1"`],
    [42, '42'],
  ])('%p -> %p', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
