import type { Transactions } from '@app/database';
import { BatchWatermark, KnownRespondents } from './known-respondents';
import { FirstResponses, StoredRespondentFilter } from './respondent-keys';
import { ImportConnection, isPoolClient } from './import-connection';
import { PendingRejections, RejectedRow } from './pending-rejections';
import { BatchRow, PendingSuspects, Suspect } from './pending-suspects';
import { BinaryTupleWriter } from './response-tuples';
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
  rejected: RejectedRow[];
}

export interface WrittenCounts {
  staged: number;
  inserted: number;
  rejectedRows: number;
  /** Per enterprise: rows turned away as duplicates. */
  duplicatesByEnterprise: Map<string, number>;
  batches: number;
}

/**
 * Batch ids are taken from the sequence this many at a time: a chunk's COPY, whose rows carry its id, is then
 * sent at once, without a round trip for the id first. An import leaves at most this many minus one
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

/** In `kept`: a chunk's first response set aside as a suspect (PendingSuspects), counted once checked. */
const SET_ASIDE = 2;

/** A chunk once its certainly fresh rows are sent: its suspects to set aside, and what to count once stored. */
interface FreshSent {
  rows: StagedRow[];
  /** 1 for each row sent, SET_ASIDE for its suspects, 0 for repeats within the chunk. */
  kept: Uint8Array;
  batch: BatchRow;
  /** Rows sent. */
  fresh: number;
  /** The first responses the filter may have seen, each with its tuple copied out. */
  suspects: Suspect[];
}

/** What one chunk has handed to the connection (ImportConnection): its fresh rows' COPY, then everything. */
interface HandOver {
  fresh: Promise<void>;
  all: Promise<void>;
}

interface HandOverSignals {
  promised: HandOver;
  fresh: () => void;
  all: () => void;
}

function handOverSignals(): HandOverSignals {
  let fresh!: () => void;
  let all!: () => void;
  const promised = {
    fresh: new Promise<void>((resolve) => (fresh = resolve)),
    all: new Promise<void>((resolve) => (all = resolve)),
  };
  return { promised, fresh, all };
}

/**
 * Stores one import inside the ambient transaction, on its connection. Imports of the same campaign take turns
 * (an advisory lock held until commit), so deduplication is exact without a staging table or a retry: each chunk
 * (one response batch) drops repeats of a respondent within itself, the database is asked which of the rest are
 * stored already (earlier imports, or earlier chunks of this one), and only the fresh rows are COPYed into
 * survey_responses. First response wins. When the campaign held no response as the import began, only this
 * import's own chunks can hold a respondent: a Bloom filter of them answers "no" for almost every row, whose
 * chunk's COPY sends it at once, and the database is asked only about the rest, the suspects, several chunks'
 * worth at a time (PendingSuspects: their rows go in a later COPY). The filter is kept after commit
 * (KnownRespondents) for this process's next import into the campaign, if nobody else stores anything there in
 * between. A unique violation during COPY therefore means a bug, and fails the import whole.
 * Nothing is visible to anyone until the transaction commits; a crash or an abort rolls the whole import back,
 * so the client may resend. COPY needs the driver's own client, which TypeORM's manager does not offer.
 */
export class ImportStorage {
  private staged = 0;
  private inserted = 0;
  private rejectedRows = 0;
  /** Refused rows not written yet (PendingRejections says why they wait). */
  private readonly rejections = new PendingRejections();
  /** The response batches stored so far, written together by `finish`. */
  private readonly batchRows: BatchRow[] = [];
  /** Suspects waiting to be checked together. */
  private readonly pendingSuspects = new PendingSuspects();
  private readonly duplicates = new Map<string, number>();
  private readonly firstResponses = new FirstResponses();
  /** The campaign's stored respondents; null when unknown, and every row is a suspect. */
  private readonly ownRespondents: StoredRespondentFilter | null;
  private lastBatchId: string | null;
  /** Ids taken from the sequence and not used yet, the smallest last. */
  private batchIds: string[] = [];
  /** What the last chunk given to `write` has handed to the connection so far (HandOver). */
  private handedOver: HandOver = { fresh: Promise.resolve(), all: Promise.resolve() };

  private constructor(
    private readonly transactions: Transactions,
    private readonly connection: ImportConnection,
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
    const statements = new ImportConnection(connection);
    return new ImportStorage(transactions, statements, campaignId, importId, rows[0], known);
  }

