import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { IdentityModule } from '@app/identity';
import { CandidaciesService } from './candidacies.service';
import { ReferenceDataService } from './reference-data.service';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';
import { EnterpriseIdentitiesService } from './identity/enterprise-identities.service';
import { IdentitiesRepository } from './identity/identities.repository';

@Module({
  imports: [IdentityModule, CampaignsModule],
  providers: [
    EnterprisesRepository,
    IdentitiesRepository,
    EnterprisesService,
    EnterpriseIdentitiesService,
    CandidaciesService,
    ReferenceDataService,
  ],
  exports: [EnterprisesService, EnterpriseIdentitiesService, CandidaciesService, ReferenceDataService],
})
export class EnterprisesModule {}
