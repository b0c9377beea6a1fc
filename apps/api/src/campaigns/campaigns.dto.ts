import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_STATES,
  type AwardCategory,
  type CampaignState,
  type CampaignView,
  type CategoryKind,
  scheduleOf,
} from '@app/campaigns';
import { LANGUAGES, type Language } from '@app/common';
import { PageQueryDto } from '../http/page-query.dto';
import { PageResponseOf } from '../http/page-response.dto';
import { trim } from '../http/transforms';
import { ScheduleDto } from './campaign-schedule.dto';

const KINDS: CategoryKind[] = ['survey-benchmark', 'panel', 'combined'];

export class CategoryDto {
  @ApiProperty({ example: 'Customer Care Benchmark Enterprise', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: '客户关怀标杆企业', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;

  @ApiProperty({ enum: KINDS, example: 'survey-benchmark' })
  @IsIn(KINDS)
  kind: CategoryKind;

  @ApiProperty({ example: true, description: 'awarded in each industry (true) or once overall (false)' })
  @IsBoolean()
  perIndustry: boolean;

  @ApiProperty({ example: 3, minimum: 1, description: 'most winners per industry (or overall)' })
  @IsInt()
  @Min(1)
  @Max(100)
  maxWinners: number;

  @ApiPropertyOptional({
    example: 70,
    nullable: true,
    type: Number,
    description: 'combined only; with panelWeight sums to 100',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  surveyWeight?: number | null;

  @ApiPropertyOptional({ example: 30, nullable: true, type: Number, description: 'combined only' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  panelWeight?: number | null;

  @ApiPropertyOptional({
    example: 'certified',
    nullable: true,
    type: String,
    description: 'combined only: least panel band to win',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  minPanelBand?: string | null;
}

export class RulesDto {
  @ApiPropertyOptional({
    example: 100,
    default: 100,
    description: 'valid responses needed to be ranked and award-eligible',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minResponsesRanked?: number;

  @ApiPropertyOptional({
    example: 30,
    default: 30,
    description: 'valid responses needed to be listed as indicative',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minResponsesListed?: number;

  @ApiPropertyOptional({ example: 'csi-2026.1', default: 'csi-2026.1' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  methodologyVersion?: string;

  @ApiPropertyOptional({
    example: true,
    default: true,
    description: 'statistical ties produce joint winners',
  })
  @IsOptional()
  @IsBoolean()
  jointWinnersOnTie?: boolean;
}

export class CreateCampaignDto {
  @ApiProperty({ example: 'care-benchmark-2027', description: 'lower-case letters, digits and dashes' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters, digits and single dashes',
  })
  @MaxLength(80)
  slug: string;

  @ApiProperty({ example: 'Customer Care Awards 2027', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({
    example: '2027 客户关怀奖',
    type: String,
    maxLength: 300,
    nullable: true,
    description: 'The name in Chinese, shown on the public site in Chinese; empty or null for none',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;

  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ example: 'The yearly customer-care awards.', default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  descriptionEn?: string;

  @ApiPropertyOptional({ example: '年度客户关怀奖项。', default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  descriptionZh?: string;

  @ApiProperty({ example: 'Asia/Shanghai', description: 'IANA time zone' })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    example: 'zh',
    default: 'zh',
    description: 'The language of its emails to people who have not chosen one',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiProperty({ example: ['telecom', 'finance'], type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  industryCodes: string[];

  @ApiProperty({ type: [CategoryDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CategoryDto)
  categories: CategoryDto[];

  @ApiPropertyOptional({ type: ScheduleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto;

  @ApiPropertyOptional({ type: RulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RulesDto)
  rules?: RulesDto;

  @ApiPropertyOptional({
    example: false,
    default: false,
    description:
      'judges of this campaign must sign in with a second factor (TOTP) to see its assignments, score sheets ' +
      'and conflicts; otherwise 403 TWO_FACTOR_REQUIRED. Editable until the campaign is archived.',
  })
  @IsOptional()
  @IsBoolean({ message: 'judgesRequireTwoFactor must be true or false' })
  judgesRequireTwoFactor?: boolean;
}

export class UpdateCampaignDto extends PartialType(OmitType(CreateCampaignDto, ['categories'] as const)) {}

export class ReplaceCategoriesDto {
  @ApiProperty({ type: [CategoryDto] })
  @IsArray()
  @ArrayMinSize(0)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CategoryDto)
  categories: CategoryDto[];
}

export class TransitionDto {
  @ApiProperty({ enum: CAMPAIGN_STATES, example: 'registration', description: 'the next state' })
  @IsIn(CAMPAIGN_STATES)
  to: CampaignState;
}

export class CloneCampaignDto {
  @ApiProperty({ example: 'care-benchmark-2028' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters, digits and single dashes',
  })
  @MaxLength(80)
  slug: string;

  @ApiPropertyOptional({
    example: 'Customer Care Awards 2028',
    description: 'default: the name with the year replaced',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ example: 2028, description: 'default: the next year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  year?: number;
}

export class ListCampaignsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2027 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATES, example: 'registration' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATES)
  state?: CampaignState;
}

export class CategoryResponseDto extends CategoryDto {
  @ApiProperty({ format: 'uuid', example: '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d' })
  id: string;

  static from(k: AwardCategory): CategoryResponseDto {
    return {
      id: k.id,
      name: k.name,
      nameZh: k.nameZh,
      kind: k.kind,
      perIndustry: k.perIndustry,
      maxWinners: k.maxWinners,
      surveyWeight: k.surveyWeight,
      panelWeight: k.panelWeight,
      minPanelBand: k.minPanelBand,
    };
  }
}

export class CampaignSummaryDto {
  @ApiProperty({ format: 'uuid', example: '3e9d2c1b-0a8f-4e7d-9c6b-5a4f3e2d1c0b' })
  id: string;
  @ApiProperty({ example: 'care-benchmark-2027' })
  slug: string;
  @ApiProperty({ example: 'Customer Care Awards 2027' })
  name: string;
  @ApiProperty({ example: '2027 客户关怀奖', nullable: true, type: String })
  nameZh: string | null;
  @ApiProperty({ example: 2027 })
  year: number;
  @ApiProperty({ enum: CAMPAIGN_STATES, example: 'draft' })
  state: CampaignState;
  @ApiProperty({ example: '2027-01-10T00:00:00.000Z', format: 'date-time' })
  stateChangedAt: string;
  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;
  @ApiProperty({ enum: LANGUAGES, example: 'zh' })
  language: Language;
}

export class CampaignResponseDto extends CampaignSummaryDto {
  @ApiProperty({ example: 'The yearly customer-care awards.' })
  descriptionEn: string;
  @ApiProperty({ example: '年度客户关怀奖项。' })
  descriptionZh: string;
  @ApiProperty({ example: ['telecom', 'finance'], type: [String] })
  industryCodes: string[];
  @ApiProperty({ type: [CategoryResponseDto] })
  categories: CategoryResponseDto[];
  @ApiProperty({ type: ScheduleDto })
  schedule: ScheduleDto;
  @ApiProperty({ type: RulesDto })
  rules: RulesDto;
  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'set when the survey opens',
  })
  methodologyFrozenAt: string | null;
  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'the campaign this was cloned from',
  })
  clonedFrom: string | null;
  @ApiProperty({ example: false, description: 'judges must sign in with a second factor' })
  judgesRequireTwoFactor: boolean;

  static from(v: CampaignView): CampaignResponseDto {
    const c = v.campaign;
    return {
      ...CampaignResponseDto.summary(v.campaign),
      descriptionEn: c.descriptionEn,
      descriptionZh: c.descriptionZh,
      industryCodes: v.industryCodes,
      categories: v.categories.map((k) => CategoryResponseDto.from(k)),
      schedule: scheduleOf(c),
      rules: {
        minResponsesRanked: c.minResponsesRanked,
        minResponsesListed: c.minResponsesListed,
        methodologyVersion: c.methodologyVersion,
        jointWinnersOnTie: c.jointWinnersOnTie,
      },
      methodologyFrozenAt: c.methodologyFrozenAt ? c.methodologyFrozenAt.toISOString() : null,
      clonedFrom: c.clonedFrom,
      judgesRequireTwoFactor: c.judgesRequireTwoFactor,
    };
  }

  static summary(c: CampaignView['campaign']): CampaignSummaryDto {
    return {
      id: c.id,
      slug: c.slug,
      name: c.name,
      nameZh: c.nameZh,
      year: c.year,
      state: c.state,
      stateChangedAt: c.stateChangedAt.toISOString(),
      timeZone: c.timeZone,
      language: c.language,
    };
  }
}

export class CampaignPageDto extends PageResponseOf(CampaignSummaryDto, 'CampaignPageDto') {}
