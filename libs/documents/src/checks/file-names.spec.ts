import { cleanFileName, MAX_FILE_NAME_LENGTH } from './file-names';

describe('cleanFileName', () => {
  it('keeps an ordinary name, Chinese included', () => {
    expect(cleanFileName('annual report 2027.pdf')).toBe('annual report 2027.pdf');
    expect(cleanFileName('客户服务报告.pdf')).toBe('客户服务报告.pdf');
  });

  it('keeps only the last path segment', () => {
    expect(cleanFileName('C:\\fakepath\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('dir/')).toBe('file');
  });

  it('drops control and direction-changing characters, and folds whitespace', () => {
    expect(cleanFileName('evil\u202Egpj.exe')).toBe('evilgpj.exe');
    expect(cleanFileName('a\r\nb\u0000c.txt')).toBe('a bc.txt');
    expect(cleanFileName('  two   spaces\t.pdf ')).toBe('two spaces .pdf');
  });

  it('composes to NFC', () => {
    expect(cleanFileName('cafe\u0301.pdf')).toBe('caf\u00e9.pdf');
  });

  it('stands in `file` for a name that is empty or only dots', () => {
    for (const name of [undefined, null, '', '   ', '.', '..', '\u202E'])
      expect(cleanFileName(name)).toBe('file');
  });

  it('cuts a long name to the limit, keeping its extension', () => {
    const long = `${'报'.repeat(300)}.pdf`;
    const cleaned = cleanFileName(long);
    expect([...cleaned].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(cleaned.endsWith('报.pdf')).toBe(true);
    expect([...cleanFileName('x'.repeat(500))].length).toBe(MAX_FILE_NAME_LENGTH);
  });
});
