import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { StaffInvitationsService } from '@app/identity';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { InvitationRateLimit } from '../enterprises/invitation-rate-limit';
import { UuidParam } from '../http/uuid-param';
import {
  InviteStaffDto,
  ListStaffInvitationsQueryDto,
  StaffInvitationPageDto,
  StaffInvitationResponseDto,
} from './staff-invitations.dto';

/** How judges and organizers are added: by invitation, never with a password typed by someone else. */
@ApiTags('users')
@Controller('staff-invitations')
@Roles('organizer')
export class StaffInvitationsController {
  constructor(private readonly invitations: StaffInvitationsService) {}

  @Post()
  @InvitationRateLimit()
  @ApiOperation({
    summary: 'Invite a judge or an organizer by email',
    description:
      'The invitee gets the `staff-invitation` mail with a link to /account/invitation (single use, valid 7 ' +
      'days, revocable), where they choose their name and password; that creates the account with this role ' +
      'and signs them in. One open invitation per address; an expired one is replaced. Audited.',
  })
  @ApiCreatedResponse({ type: StaffInvitationResponseDto })
  @ApiErrors({
    400: 'A field is missing or malformed (the field is named)',
    409: 'The address has an account (`INVITEE_HAS_ACCOUNT`) or an open invitation (`INVITATION_PENDING`)',
  })
  async invite(
    @Body() dto: InviteStaffDto,
    @CurrentActor() actor: Actor,
  ): Promise<StaffInvitationResponseDto> {
    return StaffInvitationResponseDto.from(await this.invitations.invite(dto, actor));
  }

  @Get()
  @ApiOperation({ summary: 'Staff invitations, newest first, optionally in one state' })
  @ApiOkResponse({ type: StaffInvitationPageDto })
  @ApiErrors({ 400: 'state is not one of pending, accepted, revoked, expired' })
  async list(@Query() query: ListStaffInvitationsQueryDto): Promise<StaffInvitationPageDto> {
    const page = await this.invitations.list(query.state, query.toPageRequest());
    return { ...page, items: page.items.map((i) => StaffInvitationResponseDto.from(i)) };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an open (or expired) invitation: its link stops working. Audited.' })
  @ApiOkResponse({ type: StaffInvitationResponseDto })
  @ApiErrors(404, { 409: 'Already accepted or revoked' })
  async revoke(
    @UuidParam('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<StaffInvitationResponseDto> {
    return StaffInvitationResponseDto.from(await this.invitations.revoke(id, actor));
  }
}
