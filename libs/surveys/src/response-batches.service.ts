import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { ClaimedBatches, PendingBatches, ResponseBatchesRepository } from './response-batches.repository';

/**
 * The stored responses' batches, as aggregation works through them. Aggregation claims batches, reads their
 * responses from the published `scored_responses` view, adds them to its totals and marks them aggregated,
 * all in one ambient transaction: a crash rolls all of it back, and two workers never claim the same batch.
 */
@Injectable()
export class ResponseBatchesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly batches: ResponseBatchesRepository,
  ) {}

  /** The campaign's batches stored but not yet aggregated, and their responses. */
  pending(campaignId: string): Promise<PendingBatches> {
    return this.batches.pending(campaignId);
  }

  campaignsWithPendingBatches(): Promise<string[]> {
    return this.batches.campaignsWithPendingBatches();
  }

  /**
   * Up to `maxBatches` unaggregated batches of the campaign, locked (SKIP LOCKED: batches another worker
   * holds are passed over) until the ambient transaction ends.
   */
  claimUnaggregated(campaignId: string, maxBatches: number): Promise<ClaimedBatches> {
    this.mustBeInTransaction();
    return this.batches.claimUnaggregated(campaignId, maxBatches);
  }

  /** Every batch of the campaign, locked until the ambient transaction ends (waiting for claims in progress). */
  lockAll(campaignId: string): Promise<string[]> {
    this.mustBeInTransaction();
    return this.batches.lockAll(campaignId);
  }

  /** Ids of the campaign's batches marked aggregated, as the ambient transaction sees them. */
  aggregatedIds(campaignId: string): Promise<string[]> {
    return this.batches.aggregatedIds(campaignId);
  }

  markAggregated(batchIds: string[]): Promise<void> {
    return this.batches.markAggregated(batchIds);
  }

  /** For a rebuild: batches aggregated before keep their time. */
  markAggregatedIfNot(batchIds: string[]): Promise<void> {
    return this.batches.markAggregatedIfNot(batchIds);
  }

  oldestPendingAgeSeconds(): Promise<number | null> {
    return this.batches.oldestPendingAgeSeconds();
  }

  /** Per enterprise of the campaign: responses turned away because their respondent had answered already. */
  duplicatesByEnterprise(campaignId: string): Promise<Map<string, number>> {
    return this.batches.duplicatesByEnterprise(campaignId);
  }

  /** A lock taken outside a transaction is released at once: a claim there would protect nothing. */
  private mustBeInTransaction(): void {
    if (!this.transactions.inTransaction) throw new Error('Batches are claimed inside a transaction');
  }
}
