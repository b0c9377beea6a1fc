import { Controller, Get, Logger, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@app/common';
import { JudgeAttachmentsService, MaterialsExportService, RoundMaterialsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { DocumentLinkResponseDto, RoundAttachmentResponseDto } from './materials.dto';
import { materialsZip, zipHeaders } from './materials-zip';

/** What a round shows of its entrants and what its judges attached, for organizers: links and the archive. */
@ApiTags('judging')
@Controller('rounds/:roundId')
export class RoundMaterialsController {
  private readonly logger = new Logger('RoundMaterials');

  constructor(
    private readonly materials: RoundMaterialsService,
    private readonly attachments: JudgeAttachmentsService,
    private readonly exports: MaterialsExportService,
  ) {}

  @Get('documents/:documentId/link')
  @Roles('organizer')
  @ApiOperation({
    summary: 'A short-lived link to a document of the round',
    description:
      'A document the round shows of one of its entrants’ entries, or any judge’s attachment to the round’s ' +
      'sheets. The link works for me only, for a few minutes; each download is in the audit log.',
  })
  @ApiOkResponse({ type: DocumentLinkResponseDto })
  @ApiErrors(400, { 404: 'No such round, or no document of it that the round shows (DOCUMENT_NOT_FOUND)' })
  link(
    @UuidParam('roundId') roundId: string,
    @UuidParam('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.materials.linkForOrganizer(roundId, documentId, actor);
  }

  @Get('attachments')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Every judge’s attachment to the round’s sheets, with whose sheet it is',
    description:
      'Ended assignments’ attachments too. Open one through `GET /rounds/{roundId}/documents/{documentId}/link`.',
  })
  @ApiOkResponse({ type: [RoundAttachmentResponseDto] })
  @ApiErrors(400, 404)
  list(@UuidParam('roundId') roundId: string) {
    return this.attachments.ofRound(roundId);
  }

  @Get('materials.zip')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Everything the round shows of its entrants, as one ZIP for offline review',
    description:
      'Streamed as it is written. One folder per entrant (`<enterprise>-<first 8 characters of the entrant ' +
      'id>/`) with `entry.html` (the shown answers, labels in English and Chinese), `documents/<field>/` (the ' +
      'documents of shown fields) and `attachments/<slot>/` (the judges’ attachments, without judges’ names); ' +
      '`manifest.csv` lists every file with its SHA-256 and size. Names are made safe and unique. The export ' +
      'is in the audit log (`round.materials-exported`).',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'The archive, as an attachment',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' }, example: 'PK…' } },
  })
  @ApiErrors(400, 404)
  async zip(
    @UuidParam('roundId') roundId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Everything that can refuse (an unknown round) happens before the first byte, so it is still a JSON error.
    const archive = await this.exports.archive(roundId, actor);
    await reply.headers(zipHeaders(archive.fileName)).send(materialsZip(archive, this.logger));
  }
}
