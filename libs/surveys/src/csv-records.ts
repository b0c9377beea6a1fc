import type { Localized } from '@app/common';

export type CsvRecord = { line: number; fields: string[] } | { line: number; error: Localized };

/** A record longer than this is refused rather than buffered without bound. */
export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Splits CSV text, pushed in chunks of any size, into records (RFC 4180: quoted fields may hold commas,
 * doubled quotes and newlines; CRLF or LF line ends). Only the unfinished tail of a chunk is kept, so memory
 * stays constant whatever the file size. `line` is the physical line on which a record starts.
 */
export class CsvRecordReader {
  private carry = '';
  private nextLine = 1;

  push(text: string): CsvRecord[] {
    this.carry += text;
    const out: CsvRecord[] = [];
    let pos = 0;
    const buffer = this.carry;
    // The next quote is looked up once and remembered: searching again on every line would rescan the
    // whole rest of the chunk each time, quadratic in the chunk size for quote-free files.
    let quote = -2;
    while (pos < buffer.length) {
      const newline = buffer.indexOf('\n', pos);
      if (quote !== -1 && quote < pos) quote = buffer.indexOf('"', pos);
      if (newline >= 0 && (quote < 0 || quote > newline)) {
        // Fast path: a whole line without quotes.
        const end = newline > pos && buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        if (end > pos) out.push({ line: this.nextLine, fields: buffer.slice(pos, end).split(',') });
        this.nextLine++;
        pos = newline + 1;
        continue;
      }
      if (newline < 0 && quote < 0) break; // an unfinished unquoted line: wait for more
      const parsed = parseQuotedRecord(buffer, pos, false);
      if (!parsed) break; // the record continues in the next chunk
      out.push({ line: this.nextLine, fields: parsed.fields });
      this.nextLine += parsed.lines;
      pos = parsed.next;
    }
    this.carry = buffer.slice(pos);
    if (this.carry.length > MAX_RECORD_CHARS) {
      const line = this.nextLine;
      this.carry = '';
      throw new CsvTooLongError(line);
    }
    return out;
  }

  /** The last record when the file does not end with a newline; an error for an unterminated quote. */
  end(): CsvRecord[] {
    const rest = this.carry;
    this.carry = '';
    if (rest.length === 0 || rest === '\r') return [];
    const parsed = parseQuotedRecord(rest, 0, true);
    if (!parsed)
      return [
        {
          line: this.nextLine,
          error: { en: 'malformed row: unterminated quoted field', zh: '行格式错误：引号字段未闭合' },
        },
      ];
    return [{ line: this.nextLine, fields: parsed.fields }];
  }
}

export class CsvTooLongError extends Error {
  constructor(readonly line: number) {
    super(`The record starting on line ${line} is longer than ${MAX_RECORD_CHARS} characters`);
  }
}

/** Parses one record from `start`; null when the text ends before the record does (unless atEnd). */
function parseQuotedRecord(text: string, start: number, atEnd: boolean) {
  const fields: string[] = [];
  let field = '';
  let i = start;
  let lines = 1;
  let inQuotes = false;
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (i + 1 >= text.length && !atEnd) return null; // cannot tell "" from " yet
        inQuotes = false;
      } else {
        if (c === '\n') lines++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"') inQuotes = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
      return { fields, next: i + 1, lines };
    } else field += c;
    i++;
  }
  if (!atEnd || inQuotes) return null;
  fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
  return { fields, next: i, lines };
}
