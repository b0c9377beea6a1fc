import { Module } from '@nestjs/common';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { DiagnosticsProcessor } from './processors/diagnostics.processor';

/** Queue consumers only: each processor is a thin adapter that calls a lib service. */
@Module({
  imports: [AppConfigModule, DatabaseModule, QueueModule.forRole('consumer')],
  providers: [DiagnosticsProcessor],
})
export class WorkerModule {}
