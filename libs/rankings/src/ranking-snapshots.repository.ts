import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { IndustrySnapshotContent } from './industry-snapshot';
import type { Eligibility } from './ranking';
import { snapshotOverviewSummary, WinnerSummary } from './snapshot-overview';

export interface RankingSnapshot extends IndustrySnapshotContent {
  id: string;
  campaignId: string;
  industryCode: string;
  sequence: number;
  source: 'incremental' | 'full-recompute';
  methodologyVersion: string;
  parameters: unknown;
  instrument: unknown;
  rules: unknown;
  medianCompletionSeconds: number | null;
  speedingThresholdSeconds: number | null;
  createdAt: Date;
}

export type NewSnapshot = Omit<RankingSnapshot, 'id' | 'sequence' | 'createdAt'>;

interface SnapshotRow {
  id: string;
  campaign_id: string;
  industry_code: string;
  sequence: number;
  source: RankingSnapshot['source'];
  methodology_version: string;
  parameters: unknown;
  instrument: unknown;
  rules: unknown;
  median_completion_seconds: string | null;
  speeding_threshold_seconds: string | null;
  counts: RankingSnapshot['counts'];
  totals: RankingSnapshot['totals'];
  entries: RankingSnapshot['entries'];
  winner_set: string[];
  single_winner: RankingSnapshot['singleWinner'];
  industry_aggregate: RankingSnapshot['industryAggregate'];
  created_at: Date;
}

type SummaryRow = Pick<SnapshotRow, 'id' | 'industry_code' | 'sequence' | 'source' | 'counts' | 'created_at'>;

const summaryOf = (r: SummaryRow): SnapshotSummary => ({
  id: r.id,
  industryCode: r.industry_code,
  sequence: r.sequence,
  source: r.source,
  counts: r.counts,
  createdAt: r.created_at,
});

const toSnapshot = (r: SnapshotRow): RankingSnapshot => ({
  id: r.id,
  campaignId: r.campaign_id,
  industryCode: r.industry_code,
  sequence: r.sequence,
  source: r.source,
  methodologyVersion: r.methodology_version,
  parameters: r.parameters,
  instrument: r.instrument,
  rules: r.rules,
  medianCompletionSeconds: r.median_completion_seconds === null ? null : Number(r.median_completion_seconds),
  speedingThresholdSeconds:
    r.speeding_threshold_seconds === null ? null : Number(r.speeding_threshold_seconds),
  counts: r.counts,
  totals: r.totals,
  entries: r.entries,
  winnerSet: r.winner_set,
  singleWinner: r.single_winner,
  industryAggregate: r.industry_aggregate,
  createdAt: r.created_at,
});

export interface SnapshotSummary {
  id: string;
  industryCode: string;
  sequence: number;
  source: RankingSnapshot['source'];
  counts: RankingSnapshot['counts'];
  createdAt: Date;
}

/** A snapshot as the organizer's overview shows it: its summary, the stored overview summary, the aggregate. */
export interface SnapshotOverview extends SnapshotSummary {
  ranked: number;
  winnerSummary: WinnerSummary[];
  industryAggregate: RankingSnapshot['industryAggregate'];
}

interface OverviewRow extends SummaryRow {
  industry_aggregate: SnapshotRow['industry_aggregate'];
  ranked: number;
  winner_summary: WinnerSummary[];
}

const overviewOf = (r: OverviewRow): SnapshotOverview => ({
  ...summaryOf(r),
  ranked: r.ranked,
  // Rebuilt in the overview's key order: jsonb keeps an object's keys sorted by length.
  winnerSummary: r.winner_summary.map((w) => ({
    enterpriseId: w.enterpriseId,
    legalName: w.legalName,
    publishedCsi: w.publishedCsi,
  })),
  industryAggregate: r.industry_aggregate,
});

