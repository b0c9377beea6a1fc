import { Injectable, Logger } from '@nestjs/common';

/**
 * "Responses arrived for campaign X": surveys says so after an import commits, and rankings (which depends
 * on surveys, so surveys cannot call it) answers by requesting the campaign's aggregation. Registered when
 * rankings' module starts; with nobody listening, the worker's sweep still finds the batches.
 */
@Injectable()
export class ResponseArrivals {
  private readonly logger = new Logger(ResponseArrivals.name);
  private listener: ((campaignId: string) => Promise<void>) | null = null;

  listen(listener: (campaignId: string) => Promise<void>): void {
    this.listener = listener;
  }

  /** Never fails: the responses are committed whatever the listener does. */
  async arrived(campaignId: string): Promise<void> {
    try {
      await this.listener?.(campaignId);
    } catch (error) {
      this.logger.warn(`Arrival of responses for campaign ${campaignId} not handled: ${String(error)}`);
    }
  }
}
