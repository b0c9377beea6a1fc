import { Module } from '@nestjs/common';
import { ReferenceDataRepository } from './reference-data.repository';
import { ReferenceDataService } from './reference-data.service';

@Module({
  providers: [ReferenceDataRepository, ReferenceDataService],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
