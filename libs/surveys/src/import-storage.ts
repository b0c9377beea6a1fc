import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { LocalizedFieldProblem } from '@app/common';
import type { Transactions } from '@app/database';
import {
  BINARY_COPY_HEADER,
  BINARY_COPY_TRAILER,
  BINARY_RESPONSE_COLUMNS,
  BinaryTupleWriter,
  withBatchId,
} from './response-tuples';

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

const UNIQUE_VIOLATION = '23505';
const respondentOf = (row: StagedRow) => `${row.enterpriseId}\u0000${row.respondentKey}`;

const COPY_RESPONSES = `COPY survey_responses (${BINARY_RESPONSE_COLUMNS.join(', ')}) FROM STDIN (FORMAT binary)`;

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
 * advisory lock held until commit), so deduplication is exact without a staging table: each chunk drops
 * repeats of a respondent key within itself and is COPYed straight into survey_responses as one response
 * batch; if the respondent key refuses a row (stored by an earlier import, or an earlier chunk of this one),
 * the chunk goes back to its savepoint and only the keys not yet stored are copied. First response wins.
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

  private constructor(
    private readonly client: PoolClient,
    private readonly campaignId: string,
    private readonly importId: string,
  ) {}

  /** Opens on the ambient transaction: the import's rows commit or roll back with it. */
  static async open(
    transactions: Transactions,
    campaignId: string,
    importId: string,
  ): Promise<ImportStorage> {
    const runner = transactions.manager.queryRunner;
    const connection: unknown = await runner?.connect();
    if (!runner?.isTransactionActive || !isPoolClient(connection))
      throw new Error('An import is stored inside a transaction on a PostgreSQL connection');
    await connection.query(`SELECT pg_advisory_xact_lock(hashtextextended('survey-import:' || $1, 0))`, [
      campaignId,
    ]);
    return new ImportStorage(connection, campaignId, importId);
  }

  async write(chunk: StagedChunk): Promise<void> {
    if (chunk.accepted.length > 0) await this.writeResponses(chunk.accepted, chunk.tuples);
    if (chunk.rejected.length > 0) await this.writeRejections(chunk.rejected);
  }

  private async writeResponses(rows: StagedRow[], tuples: BinaryTupleWriter): Promise<void> {
    const firstSeen = new Map<string, StagedRow>();
    for (const row of rows) {
      const key = respondentOf(row);
      if (!firstSeen.has(key)) firstSeen.set(key, row);
    }
    let fresh = [...firstSeen.values()];
    const { rows: idRows } = await this.client.query<{ id: string }>(
      `SELECT nextval('response_batches_id_seq')::text AS id`,
    );
    const batchId = idRows[0].id;
    // Most chunks repeat nothing already stored: COPY them straight away. Only when the respondent key
    // refuses a row is the chunk rolled back to the savepoint and the stored keys looked up.
    await this.client.query('SAVEPOINT chunk');
    try {
      await this.copy(fresh, tuples, batchId, fresh.length === rows.length);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await this.client.query('ROLLBACK TO SAVEPOINT chunk');
      const stored = await this.storedRespondents(fresh);
      fresh = fresh.filter((r) => !stored.has(respondentOf(r)));
      await this.copy(fresh, tuples, batchId, false);
    }
    await this.client.query('RELEASE SAVEPOINT chunk');
    await this.client.query(
      `INSERT INTO response_batches (id, campaign_id, import_id, staged_rows) VALUES ($1, $2, $3, $4)`,
      [batchId, this.campaignId, this.importId, fresh.length],
    );
    const written = new Set(fresh);
    for (const row of rows) {
      if (written.has(row)) continue;
      const id = row.enterpriseId;
      this.duplicates.set(id, (this.duplicates.get(id) ?? 0) + 1);
    }
    this.staged += rows.length;
    this.inserted += fresh.length;
    this.batches++;
  }

  /** One COPY of the rows' tuples; `all` when they are the whole buffer, in order (the common case). */
  private async copy(
    rows: StagedRow[],
    tuples: BinaryTupleWriter,
    batchId: string,
    all: boolean,
  ): Promise<void> {
    if (rows.length === 0) return;
    const id = BigInt(batchId);
    for (const r of rows) withBatchId(tuples.bytes(r.start, r.end), id);
    const body = all ? [tuples.bytes()] : rows.map((r) => tuples.bytes(r.start, r.end));
    const copy = this.client.query(copyFrom(COPY_RESPONSES));
    await pipeline(Readable.from([BINARY_COPY_HEADER, ...body, BINARY_COPY_TRAILER]), copy);
  }

  /** Which of these respondents the campaign has stored already (earlier imports or chunks). */
  private async storedRespondents(rows: StagedChunk['accepted']): Promise<Set<string>> {
    const { rows: stored } = await this.client.query<{ enterprise_id: string; respondent_key: string }>(
      `SELECT s.enterprise_id, s.respondent_key
       FROM unnest($2::uuid[], $3::varchar[]) AS k (enterprise_id, respondent_key)
       JOIN survey_responses s
         ON s.campaign_id = $1 AND s.enterprise_id = k.enterprise_id AND s.respondent_key = k.respondent_key`,
      [this.campaignId, rows.map((r) => r.enterpriseId), rows.map((r) => r.respondentKey)],
    );
    return new Set(stored.map((r) => `${r.enterprise_id}\u0000${r.respondent_key}`));
  }

  private async writeRejections(rows: StagedChunk['rejected']): Promise<void> {
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
