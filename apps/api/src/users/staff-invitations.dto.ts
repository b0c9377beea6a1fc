import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { LANGUAGES, type Language } from '@app/common';
import type { StaffInvitation, StaffInvitationStatus, StaffRole } from '@app/identity';
import { LanguageChoice, OptionalDisplayName } from '../auth/auth.dto';
import { PageQueryDto } from '../http/page-query.dto';
import { PageResponseOf } from '../http/page-response.dto';
import { trim } from '../http/transforms';

const STATES: StaffInvitationStatus[] = ['pending', 'accepted', 'revoked', 'expired'];

export class InviteStaffDto {
  @ApiProperty({ example: 'zhang.min@example.cn', maxLength: 254 })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @ApiProperty({ enum: ['judge', 'organizer'], example: 'judge' })
  @IsIn(['judge', 'organizer'], {
    message: 'role must be judge or organizer (enterprise users register themselves)',
  })
  role: StaffRole;

  @OptionalDisplayName('Zhang Min', 'A suggestion the invitation page fills in; the invitee may change it')
  displayName?: string;

  @LanguageChoice()
  language?: Language;
}

export class ListStaffInvitationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATES, example: 'pending' })
  @IsOptional()
  @IsIn(STATES, { message: `state must be one of ${STATES.join(', ')}` })
  state?: StaffInvitationStatus;
}

export class StaffInvitationResponseDto {
  @ApiProperty({ format: 'uuid', example: '5d0c8a3e-2f7b-4e51-9c1d-8a6b4f2e7c90' })
  id: string;

  @ApiProperty({ example: 'zhang.min@example.cn' })
  email: string;

  @ApiProperty({ enum: ['judge', 'organizer'], example: 'judge' })
  role: StaffRole;

  @ApiProperty({ nullable: true, type: String, example: 'Zhang Min' })
  displayName: string | null;

  @ApiProperty({ enum: LANGUAGES, nullable: true, example: 'zh' })
  language: Language | null;

  @ApiProperty({
    enum: STATES,
    example: 'pending',
    description: 'expired: still pending when its expiry passed; the link no longer works',
  })
  status: StaffInvitationStatus;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:00:00.000Z' })
  invitedAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-08T08:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: null })
  respondedAt: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: null,
    description: 'The account the acceptance created',
  })
  userId: string | null;

  static from(i: StaffInvitation): StaffInvitationResponseDto {
    return {
      id: i.id,
      email: i.email,
      role: i.role,
      displayName: i.displayName,
      language: i.language,
      status: i.status,
      invitedAt: new Date(i.createdAt).toISOString(),
      expiresAt: new Date(i.expiresAt).toISOString(),
      respondedAt: i.respondedAt ? new Date(i.respondedAt).toISOString() : null,
      userId: i.acceptedUserId,
    };
  }
}

export class StaffInvitationPageDto extends PageResponseOf(
  StaffInvitationResponseDto,
  'StaffInvitationPageDto',
) {}
