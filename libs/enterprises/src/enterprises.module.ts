import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { IdentityModule } from '@app/identity';
import { CandidaciesService } from './candidacies.service';
import { ReferenceDataService } from './reference-data.service';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';

@Module({
  imports: [IdentityModule, CampaignsModule],
  providers: [EnterprisesRepository, EnterprisesService, CandidaciesService, ReferenceDataService],
  exports: [EnterprisesService, CandidaciesService, ReferenceDataService],
})
export class EnterprisesModule {}
