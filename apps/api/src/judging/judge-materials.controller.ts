import { Controller, Delete, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@app/common';
import { JudgeAttachmentsService, RoundMaterialsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { AcceptsUpload, receiveUpload } from '../documents/receive-upload';
import { UuidParam } from '../http/uuid-param';
import { JudgeSecondFactorGuard } from './judge-second-factor.guard';
import { DocumentLinkResponseDto, SheetAttachmentResponseDto } from './materials.dto';

const NOT_MINE =
  'Not my active assignment, its entrant is one I am conflicted with, or no such document I may open ' +
  '(the same answer whether it exists or not)';

/** What a judge reads and adds beside the score sheet: the entrant's documents, and the judge's attachments. */
@ApiTags('judging')
@Controller('judging/assignments/:assignmentId')
@UseGuards(JudgeSecondFactorGuard)
@ApiErrors({ 403: 'Not a judge, or a campaign of this work requires a second factor (TWO_FACTOR_REQUIRED)' })
export class JudgeMaterialsController {
  constructor(
    private readonly materials: RoundMaterialsService,
    private readonly attachments: JudgeAttachmentsService,
  ) {}

  @Get('documents/:documentId/link')
  @Roles('judge')
  @ApiOperation({
    summary: 'A short-lived link to a document of my assignment',
    description:
      'A document the round shows of the entrant’s entry, or one of my attachments to this sheet, while the ' +
      'round is open or closed (not once finalised). The link works for me only, for a few minutes; each ' +
      'download is in the audit log.',
  })
  @ApiOkResponse({ type: DocumentLinkResponseDto })
  @ApiErrors(400, { 404: NOT_MINE })
  link(
    @UuidParam('assignmentId') assignmentId: string,
    @UuidParam('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.materials.linkForJudge(assignmentId, documentId, actor);
  }

  @Post('attachments/:slot')
  @Roles('judge')
  @AcceptsUpload()
  @ApiOperation({
    summary: 'Attach a file to my sheet, in a slot the round declares (a report, photos)',
    description:
      'multipart/form-data, the file in the part `file`. The slot’s media types, size and count hold (checked ' +
      'on the bytes, not the name); while the round is open and my sheet is not submitted. Organizers see ' +
      'attachments with the round’s sheets; entrants only after the announcement, if the round says so.',
  })
  @ApiCreatedResponse({ type: SheetAttachmentResponseDto })
  @ApiErrors(
    { 400: 'No file, or a malformed upload', 404: `${NOT_MINE}; or no such slot in this round` },
    { 409: 'The round is not open, my sheet is submitted, or the slot is full (DOCUMENT_LIMIT)' },
    { 413: 'Larger than the slot allows', 415: 'Not a type the slot accepts', 422: 'A virus was found' },
    { 503: 'The virus scanner or the storage is unavailable' },
  )
  async upload(
    @UuidParam('assignmentId') assignmentId: string,
    @Param('slot') slot: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ) {
    // Every check that needs no byte of the file comes first: a refused upload is never read.
    const target = await this.attachments.uploadTarget(assignmentId, slot, actor);
    return this.attachments.attach(target, await receiveUpload(request), actor);
  }

  @Delete('attachments/:documentId')
  @HttpCode(204)
  @Roles('judge')
  @ApiOperation({
    summary: 'Remove one of my attachments (while the round is open and my sheet is not submitted)',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(400, { 404: NOT_MINE, 409: 'The round is not open, or my sheet is submitted' })
  async remove(
    @UuidParam('assignmentId') assignmentId: string,
    @UuidParam('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.attachments.remove(assignmentId, documentId, actor);
  }
}
