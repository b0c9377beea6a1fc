import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { EnterprisesModule } from '@app/enterprises';
import { IdentityModule } from '@app/identity';
import { SurveysModule } from '@app/surveys';
import { RankingJobsService } from './ranking-jobs.service';
import { RankingSnapshotsRepository } from './ranking-snapshots.repository';
import { RankingSnapshotsService } from './ranking-snapshots.service';
import { RankingsReadService } from './rankings-read.service';
import { RankingsRepository } from './rankings.repository';
import { RankingsService } from './rankings.service';

@Module({
  imports: [SurveysModule, CampaignsModule, EnterprisesModule, IdentityModule],
  providers: [
    RankingsRepository,
    RankingSnapshotsRepository,
    RankingSnapshotsService,
    RankingsService,
    RankingsReadService,
    RankingJobsService,
  ],
  exports: [RankingsService, RankingsReadService, RankingJobsService, RankingSnapshotsService],
})
export class RankingsModule {}
