import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { IdentityModule } from '@app/identity';
import { CandidaciesService } from './candidacies.service';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';

@Module({
  imports: [IdentityModule, CampaignsModule],
  providers: [EnterprisesRepository, EnterprisesService, CandidaciesService],
  exports: [EnterprisesService, CandidaciesService],
})
export class EnterprisesModule {}
