import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Language } from '@app/common';
import type { StaffInvitationPreview, StaffRole, User } from '@app/identity';
import { DisplayName, LanguageChoice, PasswordPolicy } from './auth.dto';

const TOKEN_EXAMPLE = 'q3Jx0b7m1Zr8c2VnT4yKpL9sWd6Ea5HfUo0iNgBtYcM';

/** A token from an emailed link, as sent: its shape is checked by the service (a wrong one is simply unknown). */
export function LinkToken() {
  return (target: object, key: string) => {
    ApiProperty({ example: TOKEN_EXAMPLE, description: 'the `token` of the emailed link' })(target, key);
    IsString({ message: 'token must be a string' })(target, key);
    MinLength(1, { message: 'token must not be empty' })(target, key);
    MaxLength(200, { message: 'token must be at most 200 characters' })(target, key);
  };
}

export class AcceptStaffInvitationDto {
  @LinkToken()
  token: string;

  @DisplayName('Zhang Min')
  displayName: string;

  @PasswordPolicy('password')
  password: string;

  @LanguageChoice()
  language?: Language;
}

export class StaffInvitationPreviewDto {
  @ApiProperty({ example: 'zhang.min@example.cn' })
  email: string;

  @ApiProperty({ enum: ['judge', 'organizer'], example: 'judge' })
  role: StaffRole;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Zhang Min',
    description: 'the inviter’s suggestion',
  })
  displayName: string | null;

  @ApiProperty({ example: 'Chen Jing' })
  inviterName: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-08T08:00:00.000Z' })
  expiresAt: string;

  static from(p: StaffInvitationPreview): StaffInvitationPreviewDto {
    return { ...p, expiresAt: p.expiresAt.toISOString() };
  }
}

export class VerifyEmailDto {
  @LinkToken()
  token: string;
}

export class EmailVerifiedDto {
  @ApiProperty({ example: 'li.wei@example.cn' })
  email: string;

  @ApiProperty({ example: 'Li Wei' })
  displayName: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:05:00.000Z' })
  emailVerifiedAt: string;

  static from(u: User): EmailVerifiedDto {
    return {
      email: u.email,
      displayName: u.displayName,
      emailVerifiedAt: (u.emailVerifiedAt as Date).toISOString(),
    };
  }
}
