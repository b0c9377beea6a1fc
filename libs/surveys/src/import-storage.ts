import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { LocalizedFieldProblem } from '@app/common';
import type { Transactions } from '@app/database';
import { BatchWatermark, KnownRespondents } from './known-respondents';
import { markFirstResponses, RespondentHashes, slotsFor, StoredRespondentFilter } from './respondent-keys';
import {
  BINARY_COPY_HEADER,
  BINARY_COPY_TRAILER,
  BINARY_RESPONSE_COLUMNS,
  BinaryTupleWriter,
} from './response-tuples';
import { compactKeptTuples, writeBatchId } from './tuple-runs';

/** An accepted row as a chunk keeps it: where its COPY tuple is, and what deduplication needs. */
export interface StagedRow {
  enterpriseId: string;
  respondentKey: string;
  /** [start, end) of its tuple in the chunk's `tuples`. */
  start: number;
  end: number;
}

export interface StagedChunk {
  /** The binary COPY tuples of the accepted rows, one after another. */
  tuples: BinaryTupleWriter;
  accepted: StagedRow[];
  rejected: { line: number; problems: LocalizedFieldProblem[] }[];
}

export interface WrittenCounts {
  staged: number;
  inserted: number;
  rejectedRows: number;
  /** Per enterprise: rows turned away as duplicates. */
  duplicatesByEnterprise: Map<string, number>;
  batches: number;
}

const COPY_RESPONSES = `COPY survey_responses (${BINARY_RESPONSE_COLUMNS.join(', ')}) FROM STDIN (FORMAT binary)`;

/**
 * Batch ids are taken from the sequence this many at a time: a chunk's write is then its batch row and its
 * COPY sent back to back, without a round trip for its id first. An import leaves at most this many minus one
 * ids unused, as a rolled-back one leaves all of its own; ids only order batches and name them.
 */
const BATCH_ID_BLOCK = 16;
const NEXT_BATCH_IDS = {
  name: 'survey-import-next-batch-ids',
  text: `SELECT nextval('response_batches_id_seq')::text AS id FROM generate_series(1, $1::int)`,
};

/**
 * Which of these respondents the campaign holds already: one probe of the primary key (campaign_id,
 * enterprise_id, respondent_key) per row, answering the positions (1-based) of those found. Prepared once per
 * connection; the keys compare in the column's "C" collation, so the index serves every probe.
 */
const STORED_RESPONDENTS = {
  name: 'survey-import-stored-respondents',
  text: `SELECT k.i::int AS i
         FROM unnest($2::uuid[], $3::varchar[]) WITH ORDINALITY AS k (e, r, i)
         CROSS JOIN LATERAL (
           SELECT 1 FROM survey_responses s
           WHERE s.campaign_id = $1 AND s.enterprise_id = k.e AND s.respondent_key = k.r
           LIMIT 1
         ) hit`,
};

function isPoolClient(connection: unknown): connection is PoolClient {
  return (
    typeof connection === 'object' &&
    connection !== null &&
    'query' in connection &&
    typeof connection.query === 'function'
  );
}

/**
 * Stores one import inside the ambient transaction, on its connection. Imports of the same campaign take turns (an
 * advisory lock held until commit), so deduplication is exact without a staging table or a retry: each chunk
 * drops repeats of a respondent within itself, asks the database which of the rest are stored already (earlier
 * imports, or earlier chunks of this one), and COPYs only the fresh rows into survey_responses as one response
 * batch. First response wins. When the campaign held no response as the import began, only this import's own
 * chunks can hold a respondent: a Bloom filter of them answers "no" for almost every row and the database is
 * asked only about the rest. The filter is kept after commit (KnownRespondents) for this process's next import
 * into the campaign, if nobody else stores anything there in between. A unique violation during COPY therefore means a bug, and fails the import whole.
 * Nothing is visible to anyone until the transaction commits; a crash or an abort rolls the whole import back,
 * so the client may resend. COPY needs the driver's own client, which TypeORM's manager does not offer.
 */
export class ImportStorage {
  private staged = 0;
  private inserted = 0;
  private rejectedRows = 0;
  private rejectionSeq = 0;
  private batches = 0;
  private readonly duplicates = new Map<string, number>();
  private readonly hashes = new RespondentHashes();
  /** The campaign's stored respondents; null when unknown, and every chunk asks the database. */
  private readonly ownRespondents: StoredRespondentFilter | null;
  private lastBatchId: string | null;
  /** Ids taken from the sequence and not used yet, the smallest last. */
  private batchIds: string[] = [];
  /** Scratch space kept from chunk to chunk: only the synchronous part of a chunk's check uses it. */
  private slots = new Int32Array(0);
  /** Settles when the last chunk given to `write` has handed all its statements to the driver. */
  private handedOver: Promise<void> = Promise.resolve();

