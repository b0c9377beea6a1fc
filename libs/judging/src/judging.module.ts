import { Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { DocumentsModule } from '@app/documents';
import { EnterprisesModule } from '@app/enterprises';
import { EntriesModule } from '@app/entries';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { RankingsModule } from '@app/rankings';
import { ReferenceDataModule } from '@app/reference-data';
import { RoundEntrantsRepository } from './entrants/round-entrants.repository';
import { RoundEntrantsService } from './entrants/round-entrants.service';
import { JudgeAccessService } from './judges/judge-access.service';
import { JudgeCampaignsRepository } from './judges/judge-campaigns.repository';
import { JudgeConflictsRepository } from './judges/judge-conflicts.repository';
import { JudgesRepository } from './judges/judges.repository';
import { JudgeImportService } from './judges/judge-import.service';
import { JudgeProfileDraftsRepository } from './judges/judge-profile-drafts.repository';
import { JudgesService } from './judges/judges.service';
import { AssignmentsRepository } from './panels-and-assignments/assignments.repository';
import { AssignmentsService } from './panels-and-assignments/assignments.service';
import { PanelRepository } from './panels-and-assignments/panel.repository';
import { PanelService } from './panels-and-assignments/panel.service';
import { JudgeAttachmentsService } from './materials/judge-attachments.service';
import { MaterialsExportService } from './materials/materials-export.service';
import { RoundMaterialsService } from './materials/round-materials.service';
import { RoundMaterialsSettings } from './materials/round-materials-settings';
import { FeedbackService } from './results/feedback.service';
import { RoundOutcomesRepository } from './results/round-outcomes.repository';
import { RoundResultsService } from './results/round-results.service';
import { RoundScheduler } from './rounds/round-scheduler';
import { RoundsRepository } from './rounds/rounds.repository';
import { RoundsService } from './rounds/rounds.service';
import { RubricsRepository } from './rubrics/rubrics.repository';
import { RubricsService } from './rubrics/rubrics.service';
import { JudgeAssignmentAccess } from './sheets/judge-assignment-access';
import { ScoreSheetsRepository } from './sheets/score-sheets.repository';
import { ScoreSheetsService } from './sheets/score-sheets.service';

@Module({
  imports: [
    IdentityModule,
    ReferenceDataModule,
    CampaignsModule,
    EnterprisesModule,
    RankingsModule,
    NotificationsModule,
    EntriesModule,
    DocumentsModule,
  ],
  providers: [
    RubricsRepository,
    RubricsService,
    JudgesRepository,
    JudgeConflictsRepository,
    JudgesService,
    JudgeCampaignsRepository,
    JudgeAccessService,
    JudgeProfileDraftsRepository,
    JudgeImportService,
    RoundsRepository,
    RoundScheduler,
    RoundEntrantsRepository,
    RoundEntrantsService,
    PanelRepository,
    PanelService,
    AssignmentsRepository,
    AssignmentsService,
    ScoreSheetsRepository,
    JudgeAssignmentAccess,
    RoundMaterialsSettings,
    RoundMaterialsService,
    JudgeAttachmentsService,
    MaterialsExportService,
    ScoreSheetsService,
    RoundOutcomesRepository,
    RoundResultsService,
    RoundsService,
    FeedbackService,
  ],
  exports: [
    RubricsService,
    JudgesService,
    JudgeAccessService,
    JudgeImportService,
    RoundsService,
    RoundEntrantsService,
    PanelService,
    RoundResultsService,
    AssignmentsService,
    ScoreSheetsService,
    FeedbackService,
    RoundMaterialsService,
    JudgeAttachmentsService,
    MaterialsExportService,
  ],
})
export class JudgingModule {}
