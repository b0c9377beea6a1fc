import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { CampaignScheduler } from './campaign-scheduler';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [IdentityModule],
  providers: [CampaignsRepository, CampaignsService, CampaignScheduler],
  exports: [CampaignsService],
})
export class CampaignsModule {}