/** Snapshots are append-only (a trigger refuses UPDATE and DELETE); sequence numbers count per industry. */
@Injectable()
export class RankingSnapshotsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  /**
   * Call under the campaign's rankings lock, which makes max(sequence) + 1 safe. The overview's summary of the
   * entries is stored beside them, so that the overview never reads the entries.
   */
  async insert(s: NewSnapshot): Promise<string> {
    const summary = snapshotOverviewSummary(s);
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO ranking_snapshots (campaign_id, industry_code, sequence, source, methodology_version, parameters,
         instrument, rules, median_completion_seconds, speeding_threshold_seconds, counts, totals, entries,
         winner_set, single_winner, industry_aggregate, ranked, winner_summary)
       SELECT $1::uuid, $2::varchar, coalesce(max(sequence), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
         $16, $17
       FROM ranking_snapshots WHERE campaign_id = $1::uuid AND industry_code = $2::varchar
       RETURNING id`,
      [
        s.campaignId,
        s.industryCode,
        s.source,
        s.methodologyVersion,
        JSON.stringify(s.parameters),
        JSON.stringify(s.instrument),
        JSON.stringify(s.rules),
        s.medianCompletionSeconds,
        s.speedingThresholdSeconds,
        JSON.stringify(s.counts),
        JSON.stringify(s.totals),
        JSON.stringify(s.entries),
        JSON.stringify(s.winnerSet),
        JSON.stringify(s.singleWinner),
        JSON.stringify(s.industryAggregate),
        summary.ranked,
        JSON.stringify(summary.winnerSummary),
      ],
    );
    return rows[0].id;
  }

  /**
   * Industries of the campaign whose latest snapshot was built with another median or speeding threshold than
   * the given ones: they must be rebuilt, so that snapshots of the same moment never disagree on it.
   */
  async industriesBuiltWithOtherThreshold(
    campaignId: string,
    medianSeconds: number | null,
    thresholdSeconds: number | null,
  ): Promise<string[]> {
    const rows: { industry_code: string }[] = await this.manager.query(
      `SELECT industry_code FROM (
         SELECT DISTINCT ON (industry_code) industry_code, median_completion_seconds, speeding_threshold_seconds
         FROM ranking_snapshots WHERE campaign_id = $1 ORDER BY industry_code, sequence DESC
       ) latest
       WHERE median_completion_seconds IS DISTINCT FROM $2::numeric
          OR speeding_threshold_seconds IS DISTINCT FROM $3::numeric
       ORDER BY industry_code`,
      [campaignId, medianSeconds, thresholdSeconds],
    );
    return rows.map((r) => r.industry_code);
  }

  async latestPerIndustry(campaignId: string): Promise<RankingSnapshot[]> {
    const rows: SnapshotRow[] = await this.manager.query(
      `SELECT DISTINCT ON (industry_code) * FROM ranking_snapshots WHERE campaign_id = $1
       ORDER BY industry_code, sequence DESC`,
      [campaignId],
    );
    return rows.map(toSnapshot);
  }

  /** The enterprises whose entry in their industry's latest snapshot has this eligibility. */
  async enterprisesWithEligibility(campaignId: string, eligibility: Eligibility): Promise<string[]> {
    const rows: { enterprise_id: string }[] = await this.transactions.manager.query(
      `SELECT entry->>'enterpriseId' AS enterprise_id
       FROM (SELECT DISTINCT ON (industry_code) entries FROM ranking_snapshots WHERE campaign_id = $1
             ORDER BY industry_code, sequence DESC) latest,
            jsonb_array_elements(latest.entries) entry
       WHERE entry->>'eligibility' = $2`,
      [campaignId, eligibility],
    );
    return rows.map((r) => r.enterprise_id);
  }

  async latest(campaignId: string, industryCode: string): Promise<RankingSnapshot | null> {
    const rows: SnapshotRow[] = await this.manager.query(
      `SELECT * FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code = $2 ORDER BY sequence DESC LIMIT 1`,
      [campaignId, industryCode],
    );
    return rows[0] ? toSnapshot(rows[0]) : null;
  }

  async findById(campaignId: string, id: string): Promise<RankingSnapshot | null> {
    const rows: SnapshotRow[] = await this.manager.query(
      `SELECT * FROM ranking_snapshots WHERE campaign_id = $1 AND id = $2`,
      [campaignId, id],
    );
    return rows[0] ? toSnapshot(rows[0]) : null;
  }

  /** The latest snapshot's summary per industry, without its entries (which a count does not need). */
  async latestSummaries(campaignId: string): Promise<SnapshotSummary[]> {
    const rows: SnapshotRow[] = await this.manager.query(
      `SELECT DISTINCT ON (industry_code) id, industry_code, sequence, source, counts, created_at
         FROM ranking_snapshots WHERE campaign_id = $1 ORDER BY industry_code, sequence DESC`,
      [campaignId],
    );
    return rows.map(summaryOf);
  }

  /**
   * The latest snapshot of every industry as the overview shows it, in industry order, without the entries and
   * totals (which hold nearly all of a snapshot's bytes). A loose index scan of the (campaign, industry,
   * sequence) key: the next industry, then its highest sequence, each one index probe, so the cost follows the
   * number of industries and not the snapshots a campaign has written (DISTINCT ON read them all: 41 ms at 500
   * per industry, where this takes 0.2 ms).
   */
  /**
   * Which snapshot is the latest of each industry, as one short text ("code:sequence,..."): snapshots are
   * immutable and numbered per industry, so equal texts mean equal latest snapshots. Read from the sequence
   * index alone (a loose index scan, no row visited), it lets a caller keep an answer built from those snapshots.
   */
  async latestSequences(campaignId: string): Promise<string> {
    const rows: { latest: string | null }[] = await this.manager.query(
      `WITH RECURSIVE industry (code) AS (
         SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1
         UNION ALL
         SELECT (SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code > i.code)
         FROM industry i WHERE i.code IS NOT NULL)
       SELECT string_agg(i.code || ':' || (
         SELECT max(sequence) FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code = i.code), ','
         ORDER BY i.code) AS latest
       FROM industry i WHERE i.code IS NOT NULL`,
      [campaignId],
    );
    return rows[0]?.latest ?? '';
  }

  async latestOverviews(campaignId: string): Promise<SnapshotOverview[]> {
    const rows: OverviewRow[] = await this.manager.query(
      `WITH RECURSIVE industry (code) AS (
         SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1
         UNION ALL
         SELECT (SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code > i.code)
         FROM industry i WHERE i.code IS NOT NULL)
       SELECT s.* FROM industry i CROSS JOIN LATERAL (
         SELECT id, industry_code, sequence, source, counts, created_at, ranked, winner_summary, industry_aggregate
         FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code = i.code
         ORDER BY sequence DESC LIMIT 1) s
       ORDER BY s.industry_code`,
      [campaignId],
    );
    return rows.map(overviewOf);
  }

  async history(campaignId: string, industryCode: string, limit: number): Promise<SnapshotSummary[]> {
    const rows: SnapshotRow[] = await this.manager.query(
      `SELECT id, industry_code, sequence, source, counts, created_at FROM ranking_snapshots
       WHERE campaign_id = $1 AND industry_code = $2 ORDER BY sequence DESC LIMIT $3`,
      [campaignId, industryCode, limit],
    );
    return rows.map(summaryOf);
  }
}
