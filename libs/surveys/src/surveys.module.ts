import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { EnterprisesModule } from '@app/enterprises';
import { IdentityModule } from '@app/identity';
import { IngestionService } from './ingestion.service';
import { MethodologyRepository } from './methodology.repository';
import { MethodologyService } from './methodology.service';
import { PartnerKeysRepository } from './partner-keys.repository';
import { PartnerKeysService } from './partner-keys.service';
import { ResponseArrivals } from './response-arrivals';
import { ResponseBatchesRepository } from './response-batches.repository';
import { ResponseBatchesService } from './response-batches.service';
import { StoredResponsesStatistics } from './stored-responses-statistics';
import { SurveyEntrantsService } from './survey-entrants.service';
import { SurveyImportsRepository } from './survey-imports.repository';
import { SurveyImportsService } from './survey-imports.service';

@Module({
  imports: [IdentityModule, CampaignsModule, EnterprisesModule],
  providers: [
    MethodologyRepository,
    MethodologyService,
    PartnerKeysRepository,
    PartnerKeysService,
    SurveyEntrantsService,
    ResponseArrivals,
    IngestionService,
    SurveyImportsRepository,
    SurveyImportsService,
    ResponseBatchesRepository,
    ResponseBatchesService,
    StoredResponsesStatistics,
  ],
  exports: [
    MethodologyService,
    PartnerKeysService,
    SurveyEntrantsService,
    ResponseArrivals,
    IngestionService,
    SurveyImportsService,
    ResponseBatchesService,
    StoredResponsesStatistics,
  ],
})
export class SurveysModule {}
