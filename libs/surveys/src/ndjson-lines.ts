import { MAX_RECORD_CHARS } from './csv-records';

/**
 * Splits NDJSON text, pushed in chunks of any size, into lines. Each chunk is searched for newlines once, on
 * its own: the unfinished tail is kept as a list of pieces and joined only when its newline arrives, so a
 * long line costs linear time (appending to one growing string and searching it again from the start took
 * 12 s for a single 8 MiB line). A line longer than MAX_RECORD_CHARS, the CSV reader's limit, is refused.
 */
export class NdjsonLineReader {
  private pieces: string[] = [];
  private pendingChars = 0;
  private lastLine = 0;

  /** The complete lines in this chunk, each with its 1-based line number. */
  push(text: string): { line: number; text: string }[] {
    const out: { line: number; text: string }[] = [];
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline >= 0) {
      const piece = text.slice(start, newline);
      const whole = this.pieces.length > 0 ? this.pieces.join('') + piece : piece;
      this.pieces = [];
      this.pendingChars = 0;
      this.lastLine++;
      if (whole.length > MAX_RECORD_CHARS) throw new NdjsonTooLongError(this.lastLine);
      out.push({ line: this.lastLine, text: whole });
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < text.length) {
      this.pieces.push(start === 0 ? text : text.slice(start));
      this.pendingChars += text.length - start;
      if (this.pendingChars > MAX_RECORD_CHARS) throw new NdjsonTooLongError(this.lastLine + 1);
    }
    return out;
  }

  /** The last line, when the text does not end with a newline. */
  end(): { line: number; text: string } | null {
    if (this.pieces.length === 0) return null;
    const text = this.pieces.join('');
    this.pieces = [];
    this.pendingChars = 0;
    return { line: ++this.lastLine, text };
  }
}

export class NdjsonTooLongError extends Error {
  constructor(readonly line: number) {
    super(`The line ${line} is longer than ${MAX_RECORD_CHARS} characters`);
  }
}
