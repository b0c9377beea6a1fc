import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import type { InvitationStatus, InvitationView, MemberRole, ReceivedInvitationView } from '@app/enterprises';
import { trim } from '../http/transforms';

const STATUSES: InvitationStatus[] = ['pending', 'accepted', 'declined', 'revoked', 'expired'];

export class InviteMemberDto {
  @ApiProperty({
    example: 'wang.fang@example.cn',
    maxLength: 254,
    description: 'any address: whether it has an account is not checked, and the answer does not say',
  })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;
}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid', example: '5d0c8a3e-2f7b-4e51-9c1d-8a6b4f2e7c90' })
  id: string;

  @ApiProperty({ format: 'uuid', example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  enterpriseId: string;

  @ApiProperty({ example: 'wang.fang@example.cn' })
  email: string;

  @ApiProperty({
    enum: ['member', 'admin'],
    example: 'member',
    description: 'what accepting makes the invitee: admin for a contact an organizer invited',
  })
  role: MemberRole;

  @ApiProperty({
    enum: STATUSES,
    example: 'pending',
    description: 'expired: still pending when its expiry passed; it can no longer be accepted',
  })
  status: InvitationStatus;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:00:00.000Z' })
  invitedAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-15T08:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: null })
  respondedAt: string | null;

  static from(i: InvitationView): InvitationResponseDto {
    return {
      id: i.id,
      enterpriseId: i.enterpriseId,
      email: i.email,
      role: i.role,
      status: i.status,
      invitedAt: new Date(i.createdAt).toISOString(),
      expiresAt: new Date(i.expiresAt).toISOString(),
      respondedAt: i.respondedAt ? new Date(i.respondedAt).toISOString() : null,
    };
  }
}

export class ReceivedInvitationResponseDto extends InvitationResponseDto {
  @ApiProperty({ example: 'Shenzhen Kangda Customer Care Co., Ltd.' })
  enterpriseName: string;

  static fromReceived(i: ReceivedInvitationView): ReceivedInvitationResponseDto {
    return { ...InvitationResponseDto.from(i), enterpriseName: i.enterpriseName };
  }
}
