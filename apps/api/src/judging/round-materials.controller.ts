import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { JudgeAttachmentsService, RoundMaterialsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { DocumentLinkResponseDto, RoundAttachmentResponseDto } from './materials.dto';

/** What a round shows of its entrants and what its judges attached, for organizers: the list and links. */
@ApiTags('judging')
@Controller('rounds/:roundId')
export class RoundMaterialsController {
  constructor(
    private readonly materials: RoundMaterialsService,
    private readonly attachments: JudgeAttachmentsService,
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
}
