import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { EnterpriseIdentitiesService, EnterprisesService } from '@app/enterprises';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
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
import { IdentityChangeDto, IdentityHistoryDto, ReviewIdentityChangeDto } from './enterprise-identity.dto';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly identities: EnterpriseIdentitiesService,
  ) {}

  @Post()
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Register an enterprise profile',
    description:
      'The registering user becomes its admin. It starts pending until an organizer verifies it. Only an ' +
      'account whose email address is verified may register one (see POST /auth/verify-email).',
  })
  @ApiCreatedResponse({ type: EnterpriseResponseDto })
  @ApiErrors({
    400: 'A field is invalid, e.g. the credit code check',
    403: 'Your email address is not verified yet (`EMAIL_NOT_VERIFIED`)',
    409: 'The credit code is already registered',
  })
  async register(
    @Body() dto: CreateEnterpriseDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseResponseDto> {
    return EnterpriseResponseDto.from(await this.enterprises.register(dto, actor));
  }

  @Get()
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'List enterprises (organizers: all; enterprise users: their own), oldest first unless sorted',
  })
  @ApiOkResponse({ type: EnterprisePageDto })
  @ApiErrors(400)
  async list(
    @Query() query: ListEnterprisesQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterprisePageDto> {
    const page = await this.enterprises.list(
      {
        status: query.status,
        industryCode: query.industryCode,
        identityChange: query.identityChange,
        search: query.search?.trim() || undefined,
      },
      query.toPageRequest(),
      actor,
      query.sort,
    );
    const pending = await this.identities.pendingChanges(page.items.map((e) => e.id));
    return {
      ...page,
      items: page.items.map((e) => EnterpriseResponseDto.from(e, pending.get(e.id) ?? null)),
    };
  }

  @Get(':id')
  @Roles('organizer', 'enterprise')
  @ApiOperation({ summary: 'One enterprise; 404 for enterprises that are not yours' })
  @ApiOkResponse({ type: EnterpriseResponseDto })
  @ApiErrors(404)
  async get(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<EnterpriseResponseDto> {
    const enterprise = await this.enterprises.get(id, actor);
    const pending = await this.identities.pendingChanges([id]);
    return EnterpriseResponseDto.from(enterprise, pending.get(id) ?? null);
  }

  @Patch(':id')
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Edit your enterprise profile (its admins only)',
    description:
      'Editing a rejected profile resubmits it. Once verified, contact and size fields change at once, but a change ' +
      'of the legal names, credit code, industry or organisation type becomes a request (`pendingIdentityChange`) ' +
      'that an organizer reviews; the verified identity stays, and is what is published, until it is verified.',
  })
  @ApiOkResponse({ type: EnterpriseResponseDto })
  @ApiErrors(404, 409, { 403: 'A member who is not an admin of the enterprise' })
  async update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateEnterpriseDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseResponseDto> {
    const { enterprise, pendingIdentityChange } = await this.enterprises.update(id, dto, actor);
    return EnterpriseResponseDto.from(enterprise, pendingIdentityChange);
  }

  @Get(':id/identity')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'The verified identities (versions) and the identity changes requested',
    description: 'The last version is what every publication uses. 404 for enterprises that are not yours.',
  })
  @ApiOkResponse({ type: IdentityHistoryDto })
  @ApiErrors(404)
  async identity(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<IdentityHistoryDto> {
    return IdentityHistoryDto.from(await this.identities.history(id, actor), actor.role === 'organizer');
  }

  @Post(':id/identity/review')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Verify or reject the pending identity change (a rejection needs a reason)',
    description:
      'Verifying makes it the enterprise’s identity and its next version: confirmed award decisions naming the ' +
      'enterprise become stale and must be confirmed again. Rejecting keeps the verified identity.',
  })
  @ApiOkResponse({ type: IdentityChangeDto })
  @ApiErrors(404, {
    409:
      'No change awaits review (`NO_PENDING_IDENTITY_CHANGE`), the change read was amended or closed since ' +
      '(`IDENTITY_CHANGE_MOVED`), or the credit code asked for is registered to another enterprise (`CREDIT_CODE_TAKEN`)',
  })
  async reviewIdentity(
    @UuidParam('id') id: string,
    @Body() dto: ReviewIdentityChangeDto,
    @CurrentActor() actor: Actor,
  ): Promise<IdentityChangeDto> {
    return IdentityChangeDto.from(
      await this.identities.review(id, dto.changeId, dto.decision, dto.reason ?? null, actor),
    );
  }

  @Post(':id/review')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Verify or reject a pending enterprise (a rejection needs a reason)',
    description:
      'Name the `profileRevision` you read: a profile edited since is not reviewed (409), so what is verified is what was seen.',
  })
  @ApiOkResponse({ type: EnterpriseResponseDto })
  @ApiErrors(404, {
    409: 'The enterprise is not pending (`NOT_PENDING_REVIEW`), or it was edited since the revision named (`PROFILE_CHANGED_SINCE_READ`)',
  })
  async review(
    @UuidParam('id') id: string,
    @Body() dto: ReviewEnterpriseDto,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseResponseDto> {
    return EnterpriseResponseDto.from(
      await this.enterprises.review(id, dto.decision, dto.reason ?? null, dto.profileRevision, actor),
    );
  }

  @Get(':id/members')
  @Roles('organizer', 'enterprise')
  @ApiOperation({ summary: 'The users who manage this enterprise' })
  @ApiOkResponse({ type: [EnterpriseMemberResponseDto] })
  @ApiErrors(404)
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
