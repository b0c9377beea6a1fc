import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { InvitationsService } from '@app/enterprises';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { InvitationResponseDto, ReceivedInvitationResponseDto } from './invitations.dto';

/** The invitee's side: invitations to the signed-in account's address. */
@ApiTags('enterprises')
@Controller('me/invitations')
@Roles('enterprise')
export class MyInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Open invitations to your address (pending and not expired), oldest first',
    description:
      'Matched by the email of your account, including invitations sent before you registered, once your ' +
      'address is verified (until then 403 EMAIL_NOT_VERIFIED).',
  })
  @ApiOkResponse({ type: [ReceivedInvitationResponseDto] })
  @ApiErrors({ 403: 'Your address is not verified yet (EMAIL_NOT_VERIFIED)' })
  async list(@CurrentActor() actor: Actor): Promise<ReceivedInvitationResponseDto[]> {
    return (await this.invitations.received(actor)).map((i) => ReceivedInvitationResponseDto.fromReceived(i));
  }

  @Post(':invitationId/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation: you become a member of the enterprise. Audited.' })
  @ApiOkResponse({ type: InvitationResponseDto })
  @ApiErrors({
    403: 'Your address is not verified yet (EMAIL_NOT_VERIFIED)',
    404: 'No such invitation to your address',
    409: 'Expired, revoked or already answered',
  })
  async accept(
    @UuidParam('invitationId') invitationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationResponseDto> {
    return InvitationResponseDto.from(await this.invitations.accept(invitationId, actor));
  }

  @Post(':invitationId/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline an invitation. Audited.' })
  @ApiOkResponse({ type: InvitationResponseDto })
  @ApiErrors({
    403: 'Your address is not verified yet (EMAIL_NOT_VERIFIED)',
    404: 'No such invitation to your address',
    409: 'Expired, revoked or already answered',
  })
  async decline(
    @UuidParam('invitationId') invitationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InvitationResponseDto> {
    return InvitationResponseDto.from(await this.invitations.decline(invitationId, actor));
  }
}
