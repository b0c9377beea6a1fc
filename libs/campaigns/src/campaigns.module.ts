import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { ReferenceDataModule } from '@app/reference-data';
import { CampaignFactsService } from './campaign-facts.service';
import { CampaignScheduler } from './campaign-scheduler';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [ReferenceDataModule, IdentityModule],
  providers: [CampaignsRepository, CampaignsService, CampaignScheduler, CampaignFactsService],
  exports: [CampaignsService, CampaignFactsService],
})
export class CampaignsModule {}
