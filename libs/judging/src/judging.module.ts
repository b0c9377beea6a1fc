import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { AssignmentsService } from './assignments.service';
import { FeedbackService } from './feedback.service';
import { JudgesRepository } from './judges.repository';
import { JudgesService } from './judges.service';
import { RoundResultsService } from './round-results.service';
import { RoundScheduler } from './round-scheduler';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';
import { ScoreSheetsService } from './score-sheets.service';

@Module({
  imports: [IdentityModule],
  providers: [
    RubricsRepository,
    RubricsService,
    JudgesRepository,
    JudgesService,
    RoundsRepository,
    RoundScheduler,
    RoundResultsService,
    RoundsService,
    AssignmentsService,
    ScoreSheetsService,
    FeedbackService,
  ],
  exports: [
    RubricsService,
    JudgesService,
    RoundsService,
    RoundResultsService,
    AssignmentsService,
    ScoreSheetsService,
    FeedbackService,
  ],
})
export class JudgingModule {}
