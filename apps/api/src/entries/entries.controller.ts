import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { EntriesService, EntryErrors, FORM_KEY } from '@app/entries';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import {
  EntryHistoryQueryDto,
  EntryResponseDto,
  EntryRevisionDto,
  EntryRevisionPageDto,
  SaveAnswerDto,
  SaveAnswersDto,
} from './entries.dto';

const LOCKED = 'Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED)';

/** A candidacy's answers to its category's entry form: its enterprise's members fill it, organizers read it. */
@ApiTags('entries')
@Controller('candidacies/:id/entry')
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Get()
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary:
      'The entry: the form in force, the answers, what shows, what is missing, and until when it can change',
    description: 'Members of the candidacy’s enterprise and organizers; anyone else gets 404.',
  })
  @ApiOkResponse({ type: EntryResponseDto })
  @ApiErrors(400, {
    404: 'No such candidacy visible to you, or its category asks for no form (NO_ENTRY_FORM)',
  })
  async get(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<EntryResponseDto> {
    return EntryResponseDto.from(await this.entries.view(id, actor));
  }

  @Put('answers/:fieldKey')
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Save one answer as a draft',
    description:
      'Checked against the field’s type (a 400 names the field, or a table cell under it). Allowed until ' +
      'registration closes, also after submission, except that a submitted entry refuses to leave a required ' +
      'visible field empty (409 ENTRY_WOULD_BE_INCOMPLETE). Every change is kept with its old value.',
  })
  @ApiOkResponse({ type: EntryResponseDto })
  @ApiErrors({
    400: 'A value its field does not take, or a file field (upload its files instead: ENTRY_FILE_FIELD)',
    404: 'No such candidacy visible to you, or no such field (ENTRY_FIELD_NOT_FOUND)',
    409: `${LOCKED}; or the entry is submitted and this would empty a required field`,
  })
  async saveOne(
    @UuidParam('id') id: string,
    @Param('fieldKey') fieldKey: string,
    @Body() dto: SaveAnswerDto,
    @CurrentActor() actor: Actor,
  ): Promise<EntryResponseDto> {
    if (!FORM_KEY.test(fieldKey)) throw EntryErrors.fieldNotFound(fieldKey.slice(0, 63));
    if (dto.value === undefined)
      throw EntryErrors.invalid([
        {
          field: 'value',
          message: { en: 'is required (null clears the answer)', zh: '为必填项（null 表示清除答案）' },
        },
      ]);
    return EntryResponseDto.from(await this.entries.save(id, { [fieldKey]: dto.value }, actor, 'one'));
  }

  @Patch('answers')
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Save several answers as a draft, all or none',
    description:
      'Each problem names its field key (unknown keys and file fields too); nothing is saved then.',
  })
  @ApiOkResponse({ type: EntryResponseDto })
  @ApiErrors(400, 404, { 409: `${LOCKED}; or the entry is submitted and this would empty a required field` })
  async saveMany(
    @UuidParam('id') id: string,
    @Body() dto: SaveAnswersDto,
    @CurrentActor() actor: Actor,
  ): Promise<EntryResponseDto> {
    return EntryResponseDto.from(await this.entries.save(id, dto.answers, actor, 'many'));
  }

  @Post('submit')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Submit the entry once every required field that shows is answered',
    description:
      'Organizers approve a candidacy only once its entry is submitted. Submitting again changes nothing.',
  })
  @ApiOkResponse({ type: EntryResponseDto })
  @ApiErrors(400, 404, {
    409: `Required fields are empty (ENTRY_INCOMPLETE, each named in details); or ${LOCKED}`,
  })
  async submit(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<EntryResponseDto> {
    return EntryResponseDto.from(await this.entries.submit(id, actor));
  }

  @Get('history')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'Every change of the answers, oldest first: who, when, which field, before and after',
  })
  @ApiOkResponse({ type: EntryRevisionPageDto })
  @ApiErrors(400, 404)
  async history(
    @UuidParam('id') id: string,
    @Query() query: EntryHistoryQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<EntryRevisionPageDto> {
    const page = await this.entries.history(id, query.fieldKey ?? null, query.toPageRequest(), actor);
    return { ...page, items: page.items.map((r) => EntryRevisionDto.from(r)) };
  }
}
