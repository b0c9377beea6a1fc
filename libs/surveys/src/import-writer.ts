import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, QueryRunner } from 'typeorm';
import { FieldProblem } from '@app/common';
import { copyLine, STAGING_COLUMNS } from './copy-text';
import type { AcceptedResponse } from './response-row';

export interface StagedChunk {
  accepted: { line: number; response: AcceptedResponse }[];
  rejected: { line: number; problems: FieldProblem[] }[];
}

export interface WrittenCounts {
  staged: number;
  inserted: number;
  rejectedRows: number;
  /** Per enterprise: rows turned away as duplicates. */
  duplicatesByEnterprise: Map<string, number>;
  batches: number;
}

const INSERT_COLUMNS = STAGING_COLUMNS.filter((c) => c !== 'line');

/**
 * Writes one import inside one transaction on one connection: each chunk is COPYed into a temporary staging
 * table and moved into survey_responses in one statement (ON CONFLICT DO NOTHING on the respondent key, in
 * line order, so the first response wins), as one response batch. Nothing is visible to anyone until commit;
 * a crash or an abort rolls the whole import back, so the client may resend.
 */
export class ImportWriter {
  private staged = 0;
  private inserted = 0;
  private rejectedRows = 0;
  private rejectionSeq = 0;
  private batches = 0;
  private readonly duplicates = new Map<string, number>();

  private constructor(
    readonly queryRunner: QueryRunner,
    private readonly client: PoolClient,
    private readonly campaignId: string,
    private readonly importId: string,
  ) {}

  static async open(dataSource: DataSource, campaignId: string, importId: string): Promise<ImportWriter> {
    const queryRunner = dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      const client = (queryRunner as unknown as { databaseConnection: PoolClient }).databaseConnection;
      await client.query(`
        CREATE TEMP TABLE staging_responses (
          line integer, enterprise_id uuid, respondent_key varchar(200), industry_code varchar(40),
          submitted_at timestamptz, channel varchar(32), completion_seconds integer, answers smallint[],
          score_image integer, score_expectations integer, score_quality integer, score_value integer,
          score_satisfaction integer, score_loyalty integer, nps_category smallint, complained boolean,
          exclusion varchar(40), flags smallint
        ) ON COMMIT DROP`);
      return new ImportWriter(queryRunner, client, campaignId, importId);
    } catch (error) {
      await queryRunner.release();
      throw error;
    }
  }

  async write(chunk: StagedChunk): Promise<void> {
    if (chunk.accepted.length > 0) await this.writeResponses(chunk.accepted);
    if (chunk.rejected.length > 0) await this.writeRejections(chunk.rejected);
  }

  private async writeResponses(rows: StagedChunk['accepted']): Promise<void> {
    const { rows: idRows } = await this.client.query<{ id: string }>(
      `SELECT nextval('response_batches_id_seq')::text AS id`,
    );
    const batchId = idRows[0].id;
    const copy = this.client.query(
      copyFrom(`COPY staging_responses (${STAGING_COLUMNS.join(', ')}) FROM STDIN`),
    );
    await pipeline(Readable.from(rows.map((r) => copyLine(r.line, r.response))), copy);
    const { rows: inserted } = await this.client.query<{ enterprise_id: string; n: number }>(
      `WITH ins AS (
         INSERT INTO survey_responses (campaign_id, ${INSERT_COLUMNS.join(', ')}, import_id, line, batch_id)
         SELECT $1, ${INSERT_COLUMNS.join(', ')}, $2, line, $3 FROM staging_responses ORDER BY line
         ON CONFLICT DO NOTHING
         RETURNING enterprise_id)
       SELECT enterprise_id, count(*)::int AS n FROM ins GROUP BY enterprise_id`,
      [this.campaignId, this.importId, batchId],
    );
    await this.client.query(`TRUNCATE staging_responses`);
    await this.client.query(
      `INSERT INTO response_batches (id, campaign_id, import_id, staged_rows) VALUES ($1, $2, $3, $4)`,
      [batchId, this.campaignId, this.importId, rows.length],
    );
    const stagedBy = new Map<string, number>();
    for (const r of rows)
      stagedBy.set(r.response.enterpriseId, (stagedBy.get(r.response.enterpriseId) ?? 0) + 1);
    for (const { enterprise_id, n } of inserted)
      stagedBy.set(enterprise_id, (stagedBy.get(enterprise_id) ?? 0) - n);
    for (const [enterpriseId, d] of stagedBy) {
      if (d > 0) this.duplicates.set(enterpriseId, (this.duplicates.get(enterpriseId) ?? 0) + d);
    }
    this.staged += rows.length;
    this.inserted += inserted.reduce((s, r) => s + r.n, 0);
    this.batches++;
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
        reason.push(p.message.slice(0, 500));
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

  /** Runs the closing statements (duplicate counts, the import's state) in the same transaction, then commits. */
  async commit(): Promise<void> {
    try {
      if (this.duplicates.size > 0) {
        await this.client.query(
          `INSERT INTO response_duplicate_counts (campaign_id, enterprise_id, duplicates)
           SELECT $1, * FROM unnest($2::uuid[], $3::int[])
           ON CONFLICT (campaign_id, enterprise_id)
           DO UPDATE SET duplicates = response_duplicate_counts.duplicates + EXCLUDED.duplicates`,
          [this.campaignId, [...this.duplicates.keys()], [...this.duplicates.values()]],
        );
      }
      await this.queryRunner.commitTransaction();
    } finally {
      await this.queryRunner.release();
    }
  }

  async rollback(): Promise<void> {
    try {
      if (this.queryRunner.isTransactionActive) await this.queryRunner.rollbackTransaction();
    } finally {
      await this.queryRunner.release();
    }
  }
}
