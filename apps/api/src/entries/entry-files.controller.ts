import { Controller, Delete, Get, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@app/common';
import { EntryErrors, EntryFilesService, FORM_KEY } from '@app/entries';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { AcceptsUpload, receiveUpload } from '../documents/receive-upload';
import { UuidParam } from '../http/uuid-param';
import { EntryDocumentLinkDto, EntryFieldFilesDto, EntryFileUploadedDto } from './entry-files.dto';

const LOCKED = 'Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED)';

/** A field key from the path: anything that cannot be one is no field of any form. */
function fieldKeyOf(raw: string): string {
  if (!FORM_KEY.test(raw)) throw EntryErrors.fieldNotFound(raw.slice(0, 63));
  return raw;
}

/** The files of an entry's file fields: its enterprise's members upload and remove them, organizers read. */
@ApiTags('entries')
@Controller('candidacies/:id/entry')
export class EntryFilesController {
  constructor(private readonly files: EntryFilesService) {}

  @Post('files/:fieldKey')
  @Roles('enterprise')
  @AcceptsUpload()
  @ApiOperation({
    summary: 'Upload one file to a file field of the entry',
    description:
      'multipart/form-data with the file in a part named `file`. Members of the candidacy’s enterprise, while ' +
      'the entry is editable. Who you are, the lock and the field are checked before the file is read; the ' +
      'file’s type is then sniffed from its bytes (the field’s `accept`), its size counted (`maxBytes`), its ' +
      'SHA-256 recorded, and it is stored and added to the field’s answer together, or not at all.',
  })
  @ApiCreatedResponse({ type: EntryFileUploadedDto })
  @ApiErrors({
    400: 'Not multipart, no part `file`, a second file, an empty file, a cut-off upload; or not a file field (ENTRY_NOT_A_FILE_FIELD)',
    404: 'No such candidacy visible to you, or no such field (ENTRY_FIELD_NOT_FOUND)',
    409: `${LOCKED}; or the field holds its maxFiles already (DOCUMENT_LIMIT)`,
    413: 'Larger than the field’s maxBytes (DOCUMENT_TOO_LARGE, naming the limit)',
    415: 'The bytes are not a type the field accepts, whatever the name says (DOCUMENT_TYPE_REFUSED)',
    422: 'The virus scanner found something (DOCUMENT_INFECTED)',
    503: 'The virus scanner or the storage is not answering; nothing was stored',
  })
  async upload(
    @UuidParam('id') id: string,
    @Param('fieldKey') fieldKey: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<EntryFileUploadedDto> {
    const uploaded = await this.files.upload(id, fieldKeyOf(fieldKey), () => receiveUpload(request), actor);
    return EntryFileUploadedDto.fromUpload(uploaded);
  }

  @Delete('files/:fieldKey/:documentId')
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Remove a file from a file field of the entry',
    description:
      'Members, while the entry is editable. The answer’s change and the document go together; a submitted ' +
      'entry keeps a required field’s last file (409 ENTRY_WOULD_BE_INCOMPLETE: upload another first).',
  })
  @ApiOkResponse({ type: EntryFieldFilesDto })
  @ApiErrors(400, {
    404: 'No such candidacy visible to you, no such field, or the field holds no such document',
    409: `${LOCKED}; or the entry is submitted and this is a required field’s last file`,
  })
  async remove(
    @UuidParam('id') id: string,
    @Param('fieldKey') fieldKey: string,
    @UuidParam('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<EntryFieldFilesDto> {
    return EntryFieldFilesDto.from(await this.files.remove(id, fieldKeyOf(fieldKey), documentId, actor));
  }

  @Get('documents/:documentId/link')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'A short-lived signed link to one of the entry’s files',
    description:
      'Members of the candidacy’s enterprise and organizers. The link opens the file for you alone, for a few ' +
      'minutes (DOCUMENT_LINK_TTL_SECONDS), and each download is in the audit log. PDFs and images open in ' +
      'the browser, anything else downloads. Judges get theirs through their assignments.',
  })
  @ApiOkResponse({ type: EntryDocumentLinkDto })
  @ApiErrors(400, { 404: 'No such candidacy visible to you, or the document is not this entry’s' })
  async link(
    @UuidParam('id') id: string,
    @UuidParam('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<EntryDocumentLinkDto> {
    return EntryDocumentLinkDto.from(await this.files.link(id, documentId, actor));
  }
}
