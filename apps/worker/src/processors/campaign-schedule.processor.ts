import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AwardsService } from '@app/awards';
import { CAMPAIGN_STATES, CampaignState, CampaignsService } from '@app/campaigns';
import { SYSTEM_ACTOR } from '@app/common';
import { CampaignTransitionPayload, QUEUES } from '@app/queue';

@Processor(QUEUES.campaignSchedule)
export class CampaignScheduleProcessor extends WorkerHost {
  private readonly logger = new Logger(CampaignScheduleProcessor.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly awards: AwardsService,
  ) {
    super();
  }

  async process(job: Job<CampaignTransitionPayload>): Promise<string> {
    const { campaignId, to, scheduledFor } = job.data;
    if (!(CAMPAIGN_STATES as readonly string[]).includes(to)) return 'stale';
    const actor = { ...SYSTEM_ACTOR, requestId: `job:${job.id}` };
    // The announcement publishes the confirmed winners with the move, in one transaction.
    const outcome =
      to === 'announced'
        ? await this.awards.announceOnSchedule(campaignId, scheduledFor, actor)
        : await this.campaigns.applyScheduledTransition(campaignId, to as CampaignState, scheduledFor, actor);
    this.logger.log(`Scheduled move of campaign ${campaignId} to ${to}: ${outcome}`);
    return outcome;
  }
}
