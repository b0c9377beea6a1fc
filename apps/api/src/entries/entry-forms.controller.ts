import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { EntryFormsService } from '@app/entries';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { PositiveIntParam, UuidParam } from '../http/uuid-param';
import {
  CreateEntryFormDto,
  EntryFormResponseDto,
  EntryFormVersionInputDto,
  EntryFormVersionResponseDto,
  EntryFormWithVersionsResponseDto,
} from './entry-forms.dto';

/** Organizers' entry forms, each a series of immutable versions. */
@ApiTags('entries')
@Controller('entry-forms')
export class EntryFormsController {
  constructor(private readonly forms: EntryFormsService) {}

  @Get()
  @Roles('organizer')
  @ApiOperation({ summary: 'Every entry form, with its latest version number' })
  @ApiOkResponse({ type: [EntryFormResponseDto] })
  async list(): Promise<EntryFormResponseDto[]> {
    return (await this.forms.list()).map((f) => EntryFormResponseDto.from(f));
  }

  @Post()
  @Roles('organizer')
  @ApiOperation({
    summary: 'Create an entry form (its version 1)',
    description:
      'Sections and fields with keys, labels and help in en and zh; types short-text, long-text, number, ' +
      'single-choice, multiple-choice, date, url, email, file and table, each with its own limits; conditions ' +
      '(`showWhen`) on an earlier choice, number or short-text field. A 400 names every path at fault.',
  })
  @ApiCreatedResponse({ type: EntryFormResponseDto })
  @ApiErrors(400, { 409: 'The key is taken' })
  async create(@Body() dto: CreateEntryFormDto, @CurrentActor() actor: Actor): Promise<EntryFormResponseDto> {
    const form = await this.forms.create(
      { key: dto.key, name: dto.name, nameZh: dto.nameZh, definition: dto.definition, note: dto.note },
      actor,
    );
    return EntryFormResponseDto.from(form);
  }

  @Get(':formId')
  @Roles('organizer')
  @ApiOperation({ summary: 'An entry form and all its versions' })
  @ApiOkResponse({ type: EntryFormWithVersionsResponseDto })
  @ApiErrors(400, 404)
  async get(@UuidParam('formId') id: string): Promise<EntryFormWithVersionsResponseDto> {
    const { form, versions } = await this.forms.get(id);
    return {
      ...EntryFormResponseDto.from(form),
      versions: versions.map((v) => EntryFormVersionResponseDto.from(v)),
    };
  }

  @Post(':formId/versions')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Edit an entry form: add its next version',
    description:
      'Versions never change once written. Categories of draft campaigns follow the new version at once; a ' +
      'category whose campaign has opened registration keeps the version that was in force at the opening.',
  })
  @ApiCreatedResponse({ type: EntryFormVersionResponseDto })
  @ApiErrors(400, 404)
  async addVersion(
    @UuidParam('formId') id: string,
    @Body() dto: EntryFormVersionInputDto,
    @CurrentActor() actor: Actor,
  ): Promise<EntryFormVersionResponseDto> {
    return EntryFormVersionResponseDto.from(
      await this.forms.addVersion(id, dto.definition, dto.note ?? null, actor),
    );
  }

  @Get(':formId/versions/:version')
  @Roles('organizer')
  @ApiOperation({ summary: 'One version of an entry form' })
  @ApiOkResponse({ type: EntryFormVersionResponseDto })
  @ApiErrors(400, 404)
  async version(
    @UuidParam('formId') id: string,
    @PositiveIntParam('version') version: number,
  ): Promise<EntryFormVersionResponseDto> {
    return EntryFormVersionResponseDto.from(await this.forms.version(id, version));
  }
}
