import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

export interface ClaimedBatches {
  /** Ids of the claimed `response_batches`, which `scored_responses.batch_id` refers to. */
  ids: string[];
  /** Responses stored in them. */
  rows: number;
}

/** A campaign's stored batches not yet aggregated. */
export interface PendingBatches {
  batches: number;
  /** Responses stored in them. */
  rows: number;
}

@Injectable()
export class ResponseBatchesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  async pending(campaignId: string): Promise<PendingBatches> {
    const rows: { n: string; batches: number }[] = await this.manager.query(
      `SELECT coalesce(sum(staged_rows), 0)::text AS n, count(*)::int AS batches
       FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NULL`,
      [campaignId],
    );
    return { rows: Number(rows[0].n), batches: rows[0].batches };
  }

  async campaignsWithPendingBatches(): Promise<string[]> {
    const rows: { campaign_id: string }[] = await this.manager.query(
      `SELECT DISTINCT campaign_id FROM response_batches WHERE aggregated_at IS NULL`,
    );
    return rows.map((r) => r.campaign_id);
  }

  async claimUnaggregated(campaignId: string, maxBatches: number): Promise<ClaimedBatches> {
    const claimed: { id: string; staged_rows: number }[] = await this.manager.query(
      `SELECT id::text, staged_rows FROM response_batches
       WHERE campaign_id = $1 AND aggregated_at IS NULL ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [campaignId, maxBatches],
    );
    return { ids: claimed.map((b) => b.id), rows: claimed.reduce((s, b) => s + b.staged_rows, 0) };
  }

  async lockAll(campaignId: string): Promise<string[]> {
    const locked: { id: string }[] = await this.manager.query(
      `SELECT id::text FROM response_batches WHERE campaign_id = $1 ORDER BY id FOR UPDATE`,
      [campaignId],
    );
    return locked.map((b) => b.id);
  }

  async aggregatedIds(campaignId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id::text FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NOT NULL ORDER BY id`,
      [campaignId],
    );
    return rows.map((b) => b.id);
  }

  async markAggregated(ids: string[]): Promise<void> {
    await this.manager.query(
      `UPDATE response_batches SET aggregated_at = now() WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Keeps the time of batches aggregated before. */
  async markAggregatedIfNot(ids: string[]): Promise<void> {
    await this.manager.query(
      `UPDATE response_batches SET aggregated_at = coalesce(aggregated_at, now()) WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Seconds since the oldest unaggregated batch was stored; null when none waits. */
  async oldestPendingAgeSeconds(): Promise<number | null> {
    const [r]: { lag: string | null }[] = await this.manager.query(
      `SELECT extract(epoch FROM now() - min(created_at)) AS lag FROM response_batches WHERE aggregated_at IS NULL`,
    );
    return r.lag === null ? null : Number(r.lag);
  }

  async duplicatesByEnterprise(campaignId: string): Promise<Map<string, number>> {
    const rows: { enterprise_id: string; duplicates: number }[] = await this.manager.query(
      `SELECT enterprise_id, duplicates FROM response_duplicate_counts WHERE campaign_id = $1`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.enterprise_id, Number(r.duplicates)]));
  }
}
