import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { EnterprisesService } from '@app/enterprises';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ErrorResponseDto } from '../docs/error-response.dto';
import { UuidParam } from '../http/uuid-param';
import {
  CreateEnterpriseDto,
  EnterpriseMemberResponseDto,
  EnterprisePageDto,
  EnterpriseResponseDto,
  ListEnterprisesQueryDto,
  ReviewEnterpriseDto,
  UpdateEnterpriseDto,
} from './enterprises.dto';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Post()
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Register an enterprise profile',
    description: 'The registering user becomes its admin. It starts pending until an organizer verifies it.',
  })
  @ApiCreatedResponse({ type: EnterpriseResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'A field is invalid, e.g. the credit code check',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The credit code is already registered' })
  async register(
    @Body() dto: CreateEnterpriseDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseResponseDto> {
    return EnterpriseResponseDto.from(await this.enterprises.register(dto, actor));
  }

  @Get()
  @Roles('organizer', 'enterprise')
  @ApiOperation({ summary: 'List enterprises (organizers: all; enterprise users: their own), oldest first' })
  @ApiOkResponse({ type: EnterprisePageDto })
  async list(
    @Query() query: ListEnterprisesQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterprisePageDto> {
    const page = await this.enterprises.list(
      { status: query.status, industryCode: query.industryCode },
      query.toPageRequest(),
      actor,
    );
    return { ...page, items: page.items.map((e) => EnterpriseResponseDto.from(e)) };
  }

  @Get(':id')
  @Roles('organizer', 'enterprise')
  @ApiOperation({ summary: 'One enterprise; 404 for enterprises that are not yours' })
  @ApiOkResponse({ type: EnterpriseResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async get(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<EnterpriseResponseDto> {
    return EnterpriseResponseDto.from(await this.enterprises.get(id, actor));
  }

  @Patch(':id')
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Edit your enterprise profile',
    description:
      'Editing a rejected profile resubmits it; changing the name, credit code, industry or organisation type of a verified one sends it back to review.',
  })
  @ApiOkResponse({ type: EnterpriseResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateEnterpriseDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseResponseDto> {
    return EnterpriseResponseDto.from(await this.enterprises.update(id, dto, actor));
  }

  @Post(':id/review')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({ summary: 'Verify or reject a pending enterprise (a rejection needs a reason)' })
  @ApiOkResponse({ type: EnterpriseResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The enterprise is not pending' })
  async review(
    @UuidParam('id') id: string,
    @Body() dto: ReviewEnterpriseDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseResponseDto> {
    return EnterpriseResponseDto.from(
      await this.enterprises.review(id, dto.decision, dto.reason ?? null, actor),
    );
  }

  @Get(':id/members')
  @Roles('organizer', 'enterprise')
  @ApiOperation({ summary: 'The users who manage this enterprise' })
  @ApiOkResponse({ type: [EnterpriseMemberResponseDto] })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async members(
    @UuidParam('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseMemberResponseDto[]> {
    const members = await this.enterprises.listMembers(id, actor);
    return members.map((m) => ({
      userId: m.userId,
      email: m.email,
      displayName: m.displayName,
      role: m.role,
      addedAt: new Date(m.createdAt).toISOString(),
    }));
  }
}
