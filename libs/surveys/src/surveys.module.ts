import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { IngestionRepository } from './ingestion.repository';
import { IngestionService } from './ingestion.service';
import { MethodologyRepository } from './methodology.repository';
import { MethodologyService } from './methodology.service';
import { PartnerKeysService } from './partner-keys.service';
import { SurveyImportsRepository } from './survey-imports.repository';
import { SurveyImportsService } from './survey-imports.service';

@Module({
  imports: [IdentityModule],
  providers: [
    MethodologyRepository,
    MethodologyService,
    PartnerKeysService,
    IngestionRepository,
    IngestionService,
    SurveyImportsRepository,
    SurveyImportsService,
  ],
  exports: [
    MethodologyService,
    PartnerKeysService,
    IngestionService,
    SurveyImportsService,
    SurveyImportsRepository,
  ],
})
export class SurveysModule {}
