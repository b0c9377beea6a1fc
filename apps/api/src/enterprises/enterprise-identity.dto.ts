import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import type { IdentityChange, IdentityChangeState, IdentityHistory, IdentityVersion } from '@app/enterprises';
import { trim } from '../http/transforms';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The fields of an enterprise that change only through review: its identity. */
export class IdentityFieldsDto {
  @ApiProperty({ example: 'Shenzhen Example Telecom Co., Ltd.' })
  legalName: string;
  @ApiPropertyOptional({ example: '深圳示例电信有限公司', nullable: true, type: String })
  legalNameZh: string | null;
  @ApiProperty({ example: '91440300708461136T' })
  creditCode: string;
  @ApiProperty({ example: 'telecom' })
  industryCode: string;
  @ApiProperty({ example: 'in-house' })
  organizationType: string;
}

export class IdentityVersionDto extends IdentityFieldsDto {
  @ApiProperty({ example: 2, description: 'numbered from 1 per enterprise; never changes once written' })
  version: number;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    example: null,
    description: 'the organizer who verified it (shown to organizers only)',
  })
  verifiedBy: string | null;
  @ApiProperty({ example: '2027-03-02T08:00:00.000Z', format: 'date-time' })
  verifiedAt: string;

  static from(v: IdentityVersion, showReviewer = true): IdentityVersionDto {
    return {
      version: v.version,
      legalName: v.legalName,
      legalNameZh: v.legalNameZh,
      creditCode: v.creditCode,
      industryCode: v.industryCode,
      organizationType: v.organizationType,
      verifiedBy: showReviewer ? v.verifiedBy : null,
      verifiedAt: v.verifiedAt.toISOString(),
    };
  }
}

export class IdentityChangeDto extends IdentityFieldsDto {
  @ApiProperty({
    format: 'uuid',
    example: '3f0c1e7a-2b4d-4c6e-8a9b-1c2d3e4f5a6b',
    description:
      'names this content: an amendment closes the change (withdrawn) and opens a new one with a new id; a review names it as `changeId`',
  })
  id: string;
  @ApiProperty({ enum: ['pending', 'verified', 'rejected', 'withdrawn'], example: 'pending' })
  state: IdentityChangeState;
  @ApiProperty({ format: 'uuid', example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  proposedBy: string;
  @ApiProperty({ example: '2027-03-01T08:00:00.000Z', format: 'date-time' })
  proposedAt: string;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    example: null,
    description: 'the organizer who reviewed it (shown to organizers only)',
  })
  reviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: null })
  reviewReason: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: null,
    description: 'the identity version its verification created',
  })
  version: number | null;

  static from(c: IdentityChange, showReviewer = true): IdentityChangeDto {
    return {
      id: c.id,
      state: c.state,
      legalName: c.legalName,
      legalNameZh: c.legalNameZh,
      creditCode: c.creditCode,
      industryCode: c.industryCode,
      organizationType: c.organizationType,
      proposedBy: c.proposedBy,
      proposedAt: c.proposedAt.toISOString(),
      reviewedBy: showReviewer ? c.reviewedBy : null,
      reviewedAt: iso(c.reviewedAt),
      reviewReason: c.reviewReason,
      version: c.version,
    };
  }
}

export class IdentityHistoryDto {
  @ApiPropertyOptional({
    type: IdentityVersionDto,
    nullable: true,
    description: 'the last verified identity: what is published; null before the first verification',
  })
  current: IdentityVersionDto | null;
  @ApiProperty({ type: [IdentityVersionDto], description: 'every verified identity, oldest first' })
  versions: IdentityVersionDto[];
  @ApiPropertyOptional({ type: IdentityChangeDto, nullable: true })
  pendingChange: IdentityChangeDto | null;
  @ApiProperty({ type: [IdentityChangeDto], description: 'every requested change, oldest first' })
  changes: IdentityChangeDto[];

  /** Enterprise users see what was decided and when, not which organizer decided it. */
  static from(h: IdentityHistory, showReviewers: boolean): IdentityHistoryDto {
    const versions = h.versions.map((v) => IdentityVersionDto.from(v, showReviewers));
    const changes = h.changes.map((c) => IdentityChangeDto.from(c, showReviewers));
    return {
      current: versions.at(-1) ?? null,
      versions,
      pendingChange: changes.find((c) => c.state === 'pending') ?? null,
      changes,
    };
  }
}

export class ReviewIdentityChangeDto {
  @ApiProperty({
    format: 'uuid',
    example: '3f0c1e7a-2b4d-4c6e-8a9b-1c2d3e4f5a6b',
    description:
      'the id of the pending change you read (`pendingChange.id` of `GET /enterprises/{id}/identity`); 409 `IDENTITY_CHANGE_MOVED` if it was amended since',
  })
  @IsUUID('all', { message: 'changeId must be the id of the pending change you read' })
  changeId: string;

  @ApiProperty({ enum: ['verified', 'rejected'], example: 'verified' })
  @IsIn(['verified', 'rejected'])
  decision: 'verified' | 'rejected';

  @ApiPropertyOptional({ example: 'The licence shows the new name since 2027-02-28', maxLength: 2000 })
  @ValidateIf((dto: ReviewIdentityChangeDto) => dto.decision === 'rejected' || dto.reason !== undefined)
  @Transform(trim)
  @IsString({ message: 'reason is required when rejecting' })
  @IsNotEmpty({ message: 'reason is required when rejecting' })
  @MaxLength(2000)
  reason?: string;
}
