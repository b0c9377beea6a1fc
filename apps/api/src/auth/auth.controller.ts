import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Actor } from '@app/common';
import { AccessTokensService, UsersService } from '@app/identity';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UserResponseDto } from '../users/user-response.dto';
import { CurrentActor, Public, Roles } from './access.decorators';
import { AccessTokenResponseDto, ChangePasswordDto, LoginDto, RegisterDto } from './auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokensService,
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
    description: 'Rate-limited per client address.',
  })
  @ApiOkResponse({ type: AccessTokenResponseDto })
  @ApiErrors(429, { 401: 'Wrong email or password, or a disabled account' })
  async login(@Body() dto: LoginDto, @CurrentActor() actor: Actor): Promise<AccessTokenResponseDto> {
    const user = await this.users.authenticate(dto.email, dto.password, actor);
    return { ...(await this.tokens.issue(user)), user: UserResponseDto.from(user) };
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
  ): Promise<AccessTokenResponseDto> {
    const user = await this.users.changePassword(
      actor.userId as string,
      dto.currentPassword,
      dto.newPassword,
      actor,
    );
    return { ...(await this.tokens.issue(user)), user: UserResponseDto.from(user) };
  }

  @Get('me')
  @Roles('organizer', 'enterprise', 'judge')
  @ApiOperation({ summary: 'The account behind the bearer token' })
  @ApiOkResponse({ type: UserResponseDto })
  async me(@CurrentActor() actor: Actor): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.getUser(actor.userId as string));
  }
}
