import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Actor } from '@app/common';
import { AccessTokensService, EmailVerificationService, StaffInvitationsService } from '@app/identity';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UserResponseDto } from '../users/user-response.dto';
import { CurrentActor, Public, Roles } from './access.decorators';
import {
  AcceptStaffInvitationDto,
  EmailVerifiedDto,
  StaffInvitationPreviewDto,
  VerifyEmailDto,
} from './account-links.dto';
import { AccessTokenResponseDto } from './auth.dto';

const TOKEN_PARAM = { name: 'token', description: 'the `token` of the emailed link' };

/**
 * What the emailed links open: a staff invitation and an address's verification. Public, since the link is
 * the credential, and rate-limited per client address like login, so tokens cannot be guessed at speed.
 */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(
    private readonly invitations: StaffInvitationsService,
    private readonly verifications: EmailVerificationService,
    private readonly tokens: AccessTokensService,
  ) {}

  @Get('invitations/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'What a staff invitation link is for: address, role, inviter, expiry',
    description: 'The same 404 for a token that is unknown, used, revoked or expired.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: StaffInvitationPreviewDto })
  @ApiErrors(404, 429)
  async previewInvitation(@Param('token') token: string): Promise<StaffInvitationPreviewDto> {
    return StaffInvitationPreviewDto.from(await this.invitations.preview(token));
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Accept a staff invitation: create your account and sign in',
    description:
      'Creates the judge or organizer account the invitation names, with your name and password; the address ' +
      'counts as verified. Answers like login. The link works once. Audited.',
  })
  @ApiOkResponse({ type: AccessTokenResponseDto })
  @ApiErrors(429, {
    400: 'A field is missing or breaks the password policy (the field is named)',
    404: 'The link is unknown, used, revoked or expired',
    409: 'An account with the address was created since the invitation',
  })
  async acceptInvitation(
    @Body() dto: AcceptStaffInvitationDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessTokenResponseDto> {
    const user = await this.invitations.accept(dto, actor);
    return { ...(await this.tokens.issue(user)), user: UserResponseDto.from(user) };
  }

  @Post('verify-email')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Confirm your email address with the emailed link’s token',
    description:
      'Single use, valid 48 hours; the same 404 for a token that is unknown, used or expired. Audited.',
  })
  @ApiOkResponse({ type: EmailVerifiedDto })
  @ApiErrors(429, { 400: 'token is missing', 404: 'The link is unknown, used or expired' })
  async verifyEmail(@Body() dto: VerifyEmailDto, @CurrentActor() actor: Actor): Promise<EmailVerifiedDto> {
    return EmailVerifiedDto.from(await this.verifications.verify(dto.token, actor));
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @Roles('organizer', 'enterprise', 'judge')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Send a new verification link to your address',
    description: 'Older links keep working until they expire. Rate-limited like login.',
  })
  @ApiAcceptedResponse({ description: 'A new `email-verification` mail is on its way' })
  @ApiErrors(429, { 409: 'Your address is verified already' })
  async resendVerification(@CurrentActor() actor: Actor): Promise<void> {
    await this.verifications.resend(actor.userId as string, actor);
  }
}
