import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponseOf } from '../http/page-response.dto';
import { LANGUAGES, ROLES, type Language, type Role } from '@app/common';
import type { User, UserStatus } from '@app/identity';

export class UserResponseDto {
  @ApiProperty({ format: 'uuid', example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  id: string;

  @ApiProperty({ example: 'li.wei@example.cn' })
  email: string;

  @ApiProperty({ example: 'Li Wei' })
  displayName: string;

  @ApiProperty({ enum: ROLES, example: 'enterprise' })
  role: Role;

  @ApiProperty({ enum: ['active', 'disabled'], example: 'active' })
  status: UserStatus;

  @ApiProperty({
    enum: LANGUAGES,
    nullable: true,
    example: 'zh',
    description: 'the language they read the platform and its mail in; null until they choose one',
  })
  language: Language | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    example: '2026-03-01T08:00:00.000Z',
  })
  lastLoginAt: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-02-20T09:30:00.000Z' })
  createdAt: string;

  @ApiProperty({
    example: true,
    description:
      'Whether the account proved its address. A self-registered enterprise user opens the emailed link ' +
      '(POST /auth/verify-email) before creating an enterprise; invited and organizer-created accounts are.',
  })
  emailVerified: boolean;

  static from(user: User): UserResponseDto {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      language: user.language,
      lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
      createdAt: user.createdAt.toISOString(),
      emailVerified: user.emailVerifiedAt !== null,
    };
  }
}

export class UserPageDto extends PageResponseOf(UserResponseDto, 'UserPageDto') {}
