import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { modifiedRows, Transactions } from '@app/database';
import { SCORED_CONSTRUCTS, ScoredConstruct } from '@app/surveys/methodology';
import { SURVEY_CATEGORY_KINDS } from '@app/surveys/ingestion.repository';
import { aggregateBatches, completionHistogramQuery, validTotalsQuery } from './aggregation-sql';
import { ConstructTotals, RunningTotals } from './running-totals';

export interface ClaimedWork {
  batches: number;
  rows: number;
  industries: string[];
}

export interface EnterpriseQualityCounts {
  enterpriseId: string;
  industryCode: string;
  stored: number;
  duplicates: number;
  excluded: { 'too-few-satisfaction-items': number; 'too-many-missing': number; 'soft-flags': number };
  flagged: { straightLining: number; failedAttention: number; contradiction: number };
}

export interface IndustryCandidate {
  enterpriseId: string;
  legalName: string;
  industryCode: string;
  annualRevenue: number | null;
}

type Row = Record<string, string>;

function totalsFromRow(r: Row): RunningTotals {
  const constructs = Object.fromEntries(
    SCORED_CONSTRUCTS.map((c): [ScoredConstruct, ConstructTotals] => [
      c,
      { n: Number(r[`${c}_n`]), sum: BigInt(r[`${c}_sum`]), sumSquares: BigInt(r[`${c}_sum_squares`]) },
    ]),
  ) as Record<ScoredConstruct, ConstructTotals>;
  return {
    n: Number(r.n),
    constructs,
    npsAnswered: Number(r.nps_answered),
    promoters: Number(r.promoters),
    passives: Number(r.passives),
    detractors: Number(r.detractors),
    complaintAnswered: Number(r.complaint_answered),
    complaints: Number(r.complaints),
  };
}

