import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponseOf } from '../http/page-response.dto';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AuditEntry } from '@app/identity';
import { PageQueryDto } from '../http/page-query.dto';

export class ListAuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'user.created' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional({ example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ example: '3f0c7a52-2d7e-4d59-a2a6-5f8d3e1c9b10' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  requestId?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-01-01T00:00:00Z', description: 'inclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', example: '2027-01-01T00:00:00Z', description: 'exclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

export class AuditEntryResponseDto {
  @ApiProperty({ example: '1042' })
  id: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T08:00:00.000Z' })
  occurredAt: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d',
  })
  actorId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'organizer' })
  actorRole: string | null;

  @ApiProperty({ example: 'user.created' })
  action: string;

  @ApiProperty({ example: 'user' })
  entityType: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  entityId: string | null;

  @ApiPropertyOptional({ nullable: true, type: Object, example: { status: 'active' } })
  before: Record<string, unknown> | null;

  @ApiPropertyOptional({ nullable: true, type: Object, example: { status: 'disabled' } })
  after: Record<string, unknown> | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '3f0c7a52-2d7e-4d59-a2a6-5f8d3e1c9b10' })
  requestId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '203.0.113.7' })
  ip: string | null;

  static from(entry: AuditEntry): AuditEntryResponseDto {
    return { ...entry, occurredAt: entry.occurredAt.toISOString() };
  }
}

export class AuditEntryPageDto extends PageResponseOf(AuditEntryResponseDto, 'AuditEntryPageDto') {}
