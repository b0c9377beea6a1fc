import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';

@Module({
  imports: [IdentityModule],
  providers: [RubricsRepository, RubricsService],
  exports: [RubricsService],
})
export class JudgingModule {}
