import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { EnterprisesRepository } from './enterprises.repository';
import { EnterprisesService } from './enterprises.service';

@Module({
  imports: [IdentityModule],
  providers: [EnterprisesRepository, EnterprisesService],
  exports: [EnterprisesService],
})
export class EnterprisesModule {}
