import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignsService } from '@app/campaigns';
import type { Actor } from '@app/common';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import {
  CampaignPageDto,
  CampaignResponseDto,
  CloneCampaignDto,
  CreateCampaignDto,
  ListCampaignsQueryDto,
  ReplaceCategoriesDto,
  TransitionDto,
  UpdateCampaignDto,
} from './campaigns.dto';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @Roles('organizer')
  @ApiOperation({ summary: 'Create a campaign (draft) with its categories, industries, schedule and rules' })
  @ApiCreatedResponse({ type: CampaignResponseDto })
  @ApiErrors({
    400: 'e.g. schedule dates out of order, unknown industry',
    409: 'The slug is taken',
    503: 'Redis is away: the schedule cannot be armed, nothing was saved',
  })
  async create(@Body() dto: CreateCampaignDto, @CurrentActor() actor: Actor): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.create(dto, actor));
  }

  @Get()
  @Roles('organizer', 'enterprise', 'judge')
  @ApiOperation({
    summary: 'List campaigns, newest year first (enterprises and judges see them from registration on)',
  })
  @ApiOkResponse({ type: CampaignPageDto })
  async list(@Query() query: ListCampaignsQueryDto, @CurrentActor() actor: Actor): Promise<CampaignPageDto> {
    const page = await this.campaigns.list(
      { year: query.year, state: query.state },
      query.toPageRequest(),
      actor,
    );
    return { ...page, items: page.items.map((c) => CampaignResponseDto.summary(c)) };
  }

  @Get(':id')
  @Roles('organizer', 'enterprise', 'judge')
  @ApiOperation({ summary: 'One campaign with its categories, industries, schedule and rules' })
  @ApiOkResponse({ type: CampaignResponseDto })
  @ApiErrors(404)
  async get(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.get(id, actor));
  }

  @Patch(':id')
  @Roles('organizer')
  @ApiOperation({
    summary: 'Edit a campaign',
    description:
      'Slug, year and industries are frozen from registration on; rules and methodology from survey on; the schedule from announcement on. A saved schedule re-arms the scheduled transitions.',
  })
  @ApiOkResponse({ type: CampaignResponseDto })
  @ApiErrors(400, 503, { 409: 'The section is frozen in this state, or the slug is taken' })
  async update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateCampaignDto,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.update(id, dto, actor));
  }

  @Put(':id/categories')
  @Roles('organizer')
  @ApiOperation({ summary: 'Replace the award categories (draft only)' })
  @ApiOkResponse({ type: CampaignResponseDto })
  @ApiErrors(400, { 409: 'Categories are frozen once registration opens' })
  async replaceCategories(
    @UuidParam('id') id: string,
    @Body() dto: ReplaceCategoriesDto,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.replaceCategories(id, dto.categories, actor));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Move the campaign to its next state',
    description: '409 names each failed precondition.',
  })
  @ApiOkResponse({ type: CampaignResponseDto })
  @ApiErrors(409)
  async transition(
    @UuidParam('id') id: string,
    @Body() dto: TransitionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.transition(id, dto.to, actor));
  }

  @Post(':id/clone')
  @Roles('organizer')
  @ApiOperation({
    summary: "Create next year's campaign from this one",
    description:
      'Copies categories, industries and rules and shifts the schedule; never candidacies or data.',
  })
  @ApiCreatedResponse({ type: CampaignResponseDto })
  @ApiErrors({ 409: 'The slug is taken' })
  async clone(
    @UuidParam('id') id: string,
    @Body() dto: CloneCampaignDto,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignResponseDto> {
    return CampaignResponseDto.from(await this.campaigns.clone(id, dto, actor));
  }
}
