import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Actor } from '@app/common';
import { InvitationLinksService, InvitationsService } from '@app/enterprises';
import { AccessTokensService } from '@app/identity';
import { CurrentActor, Public, Roles } from '../auth/access.decorators';
import { AccessTokenResponseDto } from '../auth/auth.dto';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { UserResponseDto } from '../users/user-response.dto';
import { InvitationRateLimit } from './invitation-rate-limit';
import { InvitationResponseDto } from './invitations.dto';
import { AcceptInvitationLinkDto, InvitationLinkPreviewDto, InviteContactDto } from './invitation-links.dto';

/** Enterprise invitations by emailed link: an organizer's invitation of a contact, and the link's two ends. */
@ApiTags('enterprises')
@Controller()
export class InvitationLinksController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly links: InvitationLinksService,
    private readonly tokens: AccessTokensService,
  ) {}

  @Post('enterprises/:id/contact-invitation')
  @HttpCode(202)
  @Roles('organizer')
  @InvitationRateLimit()
  @ApiOperation({
    summary: 'Invite an enterprise’s contact to become its admin (organizers)',
    description:
      'For an enterprise an organizer created, which has no member yet. The contact gets the ' +
      '`member-invitation` mail with a link to /account/enterprise-invitation; accepting makes them an admin. ' +
      'It expires after 14 days; inviting the address again renews it with a new link. Audited.',
  })
  @ApiAcceptedResponse({ type: InvitationResponseDto })
  @ApiErrors(404, { 400: 'email or language is malformed (the field is named)' })
  async inviteContact(
    @UuidParam('id') id: string,
    @Body() dto: InviteContactDto,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationResponseDto> {
    return InvitationResponseDto.from(await this.invitations.inviteContact(id, dto, actor));
  }

  @Get('enterprise-invitations/by-token/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary:
      'What an enterprise invitation link is for: enterprise, address, role, and whether it has an account',
    description: 'The same 404 for a token that is unknown, used, declined, revoked or expired.',
  })
  @ApiParam({ name: 'token', description: 'the `token` of the emailed link' })
  @ApiOkResponse({ type: InvitationLinkPreviewDto })
  @ApiErrors(404, 429)
  async preview(@Param('token') token: string): Promise<InvitationLinkPreviewDto> {
    return InvitationLinkPreviewDto.from(await this.links.preview(token));
  }

  @Post('enterprise-invitations/accept-by-token')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Accept an enterprise invitation by its link, and sign in',
    description:
      'When the address has no account, creates an enterprise account with `displayName` and `password` (the ' +
      'address counts as verified: the link proved it); when it has one, `password` must be that account’s. ' +
      'Either way the invitee becomes a member (admin, for a contact an organizer invited). Answers like ' +
      'login. The link works once. Audited.',
  })
  @ApiOkResponse({ type: AccessTokenResponseDto })
  @ApiErrors(429, {
    400: 'A field is missing or malformed, e.g. displayName for a new account (the field is named)',
    401: 'The address has an account and the password is not its password',
    404: 'The link is unknown, used, declined, revoked or expired',
    409: 'Already a member, or the address is a judge’s or organizer’s',
  })
  async accept(
    @Body() dto: AcceptInvitationLinkDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessTokenResponseDto> {
    const user = await this.links.accept(dto, actor);
    return { ...(await this.tokens.issue(user)), user: UserResponseDto.from(user) };
  }
}
