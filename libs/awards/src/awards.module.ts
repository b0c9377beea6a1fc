import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { EnterprisesModule } from '@app/enterprises';
import { IdentityModule } from '@app/identity';
import { JudgingModule } from '@app/judging';
import { RankingsModule } from '@app/rankings';
import { AwardsRepository } from './awards.repository';
import { AwardsService } from './awards.service';
import { PublicResultsService } from './public-results.service';

@Module({
  imports: [IdentityModule, CampaignsModule, EnterprisesModule, RankingsModule, JudgingModule],
  providers: [AwardsRepository, AwardsService, PublicResultsService],
  exports: [AwardsService, PublicResultsService],
})
export class AwardsModule {}
