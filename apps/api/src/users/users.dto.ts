import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@app/common';
import type { UserListSort, UserStatus } from '@app/identity';
import { AccountFieldsDto } from '../auth/auth.dto';
import { PageQueryDto } from '../http/page-query.dto';

const USER_SORTS: UserListSort[] = [
  'createdAt',
  '-createdAt',
  'displayName',
  '-displayName',
  'email',
  '-email',
];

export class CreateUserDto extends AccountFieldsDto {
  @ApiProperty({ enum: ['organizer', 'judge'], example: 'judge' })
  @IsIn(['organizer', 'judge'], {
    message: 'role must be organizer or judge (enterprise users register themselves)',
  })
  role: 'organizer' | 'judge';
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES, example: 'judge' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'disabled'], example: 'active' })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: UserStatus;

  @ApiPropertyOptional({ description: 'Part of the name or the email address, any case', example: 'li.wei' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({
    enum: USER_SORTS,
    default: 'createdAt',
    description: 'A leading minus sorts in descending order',
    example: 'displayName',
  })
  @IsOptional()
  @IsIn(USER_SORTS)
  sort?: UserListSort;
}

export class UpdateUserStatusDto {
  @ApiProperty({ enum: ['active', 'disabled'], example: 'disabled' })
  @IsIn(['active', 'disabled'])
  status: UserStatus;
}

export class UpdateUserRoleDto {
  @ApiProperty({ enum: ['organizer', 'judge'], example: 'organizer' })
  @IsIn(['organizer', 'judge'], { message: 'role must be organizer or judge' })
  role: 'organizer' | 'judge';
}
