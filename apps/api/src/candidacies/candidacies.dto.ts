import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import type { Candidacy, CandidacyState } from '@app/enterprises';
import { PageQueryDto } from '../http/page-query.dto';
import { trim } from '../http/transforms';

const STATES: CandidacyState[] = ['submitted', 'approved', 'rejected', 'withdrawn'];

export class EnterCandidacyDto {
  @ApiProperty({
    format: 'uuid',
    example: '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d',
    description: 'a category of this campaign',
  })
  @IsUUID()
  categoryId: string;

  @ApiProperty({
    format: 'uuid',
    example: '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90',
    description: 'your verified enterprise',
  })
  @IsUUID()
  enterpriseId: string;
}

export class DecideCandidacyDto {
  @ApiProperty({ enum: ['approved', 'rejected'], example: 'approved' })
  @IsIn(['approved', 'rejected'])
  decision: 'approved' | 'rejected';

  @ApiPropertyOptional({ example: 'Outside the category’s scope', maxLength: 2000 })
  @ValidateIf((dto: DecideCandidacyDto) => dto.decision === 'rejected' || dto.reason !== undefined)
  @Transform(trim)
  @IsString({ message: 'reason is required when rejecting' })
  @IsNotEmpty({ message: 'reason is required when rejecting' })
  @MaxLength(2000)
  reason?: string;
}

export class ListCandidaciesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ example: 'telecom' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  industryCode?: string;

  @ApiPropertyOptional({ enum: STATES, example: 'submitted' })
  @IsOptional()
  @IsIn(STATES)
  state?: CandidacyState;
}

export class ExportCandidaciesQueryDto extends ListCandidaciesQueryDto {
  @ApiPropertyOptional({
    enum: ['csv', 'xlsx'],
    example: 'xlsx',
    description: 'the file format; without it, an Accept header naming XLSX gives XLSX, otherwise CSV',
  })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export class CandidacyResponseDto {
  @ApiProperty({ format: 'uuid', example: '9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a' })
  id: string;
  @ApiProperty({ format: 'uuid', example: '3e9d2c1b-0a8f-4e7d-9c6b-5a4f3e2d1c0b' })
  campaignId: string;
  @ApiProperty({ format: 'uuid', example: '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d' })
  categoryId: string;
  @ApiProperty({ format: 'uuid', example: '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90' })
  enterpriseId: string;
  @ApiPropertyOptional({ example: 'Shenzhen Example Telecom Co., Ltd.', type: String })
  enterpriseName?: string;
  @ApiProperty({ example: 'telecom', description: 'the enterprise’s industry when it entered' })
  industryCode: string;
  @ApiProperty({ enum: STATES, example: 'submitted' })
  state: CandidacyState;
  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  decisionReason: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, format: 'date-time' })
  decidedAt: string | null;
  @ApiProperty({ example: '2027-01-15T03:00:00.000Z', format: 'date-time' })
  createdAt: string;

  static from(c: Candidacy & { enterpriseName?: string }): CandidacyResponseDto {
    return {
      id: c.id,
      campaignId: c.campaignId,
      categoryId: c.categoryId,
      enterpriseId: c.enterpriseId,
      ...(c.enterpriseName !== undefined && { enterpriseName: c.enterpriseName }),
      industryCode: c.industryCode,
      state: c.state,
      decisionReason: c.decisionReason,
      decidedAt: c.decidedAt ? new Date(c.decidedAt).toISOString() : null,
      createdAt: new Date(c.createdAt).toISOString(),
    };
  }
}

export class IndustryCountDto {
  @ApiProperty({ example: 'telecom' })
  industryCode: string;
  @ApiProperty({ example: 12 })
  total: number;
  @ApiProperty({ example: { submitted: 3, approved: 8, rejected: 1, withdrawn: 0 } })
  byState: Record<CandidacyState, number>;
}

export class CandidacyPageDto {
  @ApiProperty({ type: [CandidacyResponseDto] })
  items: CandidacyResponseDto[];
  @ApiProperty({ example: 12 })
  total: number;
  @ApiProperty({ example: 1 })
  page: number;
  @ApiProperty({ example: 20 })
  pageSize: number;
  @ApiProperty({ type: [IndustryCountDto], description: 'counts over all pages, under the same filters' })
  countsByIndustry: IndustryCountDto[];
}
