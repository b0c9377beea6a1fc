import fc from 'fast-check';
import {
  archiveFileName,
  archiveSegment,
  entrantFolder,
  FolderNames,
  MAX_SEGMENT_LENGTH,
} from './archive-names';

describe('archiveSegment', () => {
  it('keeps ordinary names, Chinese included, as they are', () => {
    expect(archiveSegment('Annual report 年报.pdf', 'file')).toBe('Annual report 年报.pdf');
    expect(archiveSegment('深圳示例客服中心有限公司', 'x')).toBe('深圳示例客服中心有限公司');
  });

  it('never leaves a separator, a dot segment or a hidden name', () => {
    expect(archiveSegment('../../etc/passwd', 'file')).toBe('_.._etc_passwd');
    expect(archiveSegment('..', 'file')).toBe('file');
    expect(archiveSegment('.', 'file')).toBe('file');
    expect(archiveSegment('.htaccess', 'file')).toBe('htaccess');
    expect(archiveSegment('a\\b/c', 'file')).toBe('a_b_c');
    expect(archiveSegment('C:report?.pdf', 'file')).toBe('C_report_.pdf');
  });

  it('drops control and direction-changing characters, and what Windows drops at the end', () => {
    expect(archiveSegment('photo\u202egpj.exe', 'file')).toBe('photogpj.exe');
    expect(archiveSegment('a\u0000b\nc', 'file')).toBe('abc');
    expect(archiveSegment('report. . ', 'file')).toBe('report');
    expect(archiveSegment('  \t ', 'file')).toBe('file');
  });

  it('prefixes names Windows keeps for devices', () => {
    expect(archiveSegment('CON', 'file')).toBe('_CON');
    expect(archiveSegment('nul.txt', 'file')).toBe('_nul.txt');
    expect(archiveSegment('console.txt', 'file')).toBe('console.txt');
  });

  it('cuts long names in the middle, keeping the extension', () => {
    const cut = archiveSegment(`${'a'.repeat(300)}.pdf`, 'file');
    expect([...cut]).toHaveLength(MAX_SEGMENT_LENGTH);
    expect(cut.endsWith('a.pdf')).toBe(true);
  });

  it('is always one safe segment (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const s = archiveSegment(text, 'file');
        return (
          s.length > 0 &&
          [...s].length <= MAX_SEGMENT_LENGTH &&
          // eslint-disable-next-line no-control-regex -- no control character may remain
          !/[/\\:*?"<>|\u0000-\u001f]/.test(s) &&
          !s.startsWith('.') &&
          s !== '..'
        );
      }),
    );
  });
});

describe('entrantFolder', () => {
  it('is the enterprise’s name and the entrant id’s first 8 characters', () => {
    expect(entrantFolder('Example Co., Ltd.', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d')).toBe(
      'Example Co., Ltd-9a8b7c6d',
    );
    expect(entrantFolder('../x', '12345678-aaaa')).toBe('_x-12345678');
    expect(entrantFolder('', '12345678-aaaa')).toBe('entrant-12345678');
    expect([...entrantFolder('名'.repeat(200), '12345678')]).toHaveLength(MAX_SEGMENT_LENGTH);
  });
});

describe('FolderNames', () => {
  it('numbers repeated names before the extension, ignoring case', () => {
    const names = new FolderNames();
    expect(names.take('report.pdf')).toBe('report.pdf');
    expect(names.take('report.pdf')).toBe('report (2).pdf');
    expect(names.take('Report.PDF')).toBe('Report (3).PDF');
    expect(names.take('report (2).pdf')).toBe('report (2) (2).pdf');
    expect(names.take('notes')).toBe('notes');
    expect(names.take('notes')).toBe('notes (2)');
  });
});

describe('archiveFileName', () => {
  it('names the archive after the round', () => {
    expect(archiveFileName('Site visit', 2)).toBe('Site visit-materials.zip');
    expect(archiveFileName('..', 2)).toBe('round-2-materials.zip');
    expect(archiveFileName('../', 2)).toBe('_-materials.zip');
  });
});
