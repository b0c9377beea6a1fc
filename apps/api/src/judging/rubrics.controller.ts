import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { RubricsService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { PositiveIntParam, UuidParam } from '../http/uuid-param';
import {
  CreateRubricDto,
  EvaluateSheetDto,
  RubricResponseDto,
  RubricResultResponseDto,
  RubricVersionInputDto,
  RubricVersionResponseDto,
  RubricWithVersionsResponseDto,
} from './rubrics.dto';

const definitionOf = (dto: RubricVersionInputDto) => ({ categories: dto.categories, bands: dto.bands });

/** Judging rubrics: the seeded CCCS-OP 2003 and organizers' own, each a series of immutable versions. */
@ApiTags('judging')
@Controller('rubrics')
export class RubricsController {
  constructor(private readonly rubrics: RubricsService) {}

  @Get()
  @Roles('organizer')
  @ApiOperation({ summary: 'Every rubric, with its latest version number' })
  @ApiOkResponse({ type: [RubricResponseDto] })
  async list(): Promise<RubricResponseDto[]> {
    return (await this.rubrics.list()).map((r) => RubricResponseDto.from(r));
  }

  @Post()
  @Roles('organizer')
  @ApiOperation({
    summary: 'Create a rubric (its version 1)',
    description:
      'Categories with whole-point weights summing to 100, items with whole-number scales, and bands that ' +
      'cover 0-100 in whole points. A 400 names every field at fault.',
  })
  @ApiCreatedResponse({ type: RubricResponseDto })
  @ApiErrors(400, { 409: 'The key is taken' })
  async create(@Body() dto: CreateRubricDto, @CurrentActor() actor: Actor): Promise<RubricResponseDto> {
    const rubric = await this.rubrics.create(
      { key: dto.key, name: dto.name, nameZh: dto.nameZh, definition: definitionOf(dto), note: dto.note },
      actor,
    );
    return RubricResponseDto.from(rubric);
  }

  @Get(':rubricId')
  @Roles('organizer')
  @ApiOperation({ summary: 'A rubric and all its versions' })
  @ApiOkResponse({ type: RubricWithVersionsResponseDto })
  @ApiErrors(404)
  async get(@UuidParam('rubricId') id: string): Promise<RubricWithVersionsResponseDto> {
    const { rubric, versions } = await this.rubrics.get(id);
    return {
      ...RubricResponseDto.from(rubric),
      versions: versions.map((v) => RubricVersionResponseDto.from(v)),
    };
  }

  @Post(':rubricId/versions')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Edit a rubric: add its next version',
    description: 'Versions are never changed once written, so a round keeps the rubric it was scored on.',
  })
  @ApiCreatedResponse({ type: RubricVersionResponseDto })
  @ApiErrors(400, 404)
  async addVersion(
    @UuidParam('rubricId') id: string,
    @Body() dto: RubricVersionInputDto,
    @CurrentActor() actor: Actor,
  ): Promise<RubricVersionResponseDto> {
    return RubricVersionResponseDto.from(
      await this.rubrics.addVersion(id, definitionOf(dto), dto.note ?? null, actor),
    );
  }

  @Get(':rubricId/versions/:version')
  @Roles('organizer')
  @ApiOperation({ summary: 'One version of a rubric' })
  @ApiOkResponse({ type: RubricVersionResponseDto })
  @ApiErrors(404)
  async version(
    @UuidParam('rubricId') id: string,
    @PositiveIntParam('version') version: number,
  ): Promise<RubricVersionResponseDto> {
    return RubricVersionResponseDto.from(await this.rubrics.version(id, version));
  }

  @Post(':rubricId/versions/:version/evaluate')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'What a complete score sheet gives on this version',
    description:
      'Category percentages, the weighted total, the weakest category and the band, computed exactly as ' +
      'rounds will: lets organizers check a rubric before they use it. Nothing is stored.',
  })
  @ApiOkResponse({ type: RubricResultResponseDto })
  @ApiErrors(400, 404)
  evaluate(
    @UuidParam('rubricId') id: string,
    @PositiveIntParam('version') version: number,
    @Body() dto: EvaluateSheetDto,
  ): Promise<RubricResultResponseDto> {
    return this.rubrics.evaluate(id, version, dto.values);
  }
}
