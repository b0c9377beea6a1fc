import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { FeedbackService, ScoreSheetsService } from '@app/judging';
import { NotificationsService } from '@app/notifications';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { FeedbackResponseDto, SelfAssessmentResponseDto } from './entrant-judging.dto';
import { DocumentLinkResponseDto } from './materials.dto';
import { NotificationResponseDto } from './judges.dto';
import { SheetDto, SheetViewResponseDto } from './sheets.dto';

/** What the judging asks of and gives to an enterprise: its self-assessment and, after the announcement, feedback. */
@ApiTags('judging')
@Controller()
export class EntrantJudgingController {
  constructor(
    private readonly sheets: ScoreSheetsService,
    private readonly feedbackService: FeedbackService,
    private readonly notificationsService: NotificationsService,
  ) {}

  @Get('enterprises/:enterpriseId/self-assessments')
  @Roles('organizer', 'enterprise')
  @ApiOperation({ summary: 'The enterprise’s self-assessment rounds, with the rubric and its sheet' })
  @ApiOkResponse({ type: [SelfAssessmentResponseDto] })
  @ApiErrors(404)
  selfAssessments(@UuidParam('enterpriseId') enterpriseId: string, @CurrentActor() actor: Actor) {
    return this.sheets.selfAssessments(enterpriseId, actor);
  }

  @Put('rounds/:roundId/entrants/:entrantId/self-assessment')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Save the enterprise’s draft self-assessment on the round’s rubric' })
  @ApiOkResponse({ type: SheetViewResponseDto })
  @ApiErrors(400, 404, { 409: 'Submitted (locked), or the round is not open' })
  saveSelfAssessment(
    @UuidParam('roundId') roundId: string,
    @UuidParam('entrantId') entrantId: string,
    @Body() dto: SheetDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.saveSelfAssessment(
      roundId,
      entrantId,
      { values: dto.values, comments: dto.comments ?? {} },
      actor,
    );
  }

  @Post('rounds/:roundId/entrants/:entrantId/self-assessment/submit')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Submit the self-assessment (locked afterwards)' })
  @ApiOkResponse({ type: SheetViewResponseDto })
  @ApiErrors(400, 404, { 409: 'Submitted already, or the round is not open' })
  submitSelfAssessment(
    @UuidParam('roundId') roundId: string,
    @UuidParam('entrantId') entrantId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.submitSelfAssessment(roundId, entrantId, actor);
  }

  @Get('campaigns/:campaignId/enterprises/:enterpriseId/feedback')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'The enterprise’s judging feedback',
    description:
      'Per finalised round: category percentages, score, band, weakest category and the judges’ comments ' +
      'without names. An enterprise reads only its own, and only once the campaign is announced (404 before).',
  })
  @ApiOkResponse({ type: FeedbackResponseDto })
  @ApiErrors(404)
  feedback(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('enterpriseId') enterpriseId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.feedbackService.feedback(campaignId, enterpriseId, actor);
  }

  @Get('campaigns/:campaignId/enterprises/:enterpriseId/feedback/documents/:documentId/link')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'A short-lived link to a judge’s attachment listed in the enterprise’s feedback',
    description:
      'Only an attachment the feedback lists: of a counted sheet, in a round that shares its feedback and its ' +
      'attachments with entrants, once the campaign is announced (members of the enterprise; organizers any ' +
      'time). The link works for the caller only, for a few minutes; each download is in the audit log.',
  })
  @ApiOkResponse({ type: DocumentLinkResponseDto })
  @ApiErrors(400, { 404: 'No such feedback visible to you, or no such attachment in it' })
  feedbackDocumentLink(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('enterpriseId') enterpriseId: string,
    @UuidParam('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.feedbackService.attachmentLink(campaignId, enterpriseId, documentId, actor);
  }

  @Get('notifications')
  @Roles('organizer', 'enterprise', 'judge')
  @ApiOperation({ summary: 'My notifications (judging reminders), newest first' })
  @ApiOkResponse({ type: [NotificationResponseDto] })
  notifications(@CurrentActor() actor: Actor) {
    return this.notificationsService.inboxOf(actor.userId as string);
  }
}
