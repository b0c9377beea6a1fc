import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import type { Language } from '@app/common';
import type { InvitationLinkPreview, MemberRole } from '@app/enterprises';
import { LinkToken } from '../auth/account-links.dto';
import { LanguageChoice, OptionalDisplayName, PasswordPolicy } from '../auth/auth.dto';
import { trim } from '../http/transforms';

export class InviteContactDto {
  @ApiProperty({ example: 'liu.yang@example.cn', maxLength: 254, description: 'the enterprise’s contact' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @LanguageChoice()
  language?: Language;
}

export class AcceptInvitationLinkDto {
  @LinkToken()
  token: string;

  @OptionalDisplayName(
    'Liu Yang',
    'required when the address has no account yet (`accountExists: false`); ignored otherwise',
  )
  displayName?: string;

  @PasswordPolicy('password')
  password: string;

  @LanguageChoice()
  language?: Language;
}

export class InvitationLinkPreviewDto {
  @ApiProperty({ example: 'Shenzhen Kangda Customer Care Co., Ltd.' })
  enterpriseName: string;

  @ApiProperty({ nullable: true, type: String, example: '深圳康达客户关怀有限公司' })
  enterpriseNameZh: string | null;

  @ApiProperty({ example: 'liu.yang@example.cn' })
  email: string;

  @ApiProperty({ enum: ['member', 'admin'], example: 'member' })
  role: MemberRole;

  @ApiProperty({ format: 'date-time', example: '2026-03-15T08:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({
    example: false,
    description: 'true: sign in with the account’s password to accept; false: choose a name and a password',
  })
  accountExists: boolean;

  static from(p: InvitationLinkPreview): InvitationLinkPreviewDto {
    return { ...p, expiresAt: p.expiresAt.toISOString() };
  }
}
