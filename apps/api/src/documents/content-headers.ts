import { opensInline, StoredDocument } from '@app/documents';

/**
 * `Content-Disposition` per RFC 6266: `inline` for what opens in a browser (PDF, raster images), else
 * `attachment`, with the name twice: `filename` as an ASCII stand-in for old clients (anything else, quotes
 * and backslashes become `_`) and `filename*` in UTF-8 per RFC 5987 / 8187, which every current browser reads.
 */
export function contentDisposition(fileName: string, inline: boolean): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The headers a document is served with. The type is the sniffed one (text with its charset), and the browser
 * is told not to guess another (`nosniff`); the content runs in a sandbox with no script and no origin
 * (`Content-Security-Policy: sandbox`), so even an HTML file taken as text cannot act as the platform's page;
 * nothing is cached, by the browser or anything between, since the link is a credential for one reader.
 */
export function contentHeaders(document: Pick<StoredDocument, 'fileName' | 'mediaType' | 'sizeBytes'>) {
  return {
    'content-type': document.mediaType.startsWith('text/')
      ? `${document.mediaType}; charset=utf-8`
      : document.mediaType,
    'content-length': String(document.sizeBytes),
    'content-disposition': contentDisposition(document.fileName, opensInline(document.mediaType)),
    'x-content-type-options': 'nosniff',
    'content-security-policy': 'sandbox',
    'cache-control': 'private, no-store',
  };
}
