import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ROLES, type Role } from '@app/common';
import type { UserStatus } from '@app/identity';
import { AccountFieldsDto } from '../auth/auth.dto';
import { PageQueryDto } from '../http/page-query.dto';

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