  /**
   * Writes one chunk. Chunks may be handed over before the previous one is written, and each hands its
   * statements to the connection in two steps, which run there in the order given (ImportConnection):
   * 1. the COPY of its certainly fresh rows (respondents the filter of stored ones has never seen: no earlier row
   *    is theirs, and a later row of theirs is a suspect), as soon as the previous chunk has sent its own;
   * 2. once the previous chunk has handed over everything, its suspects set aside (PendingSuspects), and when
   *    enough wait, their check against the database and, when the answer is back, the COPY of those not
   *    stored. Its batch row waits for `finish`, its refused rows for a statement of their own
   *    (PendingRejections): each statement is a turn of the connection PostgreSQL idles through.
   * PostgreSQL thus finds the next chunk's COPY waiting while a check's answer travels back to the API, instead
   * of idling. A chunk's check runs after every earlier chunk's rows were sent and sees them: first response
   * wins, as when one chunk was written at a time.
   */
  write(chunk: StagedChunk): Promise<void> {
    const previous = this.handedOver;
    const mine = handOverSignals();
    this.handedOver = mine.promised;
    return this.writeAfter(previous, chunk, mine);
  }

  private async writeAfter(previous: HandOver, chunk: StagedChunk, mine: HandOverSignals): Promise<void> {
    const sent: Promise<unknown>[] = [];
    let stored: (() => void) | undefined;
    let failure: { error: unknown } | undefined;
    try {
      await previous.fresh;
      const plan =
        chunk.accepted.length > 0 ? await this.sendFresh(chunk.accepted, chunk.tuples, sent) : null;
      mine.fresh();
      await previous.all;
      if (plan) {
        this.pendingSuspects.add(plan.suspects);
        if (this.pendingSuspects.due) await this.checkSuspects(sent);
        stored = () => this.countChunk(plan);
      }
      if (chunk.rejected.length > 0) {
        this.rejections.add(chunk.rejected);
        this.rejectedRows += chunk.rejected.length;
      }
      if (this.rejections.due) sent.push(this.sendRejections());
    } catch (error) {
      failure = { error };
    } finally {
      // Also on failure: the next chunk then finds the transaction aborted and fails in turn.
      mine.fresh();
      mine.all();
    }
    // Every statement settled before anything is thrown, so none of this chunk's is still running when it is.
    const results = await Promise.allSettled(sent);
    if (failure) throw failure.error;
    for (const result of results) if (result.status === 'rejected') throw result.reason;
    stored?.();
  }

