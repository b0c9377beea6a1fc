/** The longest file name kept, in characters; longer names keep their extension and lose the middle. */
export const MAX_FILE_NAME_LENGTH = 200;

// C0 and C1 controls, and the bidirectional overrides and isolates that make `gpj.exe` read as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The uploader's file name as it is kept and offered back on download: the last path segment only (a browser
 * on Windows may send `C:\fakepath\report.pdf`), without control or direction-changing characters, in
 * Unicode NFC, trimmed, and cut to MAX_FILE_NAME_LENGTH characters. Never empty: `file` stands in.
 */
export function cleanFileName(declared: string | undefined | null): string {
  const lastSegment = (declared ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE, '').trim();
  const name = cleaned === '.' || cleaned === '..' ? '' : cleaned;
  if (name === '') return 'file';
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? [...name.slice(dot)] : [];
  return chars.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join('') + extension.join('');
}
