import { sniff } from './sniff';

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa65a2c0000000049454e44ae426082',
  'hex',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126)]);
const ZIP = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(40)]);
const CSV = Buffer.from('名称,得分\nA,1\n');

describe('sniffing an upload', () => {
  it('takes what the bytes are when the slot accepts it, whatever the name says', async () => {
    expect(await sniff(PDF, ['application/pdf'], 'report.pdf')).toEqual({
      accepted: true,
      mediaType: 'application/pdf',
      text: false,
    });
    expect(await sniff(PNG, ['application/pdf', 'image/*'], 'report.pdf')).toEqual({
      accepted: true,
      mediaType: 'image/png',
      text: false,
    });
  });

  it('refuses bytes of another type under an accepted name, saying what they are', async () => {
    expect(await sniff(PNG, ['application/pdf'], 'report.pdf')).toEqual({
      accepted: false,
      found: { mime: 'image/png', ext: 'png' },
    });
    expect(await sniff(EXE, ['image/*'], 'photo.jpg')).toEqual({
      accepted: false,
      found: { mime: 'application/x-msdownload', ext: 'exe' },
    });
    expect(await sniff(ZIP, ['image/*', 'application/pdf'], 'photo.png')).toEqual({
      accepted: false,
      found: { mime: 'application/zip', ext: 'zip' },
    });
  });

  it('takes UTF-8 without a magic number as text only where text is accepted', async () => {
    expect(await sniff(CSV, ['text/csv'], 'scores.csv')).toEqual({
      accepted: true,
      mediaType: 'text/csv',
      text: true,
    });
    expect(await sniff(CSV, ['application/pdf'], 'scores.csv')).toEqual({ accepted: false, found: null });
    expect(await sniff(Buffer.from([0x00, 0x13, 0x37, 0x00]), ['text/plain'], 'x.txt')).toEqual({
      accepted: false,
      found: null,
    });
  });

  it('takes HTML and SVG, which have no magic number, only as text, never as what they would run as', async () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    expect(await sniff(html, ['image/*', 'application/pdf'], 'x.html')).toEqual({
      accepted: false,
      found: null,
    });
    expect(await sniff(html, ['text/plain'], 'x.html')).toEqual({
      accepted: true,
      mediaType: 'text/plain',
      text: true,
    });
  });
});