@Injectable()
export class RankingsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  async pendingRows(campaignId: string): Promise<number> {
    const rows: { n: string }[] = await this.dataSource.query(
      `SELECT coalesce(sum(staged_rows), 0)::text AS n FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NULL`,
      [campaignId],
    );
    return Number(rows[0].n);
  }

  async campaignsWithPendingBatches(): Promise<string[]> {
    const rows: { campaign_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT campaign_id FROM response_batches WHERE aggregated_at IS NULL`,
    );
    return rows.map((r) => r.campaign_id);
  }

  /**
   * One transaction: claim up to `maxBatches` unaggregated batches (SKIP LOCKED, so two workers never take
   * the same ones), add their responses to the running totals, quality counts and completion histogram, and
   * mark them aggregated. A crash anywhere rolls all of it back; null when nothing is left to claim.
   */
  async aggregateNextBatches(campaignId: string, maxBatches: number): Promise<ClaimedWork | null> {
    return this.transactions.run(async () => {
      const m = this.transactions.manager;
      const claimed: { id: string; staged_rows: number }[] = await m.query(
        `SELECT id::text, staged_rows FROM response_batches
         WHERE campaign_id = $1 AND aggregated_at IS NULL ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [campaignId, maxBatches],
      );
      if (claimed.length === 0) return null;
      const ids = claimed.map((b) => b.id);
      const industries = await this.addBatches(m, campaignId, ids);
      await m.query(`UPDATE response_batches SET aggregated_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
      return { batches: ids.length, rows: claimed.reduce((s, b) => s + b.staged_rows, 0), industries };
    });
  }

  /**
   * Rebuilds the campaign's totals from its stored responses with the same statement, in one transaction
   * that first locks every batch of the campaign (waiting for any claim in progress), so no incremental claim
   * can interleave; batches stored after that lock are left to the incremental path.
   */
  async recomputeCampaign(campaignId: string): Promise<string[]> {
    return this.transactions.run(async () => {
      const m = this.transactions.manager;
      const locked: { id: string }[] = await m.query(
        `SELECT id::text FROM response_batches WHERE campaign_id = $1 ORDER BY id FOR UPDATE`,
        [campaignId],
      );
      for (const table of ['response_totals', 'response_quality_counts', 'response_completion_counts']) {
        await m.query(`DELETE FROM ${table} WHERE campaign_id = $1`, [campaignId]);
      }
      const ids = locked.map((b) => b.id);
      const industries = ids.length > 0 ? await this.addBatches(m, campaignId, ids) : [];
      await m.query(
        `UPDATE response_batches SET aggregated_at = coalesce(aggregated_at, now()) WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      return industries;
    });
  }

  private async addBatches(m: EntityManager, campaignId: string, batchIds: string[]): Promise<string[]> {
    const rows: { industry_code: string }[] = await m.query(aggregateBatches, [campaignId, batchIds]);
    return rows.map((r) => r.industry_code);
  }

  /** Takes the campaign's dirty industries (cleared when the caller's transaction commits). */
  async takeDirtyIndustries(campaignId: string, m: EntityManager): Promise<string[]> {
    const rows = await modifiedRows<{ industry_code: string }>(
      m,
      `DELETE FROM ranking_dirty_industries WHERE campaign_id = $1 RETURNING industry_code`,
      [campaignId],
    );
    return rows.map((r) => r.industry_code);
  }

  /** Completion seconds -> stored responses of the campaign (valid or not), for its median. */
  async completionHistogram(campaignId: string, m: EntityManager): Promise<[number, number][]> {
    const rows: { s: number; n: number }[] = await m.query(completionHistogramQuery, [campaignId]);
    return rows.map((r) => [r.s, r.n]);
  }

  async validTotals(
    campaignId: string,
    industries: string[],
    speedingBelow: number | null,
    m: EntityManager,
  ) {
    const rows: Row[] = await m.query(validTotalsQuery, [campaignId, industries, speedingBelow]);
    return rows.map((r) => ({
      enterpriseId: r.enterprise_id,
      industryCode: r.industry_code,
      totals: totalsFromRow(r),
      speeding: Number(r.speeding),
    }));
  }

  async qualityCounts(
    campaignId: string,
    industries: string[],
    m: EntityManager,
  ): Promise<EnterpriseQualityCounts[]> {
    const rows: Record<string, string | number>[] = await m.query(
      `SELECT q.*, coalesce(d.duplicates, 0) AS duplicates FROM response_quality_counts q
       LEFT JOIN response_duplicate_counts d ON d.campaign_id = q.campaign_id AND d.enterprise_id = q.enterprise_id
       WHERE q.campaign_id = $1 AND q.industry_code = ANY($2)`,
      [campaignId, industries],
    );
    return rows.map((r) => ({
      enterpriseId: String(r.enterprise_id),
      industryCode: String(r.industry_code),
      stored: Number(r.stored),
      duplicates: Number(r.duplicates),
      excluded: {
        'too-few-satisfaction-items': Number(r.excluded_too_few_satisfaction),
        'too-many-missing': Number(r.excluded_too_many_missing),
        'soft-flags': Number(r.excluded_soft_flags),
      },
      flagged: {
        straightLining: Number(r.flagged_straight_lining),
        failedAttention: Number(r.flagged_failed_attention),
        contradiction: Number(r.flagged_contradiction),
      },
    }));
  }

  /** Approved candidates of the campaign's survey categories, so that an enterprise with no responses shows too. */
  async surveyCandidates(
    campaignId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<IndustryCandidate[]> {
    const rows: {
      enterprise_id: string;
      legal_name: string;
      industry_code: string;
      annual_revenue: string | null;
    }[] = await m.query(
      `SELECT DISTINCT ON (c.enterprise_id) c.enterprise_id, e.legal_name, c.industry_code, e.annual_revenue
         FROM candidacies c JOIN award_categories k ON k.id = c.category_id JOIN enterprises e ON e.id = c.enterprise_id
         WHERE c.campaign_id = $1 AND c.state = 'approved' AND k.kind = ANY($2)
         ORDER BY c.enterprise_id, k.position`,
      [campaignId, SURVEY_CATEGORY_KINDS],
    );
    return rows.map((r) => ({
      enterpriseId: r.enterprise_id,
      legalName: r.legal_name,
      industryCode: r.industry_code,
      annualRevenue: r.annual_revenue === null ? null : Number(r.annual_revenue),
    }));
  }

  /**
   * Serialises snapshot writing per campaign. A session lock taken before the transaction begins, so the
   * transaction sees everything the previous holder committed. The transaction is REPEATABLE READ: every read
   * in it (the median's histogram, the totals, the counts) sees the same committed state, even while another
   * worker aggregates batches, so the threshold and the totals it is applied to always belong together.
   */
  async withCampaignLock<T>(campaignId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtextextended('rankings:' || $1, 0))`, [campaignId]);
      try {
        await runner.startTransaction('REPEATABLE READ');
        try {
          const result = await work(runner.manager);
          await runner.commitTransaction();
          return result;
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtextextended('rankings:' || $1, 0))`, [campaignId]);
      }
    } finally {
      await runner.release();
    }
  }
}
