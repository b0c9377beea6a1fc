import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AGGREGATION_METHODS, STAGE_TYPE_PATTERN, TIE_BREAK_STEPS } from '@app/judging';
import type {
  AdvancementRule,
  AggregationMethod,
  RoundMaterials,
  RoundVisibility,
  TieBreakStep,
} from '@app/judging';
import { trim } from '../http/transforms';
import { AT, ENTRANT_ID, ID, JUDGE_ID } from './examples';
import { MATERIALS_EXAMPLE, RoundMaterialsDto } from './materials.dto';

export class AdvancementRuleDto {
  @ApiProperty({ enum: ['top-n', 'min-score', 'min-band'], example: 'top-n' })
  @IsIn(['top-n', 'min-score', 'min-band'])
  kind: 'top-n' | 'min-score' | 'min-band';

  @ApiPropertyOptional({ example: 5, description: 'top-n: how many go through' })
  @ValidateIf((o: AdvancementRuleDto) => o.kind === 'top-n')
  @IsInt()
  @Min(1)
  @Max(10000)
  n?: number;

  @ApiPropertyOptional({
    example: true,
    description: 'top-n: the top N of each industry rather than overall',
  })
  @ValidateIf((o: AdvancementRuleDto) => o.kind === 'top-n')
  @IsBoolean()
  perIndustry?: boolean;

  @ApiPropertyOptional({ example: 70, description: 'min-score: the lowest score that goes through (0-100)' })
  @ValidateIf((o: AdvancementRuleDto) => o.kind === 'min-score')
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score?: number;

  @ApiPropertyOptional({ example: 'certified', description: 'min-band: the lowest band that goes through' })
  @ValidateIf((o: AdvancementRuleDto) => o.kind === 'min-band')
  @IsString()
  @MaxLength(40)
  band?: string;
}

export function advancementRuleOf(dto: AdvancementRuleDto | null | undefined): AdvancementRule | null {
  if (!dto) return null;
  if (dto.kind === 'top-n')
    return { kind: 'top-n', n: dto.n as number, perIndustry: dto.perIndustry as boolean };
  if (dto.kind === 'min-score') return { kind: 'min-score', score: dto.score as number };
  return { kind: 'min-band', band: dto.band as string };
}

export class RoundVisibilityDto implements Partial<RoundVisibility> {
  @ApiPropertyOptional({
    example: true,
    description: 'Judges of the panel read the results once the round is closed',
  })
  @IsOptional()
  @IsBoolean()
  judgesSeeResultsAfterClose?: boolean;

  @ApiPropertyOptional({
    example: true,
    description: 'After the announcement, each entrant reads its own feedback',
  })
  @IsOptional()
  @IsBoolean()
  feedbackToEntrants?: boolean;

  @ApiPropertyOptional({
    example: true,
    description: 'The feedback includes judges’ comments (never their names)',
  })
  @IsOptional()
  @IsBoolean()
  feedbackIncludesComments?: boolean;
}

export class CreateRoundDto {
  @ApiProperty({ example: ID, description: 'A panel or combined category of the campaign' })
  @IsUUID()
  categoryId: string;

