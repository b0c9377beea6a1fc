import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { AssignmentsService, PanelService, RoundEntrantsService, RoundsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import {
  AssignJudgeDto,
  AssignmentResponseDto,
  AutomaticAssignmentDto,
  AutomaticAssignmentResponseDto,
  ConflictDecisionDto,
  PanelConflictResponseDto,
  ReassignDto,
} from './assignments.dto';
import {
  AddEntrantDto,
  EntrantResponseDto,
  PanelMemberResponseDto,
  SetPanelDto,
} from './entrants-and-panel.dto';
import { JudgeSecondFactorGuard } from './judge-second-factor.guard';
import { ReasonDto } from './reason.dto';
import {
  CreateRoundDto,
  RoundResponseDto,
  RoundTransitionDto,
  UpdateRoundDto,
  advancementRuleOf,
} from './rounds.dto';
import { RemindersResponseDto } from './sheets.dto';

/** The answer when a round's state does not allow the change. */
export const Refusals = () => ApiErrors({ 409: 'Refused in the round’s state' });

/** Judging rounds of a campaign category: settings, lifecycle, entrants, panel and assignments. */
@ApiTags('judging')
@Controller()
// Judges read a round's entrants here: their campaign's second-factor rule holds.
@UseGuards(JudgeSecondFactorGuard)
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly roundEntrants: RoundEntrantsService,
    private readonly panels: PanelService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Post('campaigns/:campaignId/rounds')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Create a judging round of a panel or combined category',
    description:
      'The first round of a category takes the approved candidacies as entrants (optionally only those ranked ' +
      'in the survey); a later round takes those advanced when the round before it is finalised. A window ' +
      'schedules the opening, a reminder and the closing.',
  })
  @ApiCreatedResponse({ type: RoundResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  create(
    @UuidParam('campaignId') campaignId: string,
    @Body() dto: CreateRoundDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.rounds.create(
      campaignId,
      { ...dto, advancementRule: advancementRuleOf(dto.advancementRule) },
      actor,
    );
  }

  @Get('campaigns/:campaignId/rounds')
  @Roles('organizer')
  @ApiOperation({ summary: 'The campaign’s rounds, by category and position' })
  @ApiOkResponse({ type: [RoundResponseDto] })
  @ApiErrors(404)
  list(@UuidParam('campaignId') campaignId: string) {
    return this.rounds.list(campaignId);
  }

  @Get('rounds/:roundId')
  @Roles('organizer')
  @ApiOperation({ summary: 'One round' })
  @ApiOkResponse({ type: RoundResponseDto })
  @ApiErrors(404)
  get(@UuidParam('roundId') roundId: string) {
    return this.rounds.get(roundId);
  }

  @Patch('rounds/:roundId')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Change a round’s settings',
    description:
      'Everything while a draft; only the name, the closing time and the reminder lead while open; nothing after.',
  })
  @ApiOkResponse({ type: RoundResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  update(@UuidParam('roundId') roundId: string, @Body() dto: UpdateRoundDto, @CurrentActor() actor: Actor) {
    const { advancementRule, ...rest } = dto;
    const changes =
      advancementRule === undefined ? rest : { ...rest, advancementRule: advancementRuleOf(advancementRule) };
    return this.rounds.update(roundId, changes, actor);
  }

  @Post('rounds/:roundId/transitions')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Open, close or finalise the round',
    description:
      'Opening needs entrants, each with its k judges, and the previous round finalised. Closing needs every ' +
      'sheet submitted, or `force` with a reason (missing sheets are excluded and reported). Finalising stores ' +
      'the results with a checksum and puts the advancing entrants into the next round.',
  })
  @ApiOkResponse({ type: RoundResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  transition(
    @UuidParam('roundId') roundId: string,
    @Body() dto: RoundTransitionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.rounds.transition(roundId, dto.to, { force: dto.force, reason: dto.reason }, actor);
  }

  @Get('rounds/:roundId/entrants')
  @Roles('organizer', 'judge')
  @ApiOperation({
    summary: 'The round’s entrants',
    description:
      'Organizers see every entrant with its history (`includeRemoved`). A judge of the panel sees names and ' +
      'industries only, to declare conflicts, and never an entrant the judge is conflicted with.',
  })
  @ApiQuery({ name: 'includeRemoved', required: false, example: false })
  @ApiOkResponse({ type: [EntrantResponseDto] })
  @ApiErrors(404)
  async entrants(
    @UuidParam('roundId') roundId: string,
    @CurrentActor() actor: Actor,
    @Query('includeRemoved') includeRemoved?: string,
  ): Promise<object[]> {
    if (actor.role === 'organizer') {
      return this.roundEntrants.list(roundId, includeRemoved === 'true');
    }
    return (await this.assignments.entrantsForJudge(roundId, actor.userId as string)).map((e) => ({
      id: e.id,
      enterpriseId: e.enterpriseId,
      enterpriseName: e.enterpriseName,
      industryCode: e.industryCode,
    }));
  }

  @Post('rounds/:roundId/entrants')
  @Roles('organizer')
  @ApiOperation({ summary: 'Add an approved candidacy of the category to a draft round, with a reason' })
  @ApiCreatedResponse({ type: EntrantResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  addEntrant(
    @UuidParam('roundId') roundId: string,
    @Body() dto: AddEntrantDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.roundEntrants.add(roundId, dto.candidacyId, dto.reason, actor);
  }

  @Post('rounds/:roundId/entrants/refresh')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({ summary: 'A draft first round takes in candidacies approved since it was created' })
  @ApiOkResponse({ type: RemindersResponseDto, description: '`added`: how many entrants were added' })
  @ApiErrors(404)
  @Refusals()
  refresh(@UuidParam('roundId') roundId: string, @CurrentActor() actor: Actor) {
    return this.roundEntrants.refresh(roundId, actor);
  }

  @Post('rounds/:roundId/entrants/:entrantId/remove')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({ summary: 'Remove an entrant from a draft round, with a reason (kept in its history)' })
  @ApiOkResponse({ type: EntrantResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  removeEntrant(
    @UuidParam('roundId') roundId: string,
    @UuidParam('entrantId') entrantId: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.roundEntrants.remove(roundId, entrantId, dto.reason, actor);
  }

  @Get('rounds/:roundId/panel')
  @Roles('organizer')
  @ApiOperation({ summary: 'The judges of the round and its chair' })
  @ApiOkResponse({ type: [PanelMemberResponseDto] })
  @ApiErrors(404)
  panel(@UuidParam('roundId') roundId: string) {
    return this.panels.panel(roundId);
  }

  @Put('rounds/:roundId/panel')
  @Roles('organizer')
  @ApiOperation({ summary: 'Set the judges of the round (at most one chair)' })
  @ApiOkResponse({ type: [PanelMemberResponseDto] })
  @ApiErrors(400, 404)
  @Refusals()
  setPanel(@UuidParam('roundId') roundId: string, @Body() dto: SetPanelDto, @CurrentActor() actor: Actor) {
    return this.panels.setPanel(
      roundId,
      dto.judges.map((j) => ({ judgeId: j.judgeId, isChair: !!j.chair })),
      actor,
    );
  }

  @Get('rounds/:roundId/conflicts')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Every conflict of interest between the panel and the entrants, with its reasons',
  })
  @ApiOkResponse({ type: [PanelConflictResponseDto] })
  @ApiErrors(404)
  conflicts(@UuidParam('roundId') roundId: string) {
    return this.assignments.conflicts(roundId);
  }

  @Get('rounds/:roundId/assignments')
  @Roles('organizer')
  @ApiOperation({ summary: 'Every assignment of the round, ended ones included' })
  @ApiOkResponse({ type: [AssignmentResponseDto] })
  @ApiErrors(404)
  listAssignments(@UuidParam('roundId') roundId: string) {
    return this.assignments.list(roundId);
  }

  @Post('rounds/:roundId/assignments')
  @Roles('organizer')
  @ApiOperation({ summary: 'Assign a judge of the panel to an entrant (409 on a conflict of interest)' })
  @ApiCreatedResponse({ type: AssignmentResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  assign(@UuidParam('roundId') roundId: string, @Body() dto: AssignJudgeDto, @CurrentActor() actor: Actor) {
    return this.assignments.assign(roundId, dto.entrantId, dto.judgeId, actor);
  }

  @Post('rounds/:roundId/assignments/automatic')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Assign judges automatically',
    description:
      'Every entrant gets exactly k judges (keeping those assigned already), loads differ by at most one, no ' +
      'conflicts, industry experts first; the same seed gives the same assignment. 409 says why when impossible.',
  })
  @ApiCreatedResponse({ type: AutomaticAssignmentResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  automatic(
    @UuidParam('roundId') roundId: string,
    @Body() dto: AutomaticAssignmentDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.assignments.assignAutomatically(roundId, dto.seed, actor);
  }

  @Post('rounds/:roundId/assignments/:assignmentId/reassign')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Hand an unfinished assignment to another judge (the old one is kept as replaced)',
  })
  @ApiCreatedResponse({ type: AssignmentResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  reassign(
    @UuidParam('roundId') roundId: string,
    @UuidParam('assignmentId') assignmentId: string,
    @Body() dto: ReassignDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.assignments.reassign(roundId, assignmentId, dto.judgeId, dto.reason, actor);
  }

  @Post('rounds/:roundId/assignments/:assignmentId/conflict-decision')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Withdraw or keep a submitted sheet that a conflict of interest reached afterwards',
    description:
      'A conflict declared (or recorded, or found in an affiliation) after the judge submitted the sheet does not ' +
      'withdraw it: it keeps counting, flagged in the round’s conflicts and progress, until an organizer decides ' +
      'here with a reason (audited). withdraw ends the assignment; keep clears the flag. While the round is open or closed (finalising waits for every such decision); ' +
      'in a closed round, a withdrawal leaving the entrant fewer than k counted sheets is refused (409 ' +
      'WITHDRAWAL_LEAVES_ENTRANT_SHORT) unless `force` is true, and is then added to the round’s forced-close ' +
      'reason and audited as a forced shortfall; ' +
      '409 when the judge has no conflict with the entrant or the assignment has ended.',
  })
  @ApiOkResponse({ type: AssignmentResponseDto })
  @ApiErrors(400, 404)
  @Refusals()
  decideConflict(
    @UuidParam('roundId') roundId: string,
    @UuidParam('assignmentId') assignmentId: string,
    @Body() dto: ConflictDecisionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.assignments.decideConflict(
      roundId,
      assignmentId,
      dto.decision,
      dto.reason,
      actor,
      dto.force ?? false,
    );
  }
}
