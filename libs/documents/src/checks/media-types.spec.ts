import { accepts, isAcceptPattern, opensInline, textTypeFor } from './media-types';

describe('accept lists', () => {
  it('match exact types and whole top-level types, whatever the case', () => {
    expect(accepts(['application/pdf'], 'application/pdf')).toBe(true);
    expect(accepts(['application/pdf'], 'Application/PDF')).toBe(true);
    expect(accepts(['image/*'], 'image/png')).toBe(true);
    expect(accepts(['image/*'], 'image/webp')).toBe(true);
    expect(accepts(['Image/*'], 'image/jpeg')).toBe(true);
    expect(accepts(['application/pdf', 'image/*'], 'application/zip')).toBe(false);
    expect(accepts(['image/*'], 'application/x-msdownload')).toBe(false);
    // `image/*` is not a prefix match on the string: `imagex/...` is another type.
    expect(accepts(['image/*'], 'imagex/png')).toBe(false);
    expect(accepts(['application/pdf'], 'application/pdfx')).toBe(false);
    expect(accepts([], 'application/pdf')).toBe(false);
  });

  it('hold only type/subtype or type/*', () => {
    expect(
      ['application/pdf', 'image/*', 'text/csv', 'application/vnd.ms-excel'].map(isAcceptPattern),
    ).toEqual([true, true, true, true]);
    expect(
      ['*/*', 'pdf', 'image/', '/png', 'image/*/x', 'IMAGE/PNG', 'text/plain; charset=utf-8'].map(
        isAcceptPattern,
      ),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('the text type of bytes with no magic number', () => {
  it('is none unless the slot accepts text', () => {
    expect(textTypeFor(['application/pdf', 'image/*'], 'notes.txt')).toBeNull();
  });

  it('is the one text type the slot accepts, whatever the name', () => {
    expect(textTypeFor(['text/csv'], 'figures.txt')).toBe('text/csv');
    expect(textTypeFor(['application/pdf', 'text/plain'], 'figures.csv')).toBe('text/plain');
  });

  it('follows a .csv name when both are accepted', () => {
    expect(textTypeFor(['text/plain', 'text/csv'], 'figures.CSV')).toBe('text/csv');
    expect(textTypeFor(['text/*'], 'notes.txt')).toBe('text/plain');
    expect(textTypeFor(['text/*'], 'notes')).toBe('text/plain');
  });
});

describe('how a document opens', () => {
  it('inline for PDF and raster images, as a download for the rest', () => {
    for (const t of ['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp']) {
      expect(opensInline(t)).toBe(true);
    }
    for (const t of [
      'image/svg+xml',
      'image/tiff',
      'text/plain',
      'text/csv',
      'application/zip',
      'text/html',
    ]) {
      expect(opensInline(t)).toBe(false);
    }
  });
});