  @ApiProperty({ example: 'Document review' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiProperty({
    example: 'document-review',
    description: 'self-assessment, document-review, mystery-call, site-visit, final-panel, or custom:<name>',
  })
  @IsString()
  @Matches(STAGE_TYPE_PATTERN, {
    message:
      'stageType must be self-assessment, document-review, mystery-call, site-visit, final-panel or custom:<name>',
  })
  stageType: string;

  @ApiProperty({ example: ID })
  @IsUUID()
  rubricId: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  rubricVersion: number;

  @ApiPropertyOptional({
    example: AT,
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Opens by itself then',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-05-21T18:00:00.000Z',
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Closes by itself then, if every sheet is in',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date | null;

  @ApiPropertyOptional({
    example: 3,
    description: 'Judges per entrant (1 for a self-assessment round); default 3',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  judgesPerEntrant?: number;

  @ApiPropertyOptional({ enum: AGGREGATION_METHODS, example: 'z-score', description: 'Default mean' })
  @IsOptional()
  @IsIn(AGGREGATION_METHODS)
  aggregationMethod?: AggregationMethod;

  @ApiPropertyOptional({
    example: 15,
    description: 'Spread between judges (points) above which an entrant is flagged; default 15',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  disagreementThreshold?: number;

  @ApiPropertyOptional({ type: AdvancementRuleDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdvancementRuleDto)
  advancementRule?: AdvancementRuleDto | null;

  @ApiPropertyOptional({
    enum: TIE_BREAK_STEPS,
    isArray: true,
    example: ['heaviest-category', 'lower-spread', 'chair-decision'],
    description: 'Applied in this order to equal scores (default: all three in this order)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(TIE_BREAK_STEPS, { each: true })
  tieBreak?: TieBreakStep[];

  @ApiPropertyOptional({
    example: 10,
    description:
      'Percent of the score taken from the entrant’s self-assessment; default 0 (shown, not mixed)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  selfAssessmentWeight?: number;

  @ApiPropertyOptional({ example: false, description: 'First round: only candidates ranked in the survey' })
  @IsOptional()
  @IsBoolean()
  onlySurveyEligible?: boolean;

  @ApiPropertyOptional({ type: RoundVisibilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundVisibilityDto)
  visibility?: RoundVisibilityDto;

  @ApiPropertyOptional({
    type: RoundMaterialsDto,
    description:
      'What the judges see of each entry and what they attach to their sheets; each part named replaces ' +
      'the round’s (a draft round’s only), the others stay',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundMaterialsDto)
  materials?: RoundMaterialsDto;

  @ApiPropertyOptional({
    example: 48,
    description: 'Judges with unfinished sheets are reminded this long before the close',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  reminderHoursBeforeClose?: number;
}

export class UpdateRoundDto extends PartialType(OmitType(CreateRoundDto, ['categoryId'] as const)) {}

export class RoundTransitionDto {
  @ApiProperty({ enum: ['open', 'closed', 'finalised'], example: 'closed' })
  @IsIn(['open', 'closed', 'finalised'])
  to: 'open' | 'closed' | 'finalised';

  @ApiPropertyOptional({
    example: true,
    description: 'Close although sheets are missing (they are excluded and reported)',
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;

  @ApiPropertyOptional({ example: 'Judge fell ill; two sheets will not come', nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class RoundResponseDto {
  @ApiProperty({ example: ID }) id: string;
  @ApiProperty({ example: ID }) campaignId: string;
  @ApiProperty({ example: ID }) categoryId: string;
  @ApiProperty({ example: 1, description: 'The round’s place in its category' }) position: number;
  @ApiProperty({ example: 'Document review' }) name: string;
  @ApiProperty({ example: 'document-review' }) stageType: string;
  @ApiProperty({ example: ID }) rubricId: string;
  @ApiProperty({ example: 1 }) rubricVersion: number;
  @ApiProperty({ example: AT, nullable: true, type: String }) opensAt: string | null;
  @ApiProperty({ example: '2027-05-21T18:00:00.000Z', nullable: true, type: String }) closesAt: string | null;
  @ApiProperty({ example: 3 }) judgesPerEntrant: number;
  @ApiProperty({ example: 'z-score' }) aggregationMethod: string;
  @ApiProperty({ example: 15 }) disagreementThreshold: number;
  @ApiProperty({ example: { kind: 'top-n', n: 5, perIndustry: true }, nullable: true, type: Object })
  advancementRule: AdvancementRule | null;
  @ApiProperty({ example: ['heaviest-category', 'lower-spread', 'chair-decision'] }) tieBreak: string[];
  @ApiProperty({ example: 0 }) selfAssessmentWeight: number;
  @ApiProperty({ example: false }) onlySurveyEligible: boolean;
  @ApiProperty({
    example: { judgesSeeResultsAfterClose: true, feedbackToEntrants: true, feedbackIncludesComments: true },
  })
  visibility: RoundVisibility;
  @ApiProperty({
    example: MATERIALS_EXAMPLE,
    description:
      '`shownFields` null: every field of the entry form; `judgeAttachments` null: none taken; ' +
      '`showPreviousFeedback` absent or false: the dossier shows no earlier rounds',
  })
  materials: RoundMaterials;
  @ApiProperty({ example: 48 }) reminderHoursBeforeClose: number;
  @ApiProperty({
    example: { order: [ENTRANT_ID], reason: 'Stronger site visit', recordedBy: JUDGE_ID, recordedAt: AT },
    nullable: true,
    type: Object,
  })
  chairDecision: object | null;
  @ApiProperty({ enum: ['draft', 'open', 'closed', 'finalised'], example: 'open' }) state: string;
  @ApiProperty({ example: AT }) stateChangedAt: string;
  @ApiProperty({ example: null, nullable: true, type: String }) forcedCloseReason: string | null;
  @ApiProperty({ example: AT }) createdAt: string;
  @ApiProperty({ example: AT }) updatedAt: string;
}
