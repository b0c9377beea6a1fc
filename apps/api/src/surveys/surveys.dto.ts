import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  CONSTRUCTS,
  Construct,
  DEFAULT_METHODOLOGY,
  ImportRejection,
  InstrumentItem,
  IssuedPartnerKey,
  MAX_BATCH_ROWS,
  MAX_ITEMS,
  MethodologyInForce,
  PartnerKey,
  SurveyImport,
} from '@app/surveys';
import type { StoredMethodologyVersion } from '@app/surveys';
import { PageResponseOf } from '../http/page-response.dto';

const P = DEFAULT_METHODOLOGY.parameters;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export class InstrumentItemDto implements InstrumentItem {
  @ApiProperty({ example: 'SAT1', description: 'letter, then up to 31 letters, digits or underscores' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, { message: 'key must be a letter then letters, digits or _' })
  key: string;

  @ApiProperty({ enum: CONSTRUCTS, example: 'satisfaction' })
  @IsIn(CONSTRUCTS)
  construct: Construct;

  @ApiProperty({ example: 1 })
  @IsInt()
  scaleMin: number;

  @ApiProperty({ example: 10 })
  @IsInt()
  scaleMax: number;

  @ApiProperty({ example: 1, description: 'relative weight within its construct, > 0' })
  @IsNumber()
  @IsPositive()
  weight: number;

  @ApiPropertyOptional({ example: false, description: 'scored as scaleMax + scaleMin - answer' })
  @IsOptional()
  @IsBoolean()
  reverse?: boolean;

  @ApiPropertyOptional({ example: 2, description: 'attention items only: the correct answer' })
  @IsOptional()
  @IsInt()
  expected?: number;

  @ApiPropertyOptional({ example: 'overall satisfaction' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  question?: string;
}

/** An instrument's items in a request: 1 to MAX_ITEMS, each checked as an InstrumentItemDto. */
const InstrumentItems = (description?: string) =>
  applyDecorators(
    ApiProperty({ type: [InstrumentItemDto], description }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_ITEMS),
    ValidateNested({ each: true }),
    Type(() => InstrumentItemDto),
  );

export class SetInstrumentDto {
  @InstrumentItems()
  items: InstrumentItemDto[];
}

export class ContradictionRuleDto {
  @ApiProperty({ example: 'SAT1' })
  @IsString()
  itemA: string;

  @ApiProperty({ example: 'LOY1' })
  @IsString()
  itemB: string;

  @ApiProperty({ example: 80, description: 'rescaled points (0-100) apart that count as a contradiction' })
  @IsNumber()
  @Min(0)
  @Max(100)
  maxGapPoints: number;
}

export class MethodologyParametersDto {
  @ApiProperty({ example: P.npsItem }) @IsString() npsItem: string;
  @ApiProperty({ example: P.promoterMin }) @IsInt() promoterMin: number;
  @ApiProperty({ example: P.detractorMax }) @IsInt() detractorMax: number;
  @ApiProperty({ example: P.confidence }) @IsNumber() confidence: number;
  @ApiProperty({ example: P.npsZ }) @IsNumber() npsZ: number;
  @ApiProperty({ example: P.minSatisfactionItems }) @IsInt() minSatisfactionItems: number;
  @ApiProperty({ example: P.maxMissingShare }) @IsNumber() maxMissingShare: number;
  @ApiProperty({ example: P.minCompletionShareOfMedian }) @IsNumber() minCompletionShareOfMedian: number;
  @ApiProperty({ example: P.softFlagsToExclude }) @IsInt() softFlagsToExclude: number;
  @ApiProperty({ example: P.straightLiningMinItems }) @IsInt() straightLiningMinItems: number;

  @ApiProperty({ type: [ContradictionRuleDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContradictionRuleDto)
  contradictions: ContradictionRuleDto[];

  @ApiProperty({ example: P.exclusionAlertRate }) @IsNumber() exclusionAlertRate: number;
  @ApiProperty({ example: P.exclusionAlertIndustryMultiple })
  @IsNumber()
  exclusionAlertIndustryMultiple: number;
  @ApiProperty({ example: P.alpha }) @IsNumber() alpha: number;
  @ApiProperty({ example: P.displayDecimals }) @IsInt() displayDecimals: number;
}

export class CreateMethodologyVersionDto {
  @ApiProperty({ example: 'csi-2027.1' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,39}$/, {
    message: 'version must be 2-40 lowercase letters, digits, dots or dashes',
  })
  version: string;

  @ApiProperty({ example: 'csi-2026.1 with a stricter speeding rule (30 % of the median)' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description: string;

  @InstrumentItems('the default instrument of this version')
  items: InstrumentItemDto[];

  @ApiProperty({ type: MethodologyParametersDto })
  @ValidateNested()
  @Type(() => MethodologyParametersDto)
  parameters: MethodologyParametersDto;
}

export class MethodologyVersionResponseDto {
  @ApiProperty({ example: 'csi-2026.1' }) version: string;
  @ApiProperty({ example: DEFAULT_METHODOLOGY.description }) description: string;
  @ApiProperty({ type: [InstrumentItemDto] }) items: InstrumentItemDto[];
  @ApiProperty({ type: MethodologyParametersDto }) parameters: MethodologyParametersDto;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt: string;

  static from(v: StoredMethodologyVersion): MethodologyVersionResponseDto {
    return { ...v, createdAt: v.createdAt.toISOString() };
  }
}

export class InstrumentResponseDto {
  @ApiProperty({ example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01' }) campaignId: string;
  @ApiProperty({ example: 'csi-2026.1' }) methodologyVersion: string;
  @ApiProperty({ enum: ['campaign', 'methodology-default'], example: 'methodology-default' })
  itemsSource: string;
  @ApiProperty({ example: false, description: 'true from survey on: nothing here may change any more' })
  frozen: boolean;
  @ApiProperty({ type: MethodologyParametersDto }) parameters: MethodologyParametersDto;
  @ApiProperty({ type: [InstrumentItemDto] }) items: InstrumentItemDto[];

  static from(m: MethodologyInForce): InstrumentResponseDto {
    return {
      campaignId: m.campaignId,
      methodologyVersion: m.version,
      itemsSource: m.itemsSource,
      frozen: m.frozen,
      parameters: m.parameters,
      items: m.items,
    };
  }
}

export class IssuePartnerKeyDto {
  @ApiProperty({ example: 'Survey partner: Horizon Research, 2027 wave' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;
}

export class PartnerKeyResponseDto {
  @ApiProperty({ example: '9b1d3c8e-0a4f-4c1e-8a7e-5f2d6c3b1a90' }) id: string;
  @ApiProperty({ example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01' }) campaignId: string;
  @ApiProperty({ example: 'Survey partner: Horizon Research, 2027 wave' }) label: string;
  @ApiProperty({ example: 'cak_Xq3v9LmN', description: 'the first characters, to tell keys apart' })
  keyPrefix: string;
  @ApiProperty({ example: '2027-03-01T08:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: null, nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ example: '2027-05-03T10:15:00.000Z', nullable: true, type: String }) lastUsedAt:
    string | null;

  static from(k: PartnerKey): PartnerKeyResponseDto {
    return {
      id: k.id,
      campaignId: k.campaignId,
      label: k.label,
      keyPrefix: k.keyPrefix,
      createdAt: k.createdAt.toISOString(),
      revokedAt: iso(k.revokedAt),
      lastUsedAt: iso(k.lastUsedAt),
    };
  }
}

export class IssuedPartnerKeyResponseDto extends PartnerKeyResponseDto {
  @ApiProperty({
    example: 'cak_Xq3v9LmNa0b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r',
    description: 'send as the x-api-key header; shown only now, stored only as a hash',
  })
  secret: string;

  static fromIssued(k: IssuedPartnerKey): IssuedPartnerKeyResponseDto {
    return { ...PartnerKeyResponseDto.from(k), secret: k.secret };
  }
}

/** One response as a survey partner sends it; checked row by row, never half-stored. */
export class SurveyResponseDto {
  @ApiPropertyOptional({
    example: '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f',
    description: 'enterpriseId or creditCode',
  })
  @Allow()
  enterpriseId?: string;

  @ApiPropertyOptional({ example: '91350100M000100Y43', description: 'unified social credit code' })
  @Allow()
  creditCode?: string;

  @ApiProperty({
    example: 'panel-2027-000123',
    description: 'unique per enterprise: a resend is a duplicate',
  })
  @Allow()
  respondentKey: string;

  @ApiProperty({ example: '2027-05-03T10:15:00+08:00', description: 'inside the survey window' })
  @Allow()
  submittedAt: string;

  @ApiProperty({ enum: CHANNELS, example: 'phone' })
  @Allow()
  channel: string;

  @ApiPropertyOptional({ example: 412, description: 'seconds taken; used for the speeding rule' })
  @Allow()
  completionSeconds?: number;

  @ApiProperty({
    example: {
      IMG: 8,
      EXP: 7,
      QUA1: 8,
      QUA2: 9,
      QUA3: 8,
      VAL1: 7,
      VAL2: 7,
      SAT1: 8,
      SAT2: 8,
      SAT3: 7,
      CMP: 0,
      LOY1: 9,
      LOY2: 9,
    },
    description: 'item key -> whole-number answer on the item scale; leave an item out when unanswered',
  })
  @Allow()
  answers: Record<string, number | null>;
}

export class ResponseBatchDto {
  @ApiProperty({ type: [SurveyResponseDto], description: `1 to ${MAX_BATCH_ROWS} responses` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_ROWS)
  responses: unknown[];
}

export class ImportRejectionDto implements ImportRejection {
  @ApiProperty({
    example: 17,
    description: 'line of the file (header = 1), or position in a JSON batch (from 1)',
  })
  line: number;

  @ApiProperty({ example: 'answers.SAT1' }) field: string;
  @ApiProperty({ example: 'out of scale 1-10' }) reason: string;
}

export class ImportCountsDto {
  @ApiProperty({ example: 10000 }) received: number;
  @ApiProperty({ example: 9930, description: 'stored now (new respondents)' }) accepted: number;
  @ApiProperty({
    example: 50,
    description: 'already stored for that enterprise and respondent key; stored once',
  })
  duplicates: number;
  @ApiProperty({ example: 20 }) rejected: number;
}

export class ImportSummaryDto {
  @ApiProperty({ example: 'c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }) id: string;
  @ApiProperty({ example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01' }) campaignId: string;
  @ApiProperty({ enum: ['single', 'batch', 'csv', 'ndjson'], example: 'csv' }) format: string;
  @ApiProperty({ enum: ['receiving', 'stored', 'aggregated', 'failed'], example: 'stored' }) state: string;
  @ApiProperty({
    example: 100,
    description: 'percent received while receiving (from Content-Length), 100 once stored',
  })
  progress: number;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ example: 1048576 }) bytesReceived: number;
  @ApiProperty({ example: 1048576, nullable: true, type: Number }) bytesExpected: number | null;
  @ApiProperty({ example: null, nullable: true, type: String }) failure: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'set when a survey partner key sent it',
  })
  partnerKeyId: string | null;
  @ApiProperty({ example: '2027-05-03T10:15:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2027-05-03T10:15:09.000Z', nullable: true, type: String }) storedAt: string | null;
  @ApiProperty({ example: '2027-05-03T10:15:10.000Z', nullable: true, type: String }) aggregatedAt:
    string | null;

  static from(i: SurveyImport): ImportSummaryDto {
    const progress =
      i.state === 'stored' || i.state === 'aggregated'
        ? 100
        : i.bytesExpected
          ? Math.min(99, Math.floor((100 * i.bytesReceived) / i.bytesExpected))
          : 0;
    return {
      id: i.id,
      campaignId: i.campaignId,
      format: i.format,
      state: i.state,
      progress,
      counts: { received: i.received, accepted: i.accepted, duplicates: i.duplicates, rejected: i.rejected },
      bytesReceived: i.bytesReceived,
      bytesExpected: i.bytesExpected,
      failure: i.failure,
      partnerKeyId: i.partnerKeyId,
      createdAt: i.createdAt.toISOString(),
      storedAt: iso(i.storedAt),
      aggregatedAt: iso(i.aggregatedAt),
    };
  }
}

export class ImportResponseDto extends ImportSummaryDto {
  @ApiProperty({
    type: [ImportRejectionDto],
    description: 'the first 1,000 rejections; all of them at rejectionsCsv',
  })
  rejections: ImportRejectionDto[];

  @ApiProperty({
    example:
      '/campaigns/3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01/imports/c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d/rejections.csv',
  })
  rejectionsCsv: string;

  static fromImport(i: SurveyImport, rejections: ImportRejection[]): ImportResponseDto {
    return {
      ...ImportSummaryDto.from(i),
      rejections,
      rejectionsCsv: `/campaigns/${i.campaignId}/imports/${i.id}/rejections.csv`,
    };
  }
}

export const ImportPageDto = PageResponseOf(ImportSummaryDto, 'ImportPageDto');
