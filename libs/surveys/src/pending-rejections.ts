import type { LocalizedFieldProblem } from '@app/common';

/** A refused row's problems, one per entry of survey_import_rejections. */
export interface RejectedRow {
  line: number;
  problems: LocalizedFieldProblem[];
}

/** The columns of survey_import_rejections an import writes, in the order its statement unnests them. */
export interface RejectionColumns {
  seq: number[];
  line: number[];
  field: string[];
  reason: string[];
}

/** Problems held before they are written in one statement: a chunk's worth of bad rows, each with one. */
export const REJECTIONS_PER_STATEMENT = 10_000;

/**
 * An import's refused rows not written yet, numbered in the order they were read. Held back and written in
 * one statement for many chunks (REJECTIONS_PER_STATEMENT): a statement per chunk was a turn of the
 * connection PostgreSQL spent idle while the API answered it.
 */
export class PendingRejections {
  private seq = 0;
  private columns: RejectionColumns = { seq: [], line: [], field: [], reason: [] };

  /** Problems held: the size of the next statement. */
  get size(): number {
    return this.columns.seq.length;
  }

  /** Whether enough are held to write them now. */
  get due(): boolean {
    return this.size >= REJECTIONS_PER_STATEMENT;
  }

  add(rows: RejectedRow[]): void {
    const { seq, line, field, reason } = this.columns;
    for (const row of rows) {
      for (const p of row.problems) {
        seq.push(++this.seq);
        line.push(row.line);
        field.push(p.field.slice(0, 100));
        // The rejection report is data read by partners' tools, kept in the one language they parse.
        reason.push(p.message.en.slice(0, 500));
      }
    }
  }

  /** What is held, emptied. */
  take(): RejectionColumns {
    const taken = this.columns;
    this.columns = { seq: [], line: [], field: [], reason: [] };
    return taken;
  }
}
