import { contentDisposition, contentHeaders } from './content-headers';

describe('Content-Disposition', () => {
  it('opens PDFs and images inline and offers the rest as a download, naming the file', () => {
    expect(contentDisposition('report.pdf', true)).toBe(
      `inline; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
    expect(contentDisposition('data.zip', false)).toBe(
      `attachment; filename="data.zip"; filename*=UTF-8''data.zip`,
    );
  });

  it('writes a Chinese name in UTF-8 (RFC 5987) with an ASCII stand-in', () => {
    expect(contentDisposition('客户报告 2027.pdf', true)).toBe(
      `inline; filename="____ 2027.pdf"; filename*=UTF-8''%E5%AE%A2%E6%88%B7%E6%8A%A5%E5%91%8A%202027.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes, semicolons or percent signs', () => {
    expect(contentDisposition(`a"b\\c;d%41'(e)*.txt`, false)).toBe(
      `attachment; filename="a_b_c;d_41'(e)*.txt"; filename*=UTF-8''a%22b%5Cc%3Bd%2541%27%28e%29%2A.txt`,
    );
  });
});

describe('the headers of a served document', () => {
  it('say what the bytes are, forbid guessing and scripts, and forbid caching', () => {
    expect(contentHeaders({ fileName: 'scan.png', mediaType: 'image/png', sizeBytes: 1234 })).toEqual({
      'content-type': 'image/png',
      'content-length': '1234',
      'content-disposition': `inline; filename="scan.png"; filename*=UTF-8''scan.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
      'cache-control': 'private, no-store',
    });
  });

  it('serve text with its charset, as a download', () => {
    const headers = contentHeaders({ fileName: 'scores.csv', mediaType: 'text/csv', sizeBytes: 10 });
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['content-disposition'].startsWith('attachment;')).toBe(true);
  });
});
