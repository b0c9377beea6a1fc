import { Body, Controller, Get, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { JudgeAttachmentsService, PanelService, RoundResultsService, ScoreSheetsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { ChairDecisionDto } from './entrants-and-panel.dto';
import { JudgeSecondFactorGuard } from './judge-second-factor.guard';
import { ReasonDto } from './reason.dto';
import { RoundResultsResponseDto } from './results.dto';
import { Refusals } from './rounds.controller';
import { RoundResponseDto } from './rounds.dto';
import {
  ProgressResponseDto,
  RemindersResponseDto,
  ScoreSheetDto,
  SheetHistoryResponseDto,
} from './sheets.dto';

/** How a round's scoring goes and what it comes to: progress, reminders, sheets, the chair's tie order, results. */
@ApiTags('judging')
@Controller()
// Judges read a round's results and record its chair decision here: their campaign's second-factor rule holds.
@UseGuards(JudgeSecondFactorGuard)
// Operation ids stay those these routes had in RoundsController, so generated clients keep their method names.
export class RoundResultsController {
  constructor(
    private readonly panels: PanelService,
    private readonly roundResults: RoundResultsService,
    private readonly sheets: ScoreSheetsService,
    private readonly attachments: JudgeAttachmentsService,
  ) {}

  @Get('rounds/:roundId/progress')
  @Roles('organizer')
  @ApiOperation({
    operationId: 'RoundsController_progress',
    summary: 'Sheets submitted, in draft and not started, per judge and per entrant',
  })
  @ApiOkResponse({ type: ProgressResponseDto })
  @ApiErrors(404)
  progress(@UuidParam('roundId') roundId: string) {
    return this.roundResults.progress(roundId);
  }

  @Post('rounds/:roundId/reminders')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    operationId: 'RoundsController_remind',
    summary: 'Remind now every judge with unfinished sheets',
    description: 'One notification per judge. Reminders are also sent by themselves before the round closes.',
  })
  @ApiOkResponse({ type: RemindersResponseDto })
  @ApiErrors(404)
  remind(@UuidParam('roundId') roundId: string, @CurrentActor() actor: Actor) {
    return this.sheets.remind(roundId, `manual-${actor.requestId ?? Date.now()}`);
  }

  @Get('rounds/:roundId/sheets/:sheetId')
  @Roles('organizer')
  @ApiOperation({
    operationId: 'RoundsController_sheet',
    summary: 'A score sheet with every submitted revision and the judge’s attachments',
  })
  @ApiOkResponse({ type: SheetHistoryResponseDto })
  @ApiErrors(404)
  async sheet(@UuidParam('roundId') roundId: string, @UuidParam('sheetId') sheetId: string) {
    const history = await this.sheets.sheetHistory(roundId, sheetId);
    const assignmentId = history.sheet.assignmentId;
    return {
      ...history,
      attachments: assignmentId ? await this.attachments.ofAssignments([assignmentId]) : [],
    };
  }

  @Post('rounds/:roundId/sheets/:sheetId/reopen')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    operationId: 'RoundsController_reopen',
    summary: 'Reopen a submitted sheet of an open round, with a reason (the submission is kept)',
  })
  @ApiOkResponse({ type: ScoreSheetDto })
  @ApiErrors(400, 404)
  @Refusals()
  reopen(
    @UuidParam('roundId') roundId: string,
    @UuidParam('sheetId') sheetId: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.reopen(roundId, sheetId, dto.reason, actor);
  }

  @Put('rounds/:roundId/chair-decision')
  @Roles('organizer', 'judge')
  @ApiOperation({
    operationId: 'RoundsController_chair',
    summary: 'Record the panel chair’s order of tied entrants',
    description: 'By the round’s chair, or an organizer on the chair’s word; while the round is closed.',
  })
  @ApiOkResponse({ type: RoundResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  chair(@UuidParam('roundId') roundId: string, @Body() dto: ChairDecisionDto, @CurrentActor() actor: Actor) {
    return this.panels.recordChairDecision(roundId, dto.order, dto.reason, actor);
  }

  @Get('rounds/:roundId/results')
  @Roles('organizer', 'judge')
  @ApiOperation({
    operationId: 'RoundsController_results',
    summary: 'The round’s results',
    description:
      'Per entrant: each judge’s total, the aggregate by the round’s method, spread and disagreement flag, ' +
      'category percentages, weakest category, band, rank and the tie-break step that decided, and the ' +
      'advancement proposal; judge diagnostics and ICC(1). Organizers read them any time (provisional while ' +
      'open); judges of the panel only once the round is closed, and then computed as if the entrants they are ' +
      'conflicted with did not exist (no row, and no trace in any statistic, normalisation, agreement or rank; ' +
      'every advancement decision that could depend on the hidden entrants is withheld (null) from such a view: ' +
      'a top-N one always, a minimum score or band under z-score aggregation).',
  })
  @ApiOkResponse({ type: RoundResultsResponseDto })
  @ApiErrors(404)
  results(@UuidParam('roundId') roundId: string, @CurrentActor() actor: Actor) {
    return this.roundResults.forViewer(roundId, actor);
  }
}
