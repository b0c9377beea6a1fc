import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { EnterprisesModule } from '@app/enterprises';
import { IdentityModule } from '@app/identity';
import { JudgingModule } from '@app/judging';
import { NotificationsModule } from '@app/notifications';
import { RankingsModule } from '@app/rankings';
import { ReferenceDataModule } from '@app/reference-data';
import { AwardsRepository } from './awards.repository';
import { AwardsService } from './awards.service';
import { CampaignProposals } from './proposals/campaign-proposals';
import { EnterpriseCertificatesService } from './publication/enterprise-certificates.service';
import { PublicResultsService } from './publication/public-results.service';
import { PublicationService } from './publication/publication.service';
import { WinnerNotifications } from './publication/winner-notifications';

@Module({
  imports: [
    IdentityModule,
    CampaignsModule,
    EnterprisesModule,
    RankingsModule,
    JudgingModule,
    NotificationsModule,
    ReferenceDataModule,
  ],
  providers: [
    AwardsRepository,
    CampaignProposals,
    PublicationService,
    WinnerNotifications,
    AwardsService,
    PublicResultsService,
    EnterpriseCertificatesService,
  ],
  exports: [AwardsService, PublicResultsService, EnterpriseCertificatesService],
})
export class AwardsModule {}
