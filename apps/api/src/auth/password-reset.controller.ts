import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Actor } from '@app/common';
import { AccessTokensService, PasswordResetsService, SignInService } from '@app/identity';
import { ApiErrors } from '../docs/api-errors.decorator';
import { CurrentActor, Public } from './access.decorators';
import { AccessTokenResponseDto } from './auth.dto';
import {
  ConfirmPasswordResetDto,
  PasswordResetRequestDto,
  PasswordResetRequestedResponseDto,
  PasswordResetResponseDto,
  TwoFactorChallengeResponseDto,
} from './credentials.dto';
import { SIGN_IN_RESPONSE, signInAnswer } from './sign-in-answer';

const REQUESTED: PasswordResetRequestedResponseDto = {
  message: 'If an active account has this address, a reset link valid for 30 minutes is on its way to it.',
};

/** Forgotten passwords: a link by mail, then a new password through it (the account page calls these). */
@ApiTags('auth')
@ApiExtraModels(AccessTokenResponseDto, TwoFactorChallengeResponseDto)
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(
    private readonly resets: PasswordResetsService,
    private readonly signIn: SignInService,
    private readonly tokens: AccessTokensService,
  ) {}

  @Post()
  @HttpCode(202)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Ask for a password reset link by mail',
    description:
      'Answers 202 with the same body, in about the same time, whether or not the address has an active ' +
      'account; only an active one gets the `password-reset` mail (link to /account/reset-password?token=…, ' +
      'valid 30 minutes, single use); an account is sent at most 5 in an hour (past that, the same answer and no ' +
      'mail). Rate-limited per client address like login. Audited.',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedResponseDto })
  @ApiErrors(400, { 429: 'More than AUTH_RATE_LIMIT requests a minute from this client; see Retry-After' })
  async request(
    @Body() dto: PasswordResetRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<PasswordResetRequestedResponseDto> {
    await this.resets.request(dto.email, actor);
    return REQUESTED;
  }

  @Get(':token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Check a reset link before asking for the new password',
    description: 'The same 404 for an unknown, used or expired link.',
  })
  @ApiParam({ name: 'token', example: 'q3W9x1bS0f7Jk2LmN4pR6tV8yA0cE2gI4kM6oQ8sU0w' })
  @ApiOkResponse({ type: PasswordResetResponseDto })
  @ApiErrors(404, 429)
  async inspect(@Param('token') token: string): Promise<PasswordResetResponseDto> {
    const reset = await this.resets.inspect(token);
    return { email: reset.email, expiresAt: reset.expiresAt.toISOString() };
  }

  @Post('confirm')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Set a new password through a reset link',
    description:
      'The new password follows the registration policy. Uses the link and every other pending one of the ' +
      'account, and ends every session of the account. Answers like login: a token, or, for an account with ' +
      'two-factor sign-in, `{ twoFactorRequired, challenge }` (a reset never skips the second factor). Audited.',
  })
  @ApiOkResponse({ schema: SIGN_IN_RESPONSE })
  @ApiErrors(429, {
    400: 'The new password breaks the policy (the field is named)',
    404: 'The link is unknown, used or expired',
  })
  async confirm(
    @Body() dto: ConfirmPasswordResetDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessTokenResponseDto | TwoFactorChallengeResponseDto> {
    const user = await this.resets.confirm(dto.token, dto.newPassword, actor);
    return signInAnswer(await this.signIn.afterPassword(user, actor), this.tokens);
  }
}
