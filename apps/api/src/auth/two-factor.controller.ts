import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { AccessTokensService, TwoFactorService, UsersService } from '@app/identity';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UserResponseDto } from '../users/user-response.dto';
import { CurrentActor, Roles, SessionSecondFactor } from './access.decorators';
import { AccessTokenResponseDto } from './auth.dto';
import { TwoFactorRateLimit } from './credential-rate-limits';
import {
  RecoveryCodesResponseDto,
  TwoFactorCodeDto,
  TwoFactorEnabledResponseDto,
  TwoFactorProofDto,
  TwoFactorSetupResponseDto,
  TwoFactorStatusResponseDto,
} from './credentials.dto';

/** Two-factor sign-in (TOTP) for organizers and judges: enrol, confirm, recovery codes, turn off. */
@ApiTags('auth')
@Controller('auth/two-factor')
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly users: UsersService,
    private readonly tokens: AccessTokensService,
  ) {}

  @Get()
  @Roles('organizer', 'judge')
  @ApiOperation({ summary: 'Whether my account signs in with a second factor' })
  @ApiOkResponse({ type: TwoFactorStatusResponseDto })
  async status(
    @CurrentActor() actor: Actor,
    @SessionSecondFactor() secondFactor: boolean,
  ): Promise<TwoFactorStatusResponseDto> {
    const status = await this.twoFactor.status(actor.userId as string);
    return {
      ...status,
      enabledAt: status.enabledAt?.toISOString() ?? null,
      thisSessionSecondFactor: secondFactor,
    };
  }

  @Post('setup')
  @HttpCode(200)
  @Roles('organizer', 'judge')
  @ApiOperation({
    summary: 'Start enrolling an authenticator app',
    description:
      'A new secret, its otpauth:// URI and the URI as an SVG QR code. Nothing changes at sign-in until ' +
      'POST /auth/two-factor/enable confirms it with a code; setting up again before that replaces the secret.',
  })
  @ApiOkResponse({ type: TwoFactorSetupResponseDto })
  @ApiErrors({ 409: 'Two-factor sign-in is already enabled' })
  async setUp(@CurrentActor() actor: Actor): Promise<TwoFactorSetupResponseDto> {
    return this.twoFactor.setUp(await this.users.getUser(actor.userId as string), actor);
  }

  @Post('enable')
  @HttpCode(200)
  @Roles('organizer', 'judge')
  @TwoFactorRateLimit()
  @ApiOperation({
    summary: 'Confirm the authenticator with its current code and turn two-factor sign-in on',
    description:
      'Answers the 10 recovery codes, shown this once (stored only as hashes), and a new token issued with ' +
      'the second factor: every other session of the account ends. Audited.',
  })
  @ApiOkResponse({ type: TwoFactorEnabledResponseDto })
  @ApiErrors({
    400: 'The code is wrong or already used (field code)',
    409: 'Not set up, or already enabled',
  })
  async enable(
    @Body() dto: TwoFactorCodeDto,
    @CurrentActor() actor: Actor,
  ): Promise<TwoFactorEnabledResponseDto> {
    const { recoveryCodes, user } = await this.twoFactor.enable(actor.userId as string, dto.code, actor);
    return {
      recoveryCodes,
      ...(await this.tokens.issue(user, { secondFactor: true })),
      user: UserResponseDto.from(user),
    };
  }

  @Post('disable')
  @HttpCode(200)
  @Roles('organizer', 'judge')
  @TwoFactorRateLimit()
  @ApiOperation({
    summary: 'Turn two-factor sign-in off',
    description:
      'Needs the current `code` or the `password`. The secret and recovery codes are deleted and every other ' +
      'session ends; the answer carries a new token (without a second factor). Audited.',
  })
  @ApiOkResponse({ type: AccessTokenResponseDto })
  @ApiErrors({
    400: 'The code or password is wrong (the field is named)',
    409: 'Two-factor sign-in is not enabled',
  })
  async disable(
    @Body() dto: TwoFactorProofDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccessTokenResponseDto> {
    const user = await this.twoFactor.disable(actor.userId as string, proofOf(dto), actor);
    return { ...(await this.tokens.issue(user)), user: UserResponseDto.from(user) };
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @Roles('organizer', 'judge')
  @TwoFactorRateLimit()
  @ApiOperation({
    summary: 'Replace my recovery codes',
    description: 'Needs the current `code` or the `password`; the old codes stop working. Audited.',
  })
  @ApiOkResponse({ type: RecoveryCodesResponseDto })
  @ApiErrors({
    400: 'The code or password is wrong (the field is named)',
    409: 'Two-factor sign-in is not enabled',
  })
  async regenerate(
    @Body() dto: TwoFactorProofDto,
    @CurrentActor() actor: Actor,
  ): Promise<RecoveryCodesResponseDto> {
    return {
      recoveryCodes: await this.twoFactor.regenerateRecoveryCodes(
        actor.userId as string,
        proofOf(dto),
        actor,
      ),
    };
  }
}

/** A code when one is sent; the password only otherwise. */
const proofOf = (dto: TwoFactorProofDto) =>
  dto.code !== undefined ? { code: dto.code } : { password: dto.password };
