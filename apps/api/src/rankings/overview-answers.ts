import { Injectable } from '@nestjs/common';
import { Deliverable, deliverable } from '../public/public-delivery';

/** Campaigns whose last overview is kept; the least recently asked goes first. */
const KEPT_CAMPAIGNS = 64;

/**
 * The last overview answer of each campaign, as bytes with their ETag and their compressed forms. An overview
 * changes only when the worker writes snapshots, while organizers' workspaces ask it again and again; it is read
 * from the database on every request all the same, and only when its text equals the last one is it sent as the
 * same bytes, so that it is not compressed again (brotli of its 15 KB cost the API as much as reading it). Never
 * a stale answer: the text decides, not time.
 */
@Injectable()
export class OverviewAnswers {
  private readonly last = new Map<string, { text: string; doc: Deliverable }>();

  of(campaignId: string, text: string): Deliverable {
    const kept = this.last.get(campaignId);
    this.last.delete(campaignId);
    const answer = kept?.text === text ? kept : { text, doc: deliverable(text) };
    this.last.set(campaignId, answer);
    if (this.last.size > KEPT_CAMPAIGNS) this.last.delete(this.last.keys().next().value as string);
    return answer.doc;
  }
}
