import { Body, Controller, Get, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { JudgesService, ScoreSheetsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { JudgeSecondFactorGuard } from './judge-second-factor.guard';
import { AddedConflictResponseDto, ConflictDto, ConflictResponseDto, JudgeResponseDto } from './judges.dto';
import {
  AssignmentDossierResponseDto,
  SheetDto,
  SheetViewResponseDto,
  WorkloadItemResponseDto,
} from './sheets.dto';

/** A judge's own workspace: assignments, the candidate's dossier, the score sheet, conflicts. */
@ApiTags('judging')
@Controller('judging')
@UseGuards(JudgeSecondFactorGuard)
@ApiErrors({ 403: 'Not a judge, or a campaign of this work requires a second factor (TWO_FACTOR_REQUIRED)' })
export class JudgeWorkspaceController {
  constructor(
    private readonly sheets: ScoreSheetsService,
    private readonly judges: JudgesService,
  ) {}

  @Get('profile')
  @Roles('judge')
  @ApiOperation({ summary: 'My judge profile' })
  @ApiOkResponse({ type: JudgeResponseDto })
  profile(@CurrentActor() actor: Actor) {
    return this.judges.get(actor.userId as string);
  }

  @Get('assignments')
  @Roles('judge')
  @ApiOperation({ summary: 'My active assignments in rounds that are open or later' })
  @ApiOkResponse({ type: [WorkloadItemResponseDto] })
  async assignments(@CurrentActor() actor: Actor): Promise<WorkloadItemResponseDto[]> {
    return (await this.sheets.workload(actor.userId as string)).map(({ assignment, round, entrant }) =>
      workloadItem(assignment, round, entrant),
    );
  }

  @Get('assignments/:assignmentId')
  @Roles('judge')
  @ApiOperation({
    summary: 'One of my assignments: the candidate’s dossier and entry, the rubric, my sheet and attachments',
    description:
      'The entry shows only the fields the round shows. Never another judge’s sheet or attachments: other ' +
      'judges’ scores are seen only in the results after the close. A conflict of interest (declared, recorded ' +
      'or found in an affiliation, also after the assignment) makes this and every route below it a 404.',
  })
  @ApiOkResponse({ type: AssignmentDossierResponseDto })
  @ApiErrors(404)
  async assignment(@UuidParam('assignmentId') id: string, @CurrentActor() actor: Actor) {
    const found = await this.sheets.assignmentFor(id, actor);
    return {
      assignment: workloadItem(found.assignment, found.round, found.entrant),
      dossier: found.dossier,
      entry: found.entry,
      rubric: found.rubric,
      sheet: found.sheet,
      attachmentSlots: found.attachmentSlots,
      attachments: found.attachments,
      earlierRounds: found.earlierRounds,
    };
  }

  @Put('assignments/:assignmentId/sheet')
  @Roles('judge')
  @ApiOperation({ summary: 'Save my draft sheet: values per item, a comment per category' })
  @ApiOkResponse({ type: SheetViewResponseDto })
  @ApiErrors(400, 404, { 409: 'Submitted (locked), or the round is not open' })
  save(@UuidParam('assignmentId') id: string, @Body() dto: SheetDto, @CurrentActor() actor: Actor) {
    return this.sheets.saveJudgeDraft(id, { values: dto.values, comments: dto.comments ?? {} }, actor);
  }

  @Post('assignments/:assignmentId/sheet/submit')
  @HttpCode(200)
  @Roles('judge')
  @ApiOperation({ summary: 'Submit my sheet: every item needs a value; it is locked afterwards' })
  @ApiOkResponse({ type: SheetViewResponseDto })
  @ApiErrors(400, 404, { 409: 'Submitted already, or the round is not open' })
  submit(@UuidParam('assignmentId') id: string, @CurrentActor() actor: Actor) {
    return this.sheets.submitJudgeSheet(id, actor);
  }

  @Get('conflicts')
  @Roles('judge')
  @ApiOperation({ summary: 'My declared and recorded conflicts' })
  @ApiOkResponse({ type: [ConflictResponseDto] })
  conflicts(@CurrentActor() actor: Actor) {
    return this.judges.conflictsOf(actor.userId as string);
  }

  @Post('conflicts')
  @Roles('judge')
  @ApiOperation({
    summary: 'Declare a conflict of interest with an enterprise',
    description:
      'I am never assigned to it again, and any unfinished assignment to it ends at once. A sheet I have already ' +
      'submitted is not withdrawn by this: it keeps counting, flagged to organizers, until one withdraws or keeps it.',
  })
  @ApiCreatedResponse({ type: AddedConflictResponseDto })
  @ApiErrors(400)
  declare(@Body() dto: ConflictDto, @CurrentActor() actor: Actor) {
    return this.judges.addConflict(actor.userId as string, dto.enterpriseId, dto.reason, actor);
  }
}

function workloadItem(
  a: { id: string; roundId: string; entrantId: string; sheetState: string | null },
  round: { name: string; state: string; closesAt: Date | null; campaignId: string },
  entrant: { enterpriseId: string; enterpriseName: string; industryCode: string },
): WorkloadItemResponseDto {
  return {
    assignmentId: a.id,
    roundId: a.roundId,
    roundName: round.name,
    campaignId: round.campaignId,
    roundState: round.state,
    closesAt: round.closesAt?.toISOString() ?? null,
    entrantId: a.entrantId,
    enterpriseId: entrant.enterpriseId,
    enterpriseName: entrant.enterpriseName,
    industryCode: entrant.industryCode,
    sheetState: a.sheetState,
  };
}
