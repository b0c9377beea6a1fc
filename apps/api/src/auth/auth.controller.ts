import { Body, Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Actor } from '@app/common';
import { AccessTokensService, SignInService, UsersService } from '@app/identity';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UserResponseDto } from '../users/user-response.dto';
import { CurrentActor, Public, Roles, SessionSecondFactor } from './access.decorators';
import { AccessTokenResponseDto, ChangePasswordDto, LoginDto, RegisterDto, UpdateMeDto } from './auth.dto';
import { TwoFactorRateLimit } from './credential-rate-limits';
import { TwoFactorChallengeResponseDto, TwoFactorLoginDto } from './credentials.dto';
import { SIGN_IN_RESPONSE, signInAnswer } from './sign-in-answer';

@ApiTags('auth')
@ApiExtraModels(AccessTokenResponseDto, TwoFactorChallengeResponseDto)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokensService,
    private readonly signIn: SignInService,
  ) {}

  @Post('register')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Register an enterprise user account',
    description:
      'Sends the `email-verification` mail: the address must be confirmed (POST /auth/verify-email) before ' +
      'the account creates an enterprise. Judges and organizers do not register: they are invited ' +
      '(POST /staff-invitations). Rate-limited per client address.',
  })
  @ApiCreatedResponse({ type: AccessTokenResponseDto })
  @ApiErrors(429, { 400: 'A field is missing or malformed', 409: 'The email is already registered' })
  async register(@Body() dto: RegisterDto, @CurrentActor() actor: Actor): Promise<AccessTokenResponseDto> {
    const user = await this.users.registerEnterpriseUser(dto, actor);
    return { ...(await this.tokens.issue(user)), user: UserResponseDto.from(user) };
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Exchange email and password for a bearer token',
    description:
      'Rate-limited per client address. An account with two-factor sign-in gets no token here but ' +
      '`{ twoFactorRequired: true, challenge }`: send the challenge with a code to POST /auth/login/two-factor.',
  })
  @ApiOkResponse({ schema: SIGN_IN_RESPONSE })
  @ApiErrors(429, { 401: 'Wrong email or password, or a disabled account' })
  async login(
    @Body() dto: LoginDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessTokenResponseDto | TwoFactorChallengeResponseDto> {
    return signInAnswer(await this.signIn.withPassword(dto.email, dto.password, actor), this.tokens);
  }

  @Post('login/two-factor')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @TwoFactorRateLimit()
  @ApiOperation({
    summary: 'Finish signing in with the second factor',
    description:
      'The challenge from POST /auth/login (5 minutes) with the authenticator’s current `code`, or one of the ' +
      '`recoveryCode`s (spent by this use). A code is accepted once. The token says it was issued after a ' +
      'second factor. Rate-limited per client address and per account.',
  })
  @ApiOkResponse({ type: AccessTokenResponseDto })
  @ApiErrors({
    400: 'The code or recovery code is wrong, expired or used (the field is named)',
    401: 'The challenge is invalid or expired; sign in again',
  })
  async loginTwoFactor(
    @Body() dto: TwoFactorLoginDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessTokenResponseDto> {
    const user = await this.signIn.withSecondFactor(
      dto.challenge,
      { code: dto.code, recoveryCode: dto.code === undefined ? dto.recoveryCode : undefined },
      actor,
    );
    return { ...(await this.tokens.issue(user, { secondFactor: true })), user: UserResponseDto.from(user) };
  }

  @Post('password')
  @HttpCode(200)
  @Roles('organizer', 'enterprise', 'judge')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Change your password',
    description:
      'Needs the current password; the new one follows the registration policy. Every token issued before, ' +
      'this one included, stops working: the answer carries a new token. Rate-limited per client address, ' +
      'like login. Audited (failures too).',
  })
  @ApiOkResponse({ type: AccessTokenResponseDto })
  @ApiErrors(429, {
    400: 'The current password is wrong, or the new one breaks the policy (the field is named)',
  })
  async changePassword(
    @Body() dto: ChangePasswordDto,
    @CurrentActor() actor: Actor,
    @SessionSecondFactor() secondFactor: boolean,
  ): Promise<AccessTokenResponseDto> {
    const user = await this.users.changePassword(
      actor.userId as string,
      dto.currentPassword,
      dto.newPassword,
      actor,
    );
    // The session goes on as it was proven: a second factor given before still counts.
    return { ...(await this.tokens.issue(user, { secondFactor })), user: UserResponseDto.from(user) };
  }

  @Get('me')
  @Roles('organizer', 'enterprise', 'judge')
  @ApiOperation({ summary: 'The account behind the bearer token' })
  @ApiOkResponse({ type: UserResponseDto })
  async me(@CurrentActor() actor: Actor): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.getUser(actor.userId as string));
  }

  @Patch('me')
  @Roles('organizer', 'enterprise', 'judge')
  @ApiOperation({
    summary: 'Change your display name or language',
    description:
      'language (zh or en) is the language the platform writes to you in: its mail, and later the ' +
      'workspaces. Until you choose one, mail follows the campaign. API error messages follow each ' +
      "request's Accept-Language instead. An absent field stays as it is. Audited.",
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors({ 400: 'language is not zh or en, or displayName is empty or too long (the field is named)' })
  async updateMe(@Body() dto: UpdateMeDto, @CurrentActor() actor: Actor): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.updateProfile(actor.userId as string, dto, actor));
  }
}
