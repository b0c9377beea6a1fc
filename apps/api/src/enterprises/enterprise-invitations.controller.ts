import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { InvitationsService } from '@app/enterprises';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { InvitationRateLimit } from './invitation-rate-limit';
import { InvitationResponseDto, InviteMemberDto } from './invitations.dto';

/** The enterprise admin's side of invitations. */
@ApiTags('enterprises')
@Controller('enterprises/:id/invitations')
@Roles('enterprise')
@ApiErrors({ 403: 'You are a member but not an admin', 404: 'Not your enterprise, or no such invitation' })
export class EnterpriseInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @HttpCode(202)
  @InvitationRateLimit()
  @ApiOperation({
    summary: 'Invite an address to become a member (admins only)',
    description:
      'The answer is the same whether the address has an account or not. The invitee sees it under ' +
      'GET /me/invitations once signed in with that address (also with an account registered later), or opens ' +
      'the link of the `member-invitation` mail (/account/enterprise-invitation), and accepts or declines it; ' +
      'only acceptance makes them a member. It expires after 14 days. Inviting an address with an open ' +
      'invitation renews it with a new link (the old one stops working). Audited.',
  })
  @ApiAcceptedResponse({ type: InvitationResponseDto })
  @ApiErrors({ 400: 'email is not an email address', 409: 'The address is already a member’s' })
  async invite(
    @UuidParam('id') id: string,
    @Body() dto: InviteMemberDto,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationResponseDto> {
    return InvitationResponseDto.from(await this.invitations.invite(id, dto.email, actor));
  }

  @Get()
  @ApiOperation({ summary: 'The enterprise’s invitations, newest first (admins only)' })
  @ApiOkResponse({ type: [InvitationResponseDto] })
  async list(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<InvitationResponseDto[]> {
    return (await this.invitations.listForEnterprise(id, actor)).map((i) => InvitationResponseDto.from(i));
  }

  @Post(':invitationId/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke an open invitation (admins only); it can no longer be accepted. Audited.',
  })
  @ApiOkResponse({ type: InvitationResponseDto })
  @ApiErrors({ 409: 'Already accepted, declined or revoked' })
  async revoke(
    @UuidParam('id') id: string,
    @UuidParam('invitationId') invitationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationResponseDto> {
    return InvitationResponseDto.from(await this.invitations.revoke(id, invitationId, actor));
  }
}
