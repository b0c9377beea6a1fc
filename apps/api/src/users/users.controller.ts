import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common';
import { UsersService } from '@app/identity';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { UserPageDto, UserResponseDto } from './user-response.dto';
import { CreateUserDto, ListUsersQueryDto, UpdateUserRoleDto, UpdateUserStatusDto } from './users.dto';

@ApiTags('users')
@Controller('users')
@Roles('organizer')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a judge or organizer account with a password (scripts and tests)',
    description:
      'People are added by invitation (POST /staff-invitations): they choose their own password and prove ' +
      'their address. This direct creation stays for scripts; the organizer vouches for the address.',
  })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiErrors(400, { 409: 'The email is already registered' })
  async create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserResponseDto> {
    const { role, ...account } = dto;
    return UserResponseDto.from(await this.users.createStaffUser(account, role, actor));
  }

  @Get()
  @ApiOperation({ summary: 'List accounts (oldest first unless sorted), found by name or address' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiErrors(400)
  async list(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    const page = await this.users.listUsers(
      { role: query.role, status: query.status, search: query.search?.trim() || undefined },
      query.toPageRequest(),
      query.sort,
    );
    return { ...page, items: page.items.map((u) => UserResponseDto.from(u)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(404)
  async get(@UuidParam('id') id: string): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.getUser(id));
  }

  @Patch(':id/status')
  @ApiOperation({
    summary: 'Disable or re-enable an account',
    description: 'Either way the account’s tokens stop working at once (re-enabled users sign in again).',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(404, { 409: 'An organizer cannot disable themselves' })
  async setStatus(
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserStatusDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.setStatus(id, dto.status, actor));
  }

  @Patch(':id/role')
  @ApiOperation({
    summary: 'Make a judge an organizer, or an organizer a judge',
    description:
      'Enterprise accounts keep their role, and an organizer cannot change their own. The account’s tokens ' +
      'stop working at once: the user signs in again under the new role. Audited.',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(404, {
    400: 'role is not organizer or judge',
    409: 'An enterprise account, or the caller’s own account',
  })
  async setRole(
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserRoleDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.changeRole(id, dto.role, actor));
  }
}
