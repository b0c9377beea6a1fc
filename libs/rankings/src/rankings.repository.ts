import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { modifiedRows, Transactions } from '@app/database';
import { SCORED_CONSTRUCTS, ScoredConstruct } from '@app/surveys';
import { ConstructTotals, RunningTotals } from './running-totals';
import {
  addBatchTotals,
  addCompletionTimes,
  aggregateBatches,
  completionHistogramQuery,
  validTotalsFromResponsesQuery,
  validTotalsQuery,
} from './running-totals-sql';
import { TotalsWindow } from './totals-window';

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

function validTotalsFromRow(r: Row) {
  return {
    enterpriseId: r.enterprise_id,
    industryCode: r.industry_code,
    totals: totalsFromRow(r),
    speeding: Number(r.speeding),
  };
}

/** The running totals, quality counts, completion histogram and dirty industries; all in the ambient transaction. */
@Injectable()
export class RankingsRepository {
  constructor(
    // Only for the campaign lock, a session lock on a connection of its own (see withCampaignLock).
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  private get manager() {
    return this.transactions.manager;
  }

  /**
   * Adds the responses of the given batches to the running totals (kept with `window`) and quality counts,
   * and marks their industries dirty; returns those industries.
   */
  async addBatches(campaignId: string, batchIds: string[], window: TotalsWindow | null): Promise<string[]> {
    const rows: { industry_code: string }[] = await this.manager.query(aggregateBatches, [
      campaignId,
      batchIds,
      window?.firstSecond ?? null,
      window?.lastSecond ?? null,
    ]);
    return rows.map((r) => r.industry_code);
  }

  /**
   * For the rest of the ambient transaction, which reads up to a million responses per statement into a few
   * thousand groups: hashing them beats sorting them (the planner, misled by statistics older than the
   * import, sorted a million rows on disk), and compiling the statement (JIT, which its estimated cost
   * triggers once the statistics are fresh) costs more than it saves on a statement run once.
   */
  async settleForLargeReads(): Promise<void> {
    await this.manager.query(`SET LOCAL enable_sort = off`);
    await this.manager.query(`SET LOCAL work_mem = '64MB'`);
    await this.manager.query(`SET LOCAL jit = off`);
  }

  /** Adds the given batches' completion times to the campaign's histogram (before addBatches: see there). */
  async addCompletionTimes(campaignId: string, batchIds: string[]): Promise<void> {
    await this.manager.query(addCompletionTimes, [campaignId, batchIds]);
  }

  /**
   * Locks the campaign's totals window until the ambient transaction ends and returns it: every change to the
   * totals takes it first, so a window and the totals kept with it always change together.
   */
  async lockTotalsWindow(campaignId: string): Promise<TotalsWindow | null> {
    await this.manager.query(
      `INSERT INTO response_totals_windows (campaign_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [campaignId],
    );
    return this.totalsWindow(campaignId, 'FOR UPDATE');
  }

  async totalsWindow(campaignId: string, lock: 'FOR UPDATE' | '' = ''): Promise<TotalsWindow | null> {
    const rows: { first_second: number | null; last_second: number | null }[] = await this.manager.query(
      `SELECT first_second, last_second FROM response_totals_windows WHERE campaign_id = $1 ${lock}`,
      [campaignId],
    );
    const r = rows[0];
    return r && r.first_second !== null && r.last_second !== null
      ? { firstSecond: r.first_second, lastSecond: r.last_second }
      : null;
  }

  /** Keeps the campaign's running totals of the given batches, and only those, with a new window. */
  async rebuildTotalsWithin(campaignId: string, window: TotalsWindow | null, batchIds: string[]) {
    await this.manager.query(`DELETE FROM response_totals WHERE campaign_id = $1`, [campaignId]);
    // A campaign's first window: nothing to read again (and nothing for the planner to get wrong).
    if (batchIds.length > 0)
      await this.manager.query(addBatchTotals, [
        campaignId,
        batchIds,
        window?.firstSecond ?? null,
        window?.lastSecond ?? null,
      ]);
    await this.manager.query(
      `UPDATE response_totals_windows SET first_second = $2, last_second = $3 WHERE campaign_id = $1`,
      [campaignId, window?.firstSecond ?? null, window?.lastSecond ?? null],
    );
  }

  async clearTotals(campaignId: string): Promise<void> {
    for (const table of ['response_totals', 'response_quality_counts', 'response_completion_counts']) {
      await this.manager.query(`DELETE FROM ${table} WHERE campaign_id = $1`, [campaignId]);
    }
  }

  /** Takes the campaign's dirty industries (cleared when the ambient transaction commits). */
  async takeDirtyIndustries(campaignId: string): Promise<string[]> {
    const rows = await modifiedRows<{ industry_code: string }>(
      this.manager,
      `DELETE FROM ranking_dirty_industries WHERE campaign_id = $1 RETURNING industry_code`,
      [campaignId],
    );
    return rows.map((r) => r.industry_code);
  }

  /** Completion seconds -> stored responses of the campaign (valid or not), for its median. */
  async completionHistogram(campaignId: string): Promise<[number, number][]> {
    const rows: { s: number; n: number }[] = await this.manager.query(completionHistogramQuery, [campaignId]);
    return rows.map((r) => [r.s, r.n]);
  }

  async validTotals(campaignId: string, industries: string[], speedingBelow: number | null) {
    const rows: Row[] = await this.manager.query(validTotalsQuery, [campaignId, industries, speedingBelow]);
    return rows.map(validTotalsFromRow);
  }

  /** The same as validTotals, summed from the stored responses of the given (aggregated) batches. */
  async validTotalsFromResponses(
    campaignId: string,
    industries: string[],
    speedingBelow: number | null,
    batchIds: string[],
  ) {
    const rows: Row[] = await this.manager.query(validTotalsFromResponsesQuery, [
      campaignId,
      industries,
      speedingBelow,
      batchIds,
    ]);
    return rows.map(validTotalsFromRow);
  }

  /** `duplicates`: per enterprise, responses turned away at import (surveys counts them). */
  async qualityCounts(
    campaignId: string,
    industries: string[],
    duplicates: Map<string, number>,
  ): Promise<EnterpriseQualityCounts[]> {
    const rows: Record<string, string | number>[] = await this.manager.query(
      `SELECT * FROM response_quality_counts WHERE campaign_id = $1 AND industry_code = ANY($2)`,
      [campaignId, industries],
    );
    return rows.map((r) => ({
      enterpriseId: String(r.enterprise_id),
      industryCode: String(r.industry_code),
      stored: Number(r.stored),
      duplicates: duplicates.get(String(r.enterprise_id)) ?? 0,
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

  /**
   * Serialises snapshot writing per campaign. A session lock, on a connection of its own, taken before the
   * transaction begins, so the transaction sees everything the previous holder committed (a lock taken inside
   * would come after the transaction's snapshot). The transaction is REPEATABLE READ: every read in it (the
   * median's histogram, the totals, the counts) sees the same committed state, even while another worker
   * aggregates batches, so the threshold and the totals it is applied to always belong together.
   */
  async withCampaignLock<T>(campaignId: string, work: () => Promise<T>): Promise<T> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtextextended('rankings:' || $1, 0))`, [campaignId]);
      try {
        return await this.transactions.runRepeatableRead(work);
      } finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtextextended('rankings:' || $1, 0))`, [campaignId]);
      }
    } finally {
      await lock.release();
    }
  }
}
