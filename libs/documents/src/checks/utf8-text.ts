import { TextDecoder } from 'node:util';

/**
 * Whether a stream of bytes is plain text: valid UTF-8 throughout and free of NUL, which no text file holds
 * and binary formats are full of. Fed chunk by chunk as an upload passes, so a character split between two
 * chunks is judged whole and the file is never held in memory.
 */
export class Utf8TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private valid = true;

  /** False as soon as the bytes so far cannot be text. */
  push(chunk: Uint8Array): boolean {
    if (!this.valid) return false;
    if (chunk.includes(0)) return (this.valid = false);
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
    return this.valid;
  }

  /** Whether the whole stream was text: an end in the middle of a character is not. */
  end(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
    } catch {
      this.valid = false;
    }
    return this.valid;
  }
}

/** The same check on bytes in hand. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  const check = new Utf8TextCheck();
  return check.push(bytes) && check.end();
}
