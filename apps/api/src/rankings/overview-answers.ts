import { Injectable } from '@nestjs/common';
import { Deliverable, deliverable } from '../public/public-delivery';

/** Campaigns whose last overview is kept; the least recently asked goes first. */
const KEPT_CAMPAIGNS = 64;

/**
 * The last overview answer of each campaign, as bytes with their ETag and their compressed forms, under the
 * version of the snapshots it was built from (RankingsReadService.overviewVersion). An overview changes only
 * when the worker writes snapshots, while organizers' workspaces ask it again and again: each request reads the
 * version from the sequence index alone, and only when it differs from the kept one are the snapshots' summaries
 * read, mapped, serialised and compressed again (reading, serialising and compressing the 15 KB each time cost
 * the API more than everything else in the request). Never a stale answer: the version is read on every
 * request. An answer built just after a newer snapshot landed is kept under the older version; it is then newer
 * than its version, never older, and the next request reads again.
 */
@Injectable()
export class OverviewAnswers {
  private readonly last = new Map<string, { version: string; doc: Deliverable }>();

  /** The kept answer when it was built from this version of the campaign's snapshots. */
  known(campaignId: string, version: string): Deliverable | undefined {
    const kept = this.last.get(campaignId);
    if (kept?.version !== version) return undefined;
    this.last.delete(campaignId);
    this.last.set(campaignId, kept);
    return kept.doc;
  }

  keep(campaignId: string, version: string, text: string): Deliverable {
    const doc = deliverable(text);
    this.last.delete(campaignId);
    this.last.set(campaignId, { version, doc });
    if (this.last.size > KEPT_CAMPAIGNS) this.last.delete(this.last.keys().next().value as string);
    return doc;
  }
}
