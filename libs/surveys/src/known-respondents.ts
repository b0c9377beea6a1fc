import { StoredRespondentFilter } from './respondent-keys';

/** A campaign's stored batches as an import finds them under the campaign's lock. */
export interface BatchWatermark {
  /** The highest response batch id, or null when the campaign has none. */
  lastBatchId: string | null;
  batches: number;
}

/** Filters kept: each is 4 MiB; imports come in runs into one campaign at a time. */
const CAMPAIGNS_KEPT = 2;

/**
 * What this API process knows of the respondents its own imports stored, per campaign, from one import to the
 * next: a partner posting JSON batches one after another into a campaign that already holds responses would
 * otherwise have every row of every batch looked up. A filter is handed on only when the campaign's batches are
 * exactly as the import that kept it left them (every import adds a batch with a new sequence id), so no other
 * process has stored anything since; otherwise the next import asks the database about every row. A filter
 * holding extra respondents (an import rolled back after adding) only costs a lookup; one missing some would
 * fail the next import on the primary key, never store a duplicate.
 */
export class KnownRespondents {
  private readonly byCampaign = new Map<string, { filter: StoredRespondentFilter; at: BatchWatermark }>();

  /** The campaign's filter if nothing was stored since it was kept; taken, so two imports never share one. */
  take(campaignId: string, now: BatchWatermark): StoredRespondentFilter | null {
    const known = this.byCampaign.get(campaignId);
    if (!known) return null;
    this.byCampaign.delete(campaignId);
    const same = known.at.lastBatchId === now.lastBatchId && known.at.batches === now.batches;
    return same ? known.filter : null;
  }

  /** After an import committed: its filter, and the batches as it left them. */
  keep(campaignId: string, filter: StoredRespondentFilter, at: BatchWatermark): void {
    this.byCampaign.delete(campaignId);
    this.byCampaign.set(campaignId, { filter, at });
    for (const oldest of this.byCampaign.keys()) {
      if (this.byCampaign.size <= CAMPAIGNS_KEPT) break;
      this.byCampaign.delete(oldest);
    }
  }
}
