import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page, PageRequest, pageOffset } from '@app/common';
import { Transactions } from '@app/database';

/** A stored import of campaign $1 whose batches are all aggregated. */
const FULLY_AGGREGATED = `i.campaign_id = $1 AND i.state = 'stored'
  AND NOT EXISTS (SELECT 1 FROM response_batches b WHERE b.import_id = i.id AND b.aggregated_at IS NULL)`;

export type ImportFormat = 'single' | 'batch' | 'csv' | 'ndjson';
export type ImportState = 'receiving' | 'stored' | 'aggregated' | 'failed';

export interface SurveyImport {
  id: string;
  campaignId: string;
  format: ImportFormat;
  state: ImportState;
  bytesExpected: number | null;
  bytesReceived: number;
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  failure: string | null;
  submittedBy: string | null;
  partnerKeyId: string | null;
  createdAt: Date;
  storedAt: Date | null;
  aggregatedAt: Date | null;
}

export interface ImportRejection {
  line: number;
  field: string;
  reason: string;
}

/** What the stored imports of a campaign (or of all campaigns) received, row by row. */
export interface IngestionTotals {
  imports: number;
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export interface ImportSubmitter {
  userId: string | null;
  partnerKeyId: string | null;
}

interface ImportRow {
  id: string;
  campaign_id: string;
  format: ImportFormat;
  state: ImportState;
  bytes_expected: string | null;
  bytes_received: string;
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  failure: string | null;
  submitted_by: string | null;
  partner_key_id: string | null;
  created_at: Date;
  stored_at: Date | null;
  aggregated_at: Date | null;
}

const toImport = (r: ImportRow): SurveyImport => ({
  id: r.id,
  campaignId: r.campaign_id,
  format: r.format,
  state: r.state,
  bytesExpected: r.bytes_expected === null ? null : Number(r.bytes_expected),
  bytesReceived: Number(r.bytes_received),
  received: r.received,
  accepted: r.accepted,
  duplicates: r.duplicates,
  rejected: r.rejected,
  failure: r.failure,
  submittedBy: r.submitted_by,
  partnerKeyId: r.partner_key_id,
  createdAt: r.created_at,
  storedAt: r.stored_at,
  aggregatedAt: r.aggregated_at,
});

/**
 * An import's record is created, advanced and failed on the pool, never in the import's transaction: progress
 * must be visible while rows arrive, and a failure must outlive the rollback. The rest reads and writes in the
 * ambient transaction.
 */
@Injectable()
export class SurveyImportsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  private get manager() {
    return this.transactions.manager;
  }

  async create(
    campaignId: string,
    format: ImportFormat,
    submitter: ImportSubmitter,
    bytesExpected: number | null,
  ): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO survey_imports (campaign_id, format, submitted_by, partner_key_id, bytes_expected)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [campaignId, format, submitter.userId, submitter.partnerKeyId, bytesExpected],
    );
    return rows[0].id;
  }

  async reportProgress(id: string, bytesReceived: number, received: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE survey_imports SET bytes_received = $2, received = $3, updated_at = now()
       WHERE id = $1 AND state = 'receiving'`,
      [id, bytesReceived, received],
    );
  }

  /**
   * In the import's transaction: false when the import is no longer receiving (failAbandoned marked it failed
   * while it waited for its turn, and its client was told to resend), and nothing may then be stored.
   */
  async markStored(
    id: string,
    counts: {
      bytesReceived: number;
      received: number;
      accepted: number;
      duplicates: number;
      rejected: number;
    },
  ): Promise<boolean> {
    const result: [unknown[], number] = await this.manager.query(
      `UPDATE survey_imports SET state = 'stored', bytes_received = $2, received = $3, accepted = $4,
         duplicates = $5, rejected = $6, stored_at = now(), updated_at = now() WHERE id = $1 AND state = 'receiving'`,
      [id, counts.bytesReceived, counts.received, counts.accepted, counts.duplicates, counts.rejected],
    );
    return result[1] === 1;
  }

  async markFailed(id: string, failure: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE survey_imports SET state = 'failed', failure = $2, updated_at = now() WHERE id = $1 AND state = 'receiving'`,
      [id, failure.slice(0, 2000)],
    );
  }

  /**
   * Imports still `receiving` with no progress for `minutes`: their API process died with the transaction,
   * so nothing of them was stored; they are marked failed so clients know to resend.
   */
  async failAbandoned(minutes: number): Promise<number> {
    const result: [unknown[], number] = await this.manager.query(
      `UPDATE survey_imports SET state = 'failed', updated_at = now(),
         failure = 'the import was interrupted (no progress for ' || $1 || ' minutes); nothing was stored, resend it'
       WHERE state = 'receiving' AND updated_at < now() - make_interval(mins => $1)`,
      [minutes],
    );
    return result[1];
  }

  /** Stored imports of the campaign none of whose batches still waits for aggregation. */
  async markAggregated(campaignId: string): Promise<number> {
    const result: [unknown[], number] = await this.manager.query(
      `UPDATE survey_imports i SET state = 'aggregated', aggregated_at = now(), updated_at = now()
       WHERE ${FULLY_AGGREGATED}`,
      [campaignId],
    );
    return result[1];
  }

  /** Whether some stored import has every batch aggregated but is not yet marked so (markAggregated's rows). */
  async hasFullyAggregated(campaignId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM survey_imports i WHERE ${FULLY_AGGREGATED} LIMIT 1`,
      [campaignId],
    );
    return rows.length > 0;
  }

  /** Of one campaign, or of every campaign when `campaignId` is null. */
  async ingestionTotals(campaignId: string | null): Promise<IngestionTotals> {
    const [r]: Record<keyof IngestionTotals, string>[] = await this.manager.query(
      `SELECT count(*)::text AS imports, coalesce(sum(received), 0)::text AS received,
         coalesce(sum(accepted), 0)::text AS accepted, coalesce(sum(duplicates), 0)::text AS duplicates,
         coalesce(sum(rejected), 0)::text AS rejected
       FROM survey_imports WHERE ${campaignId === null ? '' : 'campaign_id = $1 AND'} state IN ('stored', 'aggregated')`,
      campaignId === null ? [] : [campaignId],
    );
    return {
      imports: Number(r.imports),
      received: Number(r.received),
      accepted: Number(r.accepted),
      duplicates: Number(r.duplicates),
      rejected: Number(r.rejected),
    };
  }

  async findById(id: string): Promise<SurveyImport | null> {
    const rows: ImportRow[] = await this.manager.query(`SELECT * FROM survey_imports WHERE id = $1`, [id]);
    return rows[0] ? toImport(rows[0]) : null;
  }

  async list(
    campaignId: string,
    partnerKeyId: string | null,
    page: PageRequest,
  ): Promise<Page<SurveyImport>> {
    const rows: (ImportRow & { total: string })[] = await this.manager.query(
      `SELECT *, count(*) OVER () AS total FROM survey_imports
       WHERE campaign_id = $1 AND ($2::uuid IS NULL OR partner_key_id = $2)
       ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [campaignId, partnerKeyId, page.pageSize, pageOffset(page)],
    );
    return { items: rows.map(toImport), total: rows[0] ? Number(rows[0].total) : 0, ...page };
  }

  async rejections(
    importId: string,
    limit: number,
    afterSeq = 0,
  ): Promise<(ImportRejection & { seq: number })[]> {
    return this.manager.query(
      `SELECT seq, line, field, reason FROM survey_import_rejections
       WHERE import_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [importId, afterSeq, limit],
    );
  }
}