  private constructor(
    private readonly transactions: Transactions,
    private readonly client: PoolClient,
    private readonly campaignId: string,
    private readonly importId: string,
    private readonly before: BatchWatermark,
    private readonly known: KnownRespondents | undefined,
  ) {
    this.ownRespondents =
      before.batches === 0 ? new StoredRespondentFilter() : (known?.take(campaignId, before) ?? null);
    this.lastBatchId = before.lastBatchId;
  }

  /** Opens on the ambient transaction: the import's rows commit or roll back with it. */
  static async open(
    transactions: Transactions,
    campaignId: string,
    importId: string,
    known?: KnownRespondents,
  ): Promise<ImportStorage> {
    const runner = transactions.manager.queryRunner;
    const connection: unknown = await runner?.connect();
    if (!runner?.isTransactionActive || !isPoolClient(connection))
      throw new Error('An import is stored inside a transaction on a PostgreSQL connection');
    await connection.query(`SELECT pg_advisory_xact_lock(hashtextextended('survey-import:' || $1, 0))`, [
      campaignId,
    ]);
    // A statement of its own after the lock: at read committed it sees every import committed before ours.
    // Every stored response belongs to a batch, so a campaign without batches holds no response.
    const { rows } = await connection.query<BatchWatermark>(
      `SELECT max(id)::text AS "lastBatchId", count(*)::int AS batches FROM response_batches WHERE campaign_id = $1`,
      [campaignId],
    );
    return new ImportStorage(transactions, connection, campaignId, importId, rows[0], known);
  }

  /**
   * Writes one chunk. Chunks may be handed over before the previous one is written: each hands its statements
   * to the driver only once the previous chunk has handed over all of its own, and the driver runs them on the
   * connection in that order, so PostgreSQL finds the next chunk's statements waiting when it finishes a COPY
   * instead of idling until the API comes round. A chunk's check of stored respondents thus runs after the
   * previous chunk's COPY and sees its rows: first response wins, as when one chunk was written at a time.
   */
  write(chunk: StagedChunk): Promise<void> {
    const previous = this.handedOver;
    let handOver!: () => void;
    this.handedOver = new Promise<void>((resolve) => (handOver = resolve));
    return this.writeAfter(previous, chunk, handOver);
  }

  private async writeAfter(previous: Promise<void>, chunk: StagedChunk, handOver: () => void): Promise<void> {
    const sent: Promise<unknown>[] = [];
    let stored: (() => void) | undefined;
    let failure: { error: unknown } | undefined;
    try {
      await previous;
      if (chunk.accepted.length > 0) stored = await this.sendResponses(chunk.accepted, chunk.tuples, sent);
      if (chunk.rejected.length > 0) sent.push(this.sendRejections(chunk.rejected));
    } catch (error) {
      failure = { error };
    } finally {
      // Also on failure: the next chunk then finds the transaction aborted and fails in turn.
      handOver();
    }
    // Every statement settled before anything is thrown, so none of this chunk's is still running when it is.
    const results = await Promise.allSettled(sent);
    if (failure) throw failure.error;
    for (const result of results) if (result.status === 'rejected') throw result.reason;
    stored?.();
  }

  /**
   * Finds the chunk's fresh rows and hands their batch row and COPY to the driver (into `sent`); answers what to
   * count once they are stored.
   */
  private async sendResponses(
    rows: StagedRow[],
    tuples: BinaryTupleWriter,
    sent: Promise<unknown>[],
  ): Promise<() => void> {
    // Its own: the chunk's marks are read again once it is stored, when the next chunk may have been checked.
    const kept = new Uint8Array(rows.length);
    this.hashes.hash(rows);
    const { first, second } = this.hashes;
    let fresh = markFirstResponses(rows, first, kept, this.scratchSlots(rows.length));
    const own = this.ownRespondents;
    const suspects: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (kept[i] === 1 && (own === null || own.mayHold(first[i], second[i]))) suspects.push(i);
    }
    if (suspects.length > 0) {
      for (const i of await this.storedAmong(rows, suspects)) {
        kept[i] = 0;
        fresh--;
      }
    }
    if (own !== null) for (let i = 0; i < rows.length; i++) if (kept[i] === 1) own.add(first[i], second[i]);

