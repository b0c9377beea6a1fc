import { fileTypeFromBuffer } from 'file-type/core';
import { accepts, textTypeFor } from './media-types';
import { Utf8TextCheck } from './utf8-text';

/** Bytes file-type needs to recognise every format it knows. */
export const SNIFF_BYTES = 4100;

export type SniffOutcome =
  | { accepted: true; mediaType: string; text: boolean }
  | { accepted: false; found: { mime: string; ext: string } | null };

/**
 * What an upload is, from its first bytes, and whether the slot takes it. A format with a magic number is
 * what file-type says it is, whatever the name; bytes with none are taken only as text, only where the slot
 * accepts text, and only while they read as UTF-8 without NUL (`text: true`: the rest of the file is checked
 * as it streams, so binary data after a textual head is refused too).
 */
export async function sniff(
  head: Buffer,
  accept: readonly string[],
  fileName: string,
): Promise<SniffOutcome> {
  const found = await fileTypeFromBuffer(head);
  if (found) {
    return accepts(accept, found.mime)
      ? { accepted: true, mediaType: found.mime, text: false }
      : { accepted: false, found: { mime: found.mime, ext: found.ext } };
  }
  const textType = textTypeFor(accept, fileName);
  // The head may end in the middle of a character; the streamed check judges the end.
  if (textType && new Utf8TextCheck().push(head)) return { accepted: true, mediaType: textType, text: true };
  return { accepted: false, found: null };
}
