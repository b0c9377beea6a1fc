import { Module } from '@nestjs/common';
import { AwardsModule } from '@app/awards';
import { CampaignsModule } from '@app/campaigns';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DocumentsModule } from '@app/documents';
import { JudgingModule } from '@app/judging';
import { MailModule } from '@app/mail';
import { QueueModule } from '@app/queue';
import { RankingsModule } from '@app/rankings';
import { CampaignScheduleProcessor } from './processors/campaign-schedule.processor';
import { JobDurationRecorder } from './job-duration-recorder';
import { DiagnosticsProcessor } from './processors/diagnostics.processor';
import { DocumentSweepProcessor } from './processors/document-sweep.processor';
import { JudgingScheduleProcessor } from './processors/judging-schedule.processor';
import { mailProcessorProvider } from './processors/mail.processor';
import { rankingsProcessorProvider } from './processors/rankings.processor';
import { ScheduleReconciler } from './schedule-reconciler';

/** Queue consumers only: each processor is a thin adapter that calls a lib service. */
@Module({
  imports: [
    AppConfigModule.forRoot(),
    DatabaseModule,
    QueueModule.forRole('consumer'),
    CampaignsModule,
    RankingsModule,
    JudgingModule,
    AwardsModule,
    MailModule,
    DocumentsModule,
  ],
  providers: [
    DiagnosticsProcessor,
    CampaignScheduleProcessor,
    rankingsProcessorProvider,
    JudgingScheduleProcessor,
    mailProcessorProvider,
    DocumentSweepProcessor,
    JobDurationRecorder,
    ScheduleReconciler,
  ],
})
export class WorkerModule {}