    const batchId = await this.nextBatchId();
    this.lastBatchId = batchId;
    // Sent at once: the driver runs them in turn on the connection, the batch row first.
    sent.push(
      this.client.query(
        `INSERT INTO response_batches (id, campaign_id, import_id, staged_rows) VALUES ($1, $2, $3, $4)`,
        [batchId, this.campaignId, this.importId, fresh],
      ),
    );
    if (fresh > 0) {
      const buffer = tuples.bytes();
      writeBatchId(buffer, rows, kept, Number(batchId));
      const length = fresh === rows.length ? tuples.size : compactKeptTuples(buffer, rows, kept);
      sent.push(this.copy(buffer.subarray(0, length)));
    }
    return () => {
      for (let i = 0; i < rows.length; i++) {
        if (kept[i] === 1) continue;
        const id = rows[i].enterpriseId;
        this.duplicates.set(id, (this.duplicates.get(id) ?? 0) + 1);
      }
      this.staged += rows.length;
      this.inserted += fresh;
      this.batches++;
    };
  }

  private async nextBatchId(): Promise<string> {
    if (this.batchIds.length === 0) {
      const { rows } = await this.client.query<{ id: string }>({
        ...NEXT_BATCH_IDS,
        values: [BATCH_ID_BLOCK],
      });
      // Ascending in the order they are used, as one nextval per chunk gave them.
      this.batchIds = rows.map((r) => r.id).sort((a, b) => Number(b) - Number(a));
    }
    return this.batchIds.pop() as string;
  }

  private scratchSlots(rows: number): Int32Array {
    const slots = slotsFor(rows);
    if (this.slots.length !== slots) this.slots = new Int32Array(slots);
    return this.slots;
  }

  /** One COPY of tuples that lie back to back; a unique violation here is a bug and fails the import. */
  private async copy(body: Buffer): Promise<void> {
    const copy = this.client.query(copyFrom(COPY_RESPONSES));
    await pipeline(Readable.from([BINARY_COPY_HEADER, body, BINARY_COPY_TRAILER]), copy);
  }

  /** Of the rows at `positions`, the positions of those whose respondent the campaign has stored already. */
  private async storedAmong(rows: StagedRow[], positions: number[]): Promise<number[]> {
    const enterprises = new Array<string>(positions.length);
    const keys = new Array<string>(positions.length);
    for (let p = 0; p < positions.length; p++) {
      enterprises[p] = rows[positions[p]].enterpriseId;
      keys[p] = rows[positions[p]].respondentKey;
    }
    const { rows: found } = await this.client.query<{ i: number }>({
      ...STORED_RESPONDENTS,
      values: [this.campaignId, enterprises, keys],
    });
    return found.map((r) => positions[r.i - 1]);
  }

  private async sendRejections(rows: StagedChunk['rejected']): Promise<void> {
    const seq: number[] = [];
    const line: number[] = [];
    const field: string[] = [];
    const reason: string[] = [];
    for (const row of rows) {
      for (const p of row.problems) {
        seq.push(++this.rejectionSeq);
        line.push(row.line);
        field.push(p.field.slice(0, 100));
        // The rejection report is data read by partners' tools, kept in the one language they parse.
        reason.push(p.message.en.slice(0, 500));
      }
    }
    await this.client.query(
      `INSERT INTO survey_import_rejections (import_id, seq, line, field, reason)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[])`,
      [this.importId, seq, line, field, reason],
    );
    this.rejectedRows += rows.length;
  }

  counts(): WrittenCounts {
    return {
      staged: this.staged,
      inserted: this.inserted,
      rejectedRows: this.rejectedRows,
      duplicatesByEnterprise: this.duplicates,
      batches: this.batches,
    };
  }

  /** The closing statement, in the import's transaction: the duplicates turned away, per enterprise. */
  async finish(): Promise<void> {
    const { known, ownRespondents } = this;
    if (known && ownRespondents) {
      const at = { lastBatchId: this.lastBatchId, batches: this.before.batches + this.batches };
      this.transactions.afterCommit(() => known.keep(this.campaignId, ownRespondents, at));
    }
    if (this.duplicates.size === 0) return;
    await this.client.query(
      `INSERT INTO response_duplicate_counts (campaign_id, enterprise_id, duplicates)
       SELECT $1, * FROM unnest($2::uuid[], $3::int[])
       ON CONFLICT (campaign_id, enterprise_id)
       DO UPDATE SET duplicates = response_duplicate_counts.duplicates + EXCLUDED.duplicates`,
      [this.campaignId, [...this.duplicates.keys()], [...this.duplicates.values()]],
    );
  }
}
