import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { ReferenceDataModule } from '@app/reference-data';
import { CampaignFactsService } from './campaign-facts.service';
import { CampaignScheduler } from './campaign-scheduler';
import { CampaignTransitions } from './campaign-transitions';
import { CampaignValidation } from './campaign-validation';
import { CampaignViews } from './campaign-views';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { MethodologyVersions } from './methodology-versions';

@Module({
  imports: [ReferenceDataModule, IdentityModule],
  providers: [
    CampaignsRepository,
    CampaignViews,
    CampaignValidation,
    CampaignTransitions,
    CampaignsService,
    CampaignScheduler,
    CampaignFactsService,
    MethodologyVersions,
  ],
  exports: [CampaignsService, CampaignFactsService, MethodologyVersions],
})
export class CampaignsModule {}