  /**
   * Marks the chunk's first response of each respondent, hands the COPY of those certainly fresh to the
   * connection (into `sent`) and copies the suspects' tuples out for PendingSuspects.
   */
  private async sendFresh(
    rows: StagedRow[],
    tuples: BinaryTupleWriter,
    sent: Promise<unknown>[],
  ): Promise<FreshSent> {
    // Its own: the chunk's marks are read again once it is stored, when the next chunk may have been checked.
    const kept = new Uint8Array(rows.length);
    const firsts = this.firstResponses.mark(rows, kept);
    const { first, second } = this.firstResponses.hashes;
    const own = this.ownRespondents;
    const suspects: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (kept[i] === 0) continue;
      if (own === null || own.mayHold(first[i], second[i])) suspects.push(i);
      // A suspect's bits are all set already: adding it changes nothing, whatever the database answers.
      else own.add(first[i], second[i]);
    }
    const batchId = await this.nextBatchId();
    this.lastBatchId = batchId;
    const buffer = tuples.bytes();
    writeBatchId(buffer, rows, kept, Number(batchId));
    // Copied out before the fresh tuples are moved together over them: a few rows, or every first response when
    // the campaign's filter is unknown (all are suspects then).
    const suspectTuples = Buffer.concat(suspects.map((i) => buffer.subarray(rows[i].start, rows[i].end)));
    for (const i of suspects) kept[i] = 0;
    const fresh = firsts - suspects.length;
    if (fresh > 0) {
      const length = fresh === rows.length ? tuples.size : compactKeptTuples(buffer, rows, kept);
      sent.push(this.connection.copyResponses(buffer.subarray(0, length)));
    }
    const batch = { id: batchId, stagedRows: fresh };
    let at = 0;
    const setAside = suspects.map((i): Suspect => {
      const tuple = suspectTuples.subarray(at, (at += rows[i].end - rows[i].start));
      // Only now: writeBatchId and compactKeptTuples above take any mark but 0 for a row sent.
      kept[i] = SET_ASIDE;
      return { respondent: rows[i], tuple, batch };
    });
    return { rows, kept, batch, fresh, suspects: setAside };
  }

  /**
   * Asks the database which of the suspects set aside are stored, and hands the COPY of the others to the
   * connection (into `sent`): the earliest of each respondent among them, when the campaign does not hold it.
   * Counted as handed over, where a chunk counts once stored: either way a failure fails the whole import, and
   * the counts are read only once every write has succeeded.
   */
  private async checkSuspects(sent: Promise<unknown>[]): Promise<void> {
    const { suspects, first } = this.pendingSuspects.take();
    const asked: number[] = [];
    for (let i = 0; i < suspects.length; i++) if (first[i] === 1) asked.push(i);
    const stored = new Set(await this.storedAmong(suspects, asked));
    const notStored: Buffer[] = [];
    for (let i = 0; i < suspects.length; i++) {
      const { respondent, tuple, batch } = suspects[i];
      if (first[i] === 1 && !stored.has(i)) {
        notStored.push(tuple);
        batch.stagedRows++;
        this.inserted++;
      } else this.countDuplicate(respondent.enterpriseId);
    }
    if (notStored.length > 0) sent.push(this.connection.copyResponses(Buffer.concat(notStored)));
  }

  /** A chunk's rows once stored, but for its suspects, which checkSuspects counts. */
  private countChunk(plan: FreshSent): void {
    const { rows, kept } = plan;
    this.batchRows.push(plan.batch);
    for (let i = 0; i < rows.length; i++) if (kept[i] === 0) this.countDuplicate(rows[i].enterpriseId);
    this.staged += rows.length;
    this.inserted += plan.fresh;
  }

  private countDuplicate(enterpriseId: string): void {
    this.duplicates.set(enterpriseId, (this.duplicates.get(enterpriseId) ?? 0) + 1);
  }

  private async nextBatchId(): Promise<string> {
    if (this.batchIds.length === 0) {
      const rows = await this.connection.query<{ id: string }>({
        ...NEXT_BATCH_IDS,
        values: [BATCH_ID_BLOCK],
      });
      // Ascending in the order they are used, as one nextval per chunk gave them.
      this.batchIds = rows.map((r) => r.id).sort((a, b) => Number(b) - Number(a));
    }
    return this.batchIds.pop() as string;
  }

  /** Of the suspects at `positions`, the positions of those whose respondent the campaign has stored already. */
  private async storedAmong(suspects: readonly Suspect[], positions: number[]): Promise<number[]> {
    const enterprises = new Array<string>(positions.length);
    const keys = new Array<string>(positions.length);
    for (let p = 0; p < positions.length; p++) {
      const { respondent } = suspects[positions[p]];
      enterprises[p] = respondent.enterpriseId;
      keys[p] = respondent.respondentKey;
    }
    const found = await this.connection.query<{ i: number }>({
      ...STORED_RESPONDENTS,
      values: [this.campaignId, enterprises, keys],
    });
    return found.map((r) => positions[r.i - 1]);
  }

  /** Writes the refused rows held so far, in one statement. */
  private async sendRejections(): Promise<void> {
    const { seq, line, field, reason } = this.rejections.take();
    await this.connection.query(
      `INSERT INTO survey_import_rejections (import_id, seq, line, field, reason)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[])`,
      [this.importId, seq, line, field, reason],
    );
  }

  counts(): WrittenCounts {
    return {
      staged: this.staged,
      inserted: this.inserted,
      rejectedRows: this.rejectedRows,
      duplicatesByEnterprise: this.duplicates,
      batches: this.batchRows.length,
    };
  }

  /** Once every chunk is written, before `counts`: checks and stores the suspects still set aside. */
  async settle(): Promise<void> {
    if (this.pendingSuspects.size === 0) return;
    const sent: Promise<unknown>[] = [];
    await this.checkSuspects(sent);
    await Promise.all(sent);
  }

  /**
   * The closing statements, in the import's transaction: the refused rows still held, the import's response
   * batches, and the duplicates turned away, per enterprise. The batches wait until here, each in one statement
   * instead of one per chunk (PendingRejections says why): nothing refers to a batch before the import
   * commits, and the aggregation worker claims only committed ones.
   */
  async finish(): Promise<void> {
    const { known, ownRespondents } = this;
    if (known && ownRespondents) {
      const at = { lastBatchId: this.lastBatchId, batches: this.before.batches + this.batchRows.length };
      this.transactions.afterCommit(() => known.keep(this.campaignId, ownRespondents, at));
    }
    if (this.rejections.size > 0) await this.sendRejections();
    if (this.batchRows.length > 0) {
      await this.connection.query(
        `INSERT INTO response_batches (id, campaign_id, import_id, staged_rows)
         SELECT b.id, $1, $2, b.staged FROM unnest($3::bigint[], $4::int[]) AS b (id, staged)`,
        [
          this.campaignId,
          this.importId,
          this.batchRows.map((b) => b.id),
          this.batchRows.map((b) => b.stagedRows),
        ],
      );
    }
    if (this.duplicates.size === 0) return;
    await this.connection.query(
      `INSERT INTO response_duplicate_counts (campaign_id, enterprise_id, duplicates)
       SELECT $1, * FROM unnest($2::uuid[], $3::int[])
       ON CONFLICT (campaign_id, enterprise_id)
       DO UPDATE SET duplicates = response_duplicate_counts.duplicates + EXCLUDED.duplicates`,
      [this.campaignId, [...this.duplicates.keys()], [...this.duplicates.values()]],
    );
  }
}
