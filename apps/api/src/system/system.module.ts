import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { SystemController } from './system.controller';
import { WorkerCheckService } from './worker-check.service';

@Module({
  imports: [IdentityModule],
  controllers: [SystemController],
  providers: [WorkerCheckService],
})
export class SystemModule {}
