import { FirstResponses, Respondent } from './respondent-keys';

/** One response batch of an import: its id and the rows it stores, known in full once its suspects are checked. */
export interface BatchRow {
  id: string;
  stagedRows: number;
}

/** A suspect set aside: its respondent, its COPY tuple (batch id written), and the batch it belongs to. */
export interface Suspect {
  respondent: Respondent;
  tuple: Buffer;
  batch: BatchRow;
}

/**
 * Suspects checked together once this many wait: a few chunks' worth on a realistic file (1 % of respondents
 * sent again), every chunk of 2,000 rows or more when each of its rows is a suspect (the campaign's filter
 * unknown). Bounds the tuples held back to about two chunks'.
 */
export const SUSPECTS_PER_CHECK = 2_000;
/**
 * Or once this many chunks have been added since the earliest suspect waiting: its row is then stored at most
 * that many chunks after its own batch's rows, and the batch index (BRIN on batch_id) spans at most that many
 * batches where it lands, a span aggregation reads across.
 */
export const CHUNKS_PER_CHECK = 8;

/**
 * The suspects of an import (first responses of their chunk that the filter of stored respondents may have seen)
 * waiting to be checked against the database together, instead of one check and one COPY per chunk: each
 * statement is a turn of the import's connection that PostgreSQL spends idle until the API answers it.
 *
 * Setting them aside keeps first response wins. A suspect's respondent has every bit set in the filter, so a
 * later row of the same respondent is a suspect too, never a fresh row COPYed ahead of it; among the suspects
 * waiting, the earliest of each respondent is the one checked (`take`), the others are its repeats. The check
 * itself runs after every earlier row was sent, as it did per chunk.
 */
export class PendingSuspects {
  private waiting: Suspect[] = [];
  /** Chunks added since the earliest suspect waiting, its own included. */
  private chunks = 0;
  private readonly firsts = new FirstResponses();

  get size(): number {
    return this.waiting.length;
  }

  /** Whether enough wait to check them now (SUSPECTS_PER_CHECK, CHUNKS_PER_CHECK). */
  get due(): boolean {
    return this.waiting.length >= SUSPECTS_PER_CHECK || this.chunks >= CHUNKS_PER_CHECK;
  }

  /** A chunk's suspects, none or some: every chunk is added, so that CHUNKS_PER_CHECK counts them all. */
  add(suspects: readonly Suspect[]): void {
    for (const suspect of suspects) this.waiting.push(suspect);
    if (this.waiting.length > 0) this.chunks++;
  }

  /**
   * Every suspect waiting, in the order they were read, emptied; `first[i]` is 1 for the earliest of its
   * respondent among them, 0 for a repeat of an earlier one.
   */
  take(): { suspects: Suspect[]; first: Uint8Array } {
    const suspects = this.waiting;
    this.waiting = [];
    this.chunks = 0;
    const first = new Uint8Array(suspects.length);
    this.firsts.mark(
      suspects.map((s) => s.respondent),
      first,
    );
    return { suspects, first };
  }
}
