import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
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
import type { AdvancementRule, AggregationMethod, RoundVisibility, TieBreakStep } from '@app/judging';
import { trim } from '../http/transforms';

const ID = '6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b';
const JUDGE_ID = '2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f';
const ENTRANT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const AT = '2027-05-01T09:00:00.000Z';

class ReasonField {
  @ApiProperty({ example: 'Site visit moved: the centre relocated in March', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class ReasonDto extends ReasonField {}

// ---- rounds

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

  @ApiPropertyOptional({ example: 'Judge fell ill; two sheets will not come', nullable: true })
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

// ---- entrants and panel

export class AddEntrantDto extends ReasonField {
  @ApiProperty({ example: ID, description: 'An approved candidacy of the round’s category' })
  @IsUUID()
  candidacyId: string;
}

export class EntrantResponseDto {
  @ApiProperty({ example: ENTRANT_ID }) id: string;
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: ID }) candidacyId: string;
  @ApiProperty({ example: ID }) enterpriseId: string;
  @ApiProperty({ example: 'Shenzhen Example Contact Center Co., Ltd.' }) enterpriseName: string;
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ enum: ['candidacy', 'advanced', 'added'], example: 'advanced' }) source: string;
  @ApiProperty({ example: null, nullable: true, type: String }) reason: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) removedAt: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) removedReason: string | null;
  @ApiProperty({ example: AT }) createdAt: string;
}

export class PanelJudgeDto {
  @ApiProperty({ example: JUDGE_ID })
  @IsUUID()
  judgeId: string;

  @ApiPropertyOptional({
    example: false,
    description: 'The panel chair records the chair’s tie-break decision',
  })
  @IsOptional()
  @IsBoolean()
  chair?: boolean;
}

export class SetPanelDto {
  @ApiProperty({ type: [PanelJudgeDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PanelJudgeDto)
  judges: PanelJudgeDto[];
}

export class PanelMemberResponseDto {
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: 'Prof. Li Wei' }) displayName: string;
  @ApiProperty({ example: true }) isChair: boolean;
}

// ---- assignments

export class AssignJudgeDto {
  @ApiProperty({ example: ENTRANT_ID }) @IsUUID() entrantId: string;
  @ApiProperty({ example: JUDGE_ID }) @IsUUID() judgeId: string;
}

export class AutomaticAssignmentDto {
  @ApiProperty({
    example: 2027,
    description: 'The same seed, panel and entrants always give the same assignment',
  })
  @IsInt()
  @Min(0)
  @Max(2147483647)
  seed: number;
}

export class ReassignDto extends ReasonField {
  @ApiProperty({ example: JUDGE_ID, description: 'The judge who takes the assignment over' })
  @IsUUID()
  judgeId: string;
}

export class AssignmentResponseDto {
  @ApiProperty({ example: ID }) id: string;
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: 'Prof. Li Wei' }) judgeName: string;
  @ApiProperty({ enum: ['manual', 'automatic'], example: 'automatic' }) method: string;
  @ApiProperty({ example: 2027, nullable: true, type: Number }) seed: number | null;
  @ApiProperty({ enum: ['active', 'replaced', 'withdrawn'], example: 'active' }) state: string;
  @ApiProperty({ example: null, nullable: true, type: String }) endedReason: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) endedAt: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'The assignment that replaced this one',
  })
  replacedBy: string | null;
  @ApiProperty({ example: AT }) createdAt: string;
  @ApiProperty({ example: ID, nullable: true, type: String }) sheetId: string | null;
  @ApiProperty({ example: 'draft', nullable: true, type: String }) sheetState: string | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: Object,
    description:
      'An organizer kept this submitted sheet counting despite a later conflict: { reason, by, at }; null otherwise',
  })
  conflictKept: object | null;
}

export class AutomaticAssignmentResponseDto {
  @ApiProperty({ example: 2027 }) seed: number;
  @ApiProperty({ example: 36 }) created: number;
  @ApiProperty({
    example: 30,
    description: 'Assignments to a judge with expertise in the entrant’s industry',
  })
  expertMatches: number;
  @ApiProperty({ example: { [JUDGE_ID]: 8 }, description: 'Assignments per judge of the panel' })
  loads: Record<string, number>;
}

export class PanelConflictResponseDto {
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: [{ source: 'affiliation', reason: 'employer of Example Co. 2019-2024' }] })
  reasons: object[];
  @ApiProperty({
    example: ID,
    nullable: true,
    type: String,
    description:
      'The judge’s still-active assignment to the entrant: a conflict that reached a submitted sheet does not ' +
      'end it (the sheet keeps counting until an organizer decides); null when there is none',
  })
  assignmentId: string | null;
  @ApiProperty({ example: 'submitted', nullable: true, type: String }) sheetState: string | null;
  @ApiProperty({
    example: true,
    description: 'True until an organizer withdraws or keeps the active assignment’s sheet',
  })
  awaitingDecision: boolean;
  @ApiProperty({
    example: null,
    nullable: true,
    type: Object,
    description: 'The organizer’s decision to keep the sheet counting: { reason, by, at }',
  })
  kept: object | null;
}

export class ConflictDecisionDto extends ReasonField {
  @ApiProperty({
    enum: ['withdraw', 'keep'],
    example: 'withdraw',
    description:
      'withdraw: the sheet stops counting (the assignment ends as withdrawn; an entrant left with fewer than k ' +
      'counted sheets then needs a forced close); keep: it keeps counting, and the flag is cleared',
  })
  @IsIn(['withdraw', 'keep'])
  decision: 'withdraw' | 'keep';

  @ApiPropertyOptional({
    example: false,
    description:
      'Withdraw although it leaves the entrant fewer than k counted sheets in a closed round (no new judge can be ' +
      'assigned there): the reason is added to the round’s forced-close reason, published with its results',
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

// ---- score sheets

export class SheetDto {
  @ApiProperty({
    example: { '1.1': 8, '1.2': 7 },
    description: 'Item code -> points on the item’s scale; a draft may leave items out, a submission may not',
  })
  @IsObject()
  values: Record<string, number>;

  @ApiPropertyOptional({
    example: { '1': 'Leadership reviews results monthly.' },
    description: 'Category code -> comment',
  })
  @IsOptional()
  @IsObject()
  comments?: Record<string, string>;
}

export class ScoreSheetDto {
  @ApiProperty({ example: ID }) id: string;
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: ID, nullable: true, type: String }) assignmentId: string | null;
  @ApiProperty({ example: JUDGE_ID, nullable: true, type: String }) judgeId: string | null;
  @ApiProperty({ example: { '1.1': 8 } }) values: Record<string, number>;
  @ApiProperty({ example: { '1': 'Clear escalation path.' } }) comments: Record<string, string>;
  @ApiProperty({ enum: ['draft', 'submitted'], example: 'submitted' }) state: string;
  @ApiProperty({ example: 1, description: 'How many times it was submitted' }) revision: number;
  @ApiProperty({ example: AT, nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) reopenReason: string | null;
  @ApiProperty({ example: AT }) updatedAt: string;
}

export class SheetViewResponseDto {
  @ApiProperty({ type: ScoreSheetDto, nullable: true }) sheet: ScoreSheetDto | null;
  @ApiProperty({
    example: {
      categories: [{ code: '1', weight: 10, percent: 75 }],
      total: 72.5,
      weakestCategory: '4',
      band: 'certified',
    },
    nullable: true,
    type: Object,
    description: 'The sheet’s rubric result once every item has a value',
  })
  result: object | null;
}

export class SheetHistoryResponseDto {
  @ApiProperty({ type: ScoreSheetDto }) sheet: ScoreSheetDto;
  @ApiProperty({
    example: [
      {
        revision: 1,
        values: { '1.1': 8 },
        comments: {},
        total: 72.5,
        submittedBy: JUDGE_ID,
        submittedAt: AT,
      },
    ],
    description: 'Every submission, oldest first; never changed',
  })
  revisions: object[];
}

export class WorkloadItemResponseDto {
  @ApiProperty({ example: ID }) assignmentId: string;
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: 'Site visit' }) roundName: string;
  @ApiProperty({ example: 'open' }) roundState: string;
  @ApiProperty({ example: '2027-05-21T18:00:00.000Z', nullable: true, type: String }) closesAt: string | null;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: 'Shenzhen Example Contact Center Co., Ltd.' }) enterpriseName: string;
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 'draft', nullable: true, type: String }) sheetState: string | null;
}

export class AssignmentDossierResponseDto {
  @ApiProperty({ type: WorkloadItemResponseDto }) assignment: WorkloadItemResponseDto;
  @ApiProperty({
    example: {
      legalName: 'Shenzhen Example Contact Center Co., Ltd.',
      legalNameZh: '深圳示例客服中心有限公司',
      industryCode: 'telecom',
      organizationType: 'in-house',
      businessTypes: ['customer-service'],
      region: 'Guangdong, Shenzhen',
      seats: 250,
    },
    description: 'The candidate’s declared profile',
  })
  dossier: object;
  @ApiProperty({
    example: { categories: [{ code: '1', name: 'Leadership', weight: 10, items: [] }], bands: [] },
    description: 'The rubric version the round is scored on',
  })
  rubric: object;
  @ApiProperty({ type: SheetViewResponseDto }) sheet: SheetViewResponseDto;
}

export class ProgressResponseDto {
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: 'open' }) state: string;
  @ApiProperty({
    example: [
      { judgeId: JUDGE_ID, displayName: 'Prof. Li Wei', assigned: 8, submitted: 5, drafts: 2, notStarted: 1 },
    ],
  })
  judges: object[];
  @ApiProperty({
    example: [
      {
        entrantId: ENTRANT_ID,
        enterpriseName: 'Example Co.',
        assigned: 3,
        submitted: 2,
        drafts: 1,
        notStarted: 0,
      },
    ],
  })
  entrants: object[];
  @ApiProperty({
    example: [{ assignmentId: ID, entrantId: ENTRANT_ID, judgeId: JUDGE_ID, sheetId: ID, state: 'draft' }],
  })
  sheets: object[];
  @ApiProperty({ example: 5 }) submitted: number;
  @ApiProperty({
    example: [
      {
        assignmentId: ID,
        judgeId: JUDGE_ID,
        entrantId: ENTRANT_ID,
        sheetId: ID,
        reasons: [{ source: 'declared', reason: 'Former client' }],
      },
    ],
    description:
      'Submitted sheets a conflict reached afterwards: they count until an organizer withdraws or keeps them ' +
      '(POST /rounds/{roundId}/assignments/{assignmentId}/conflict-decision)',
  })
  conflictsAwaitingDecision: object[];
}

export class RemindersResponseDto {
  @ApiProperty({ example: 3, description: 'Judges reminded (one notification each)' }) reminded: number;
}

export class ChairDecisionDto extends ReasonField {
  @ApiProperty({ example: [ENTRANT_ID], description: 'Tied entrants, first to last' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  order: string[];
}

export class RoundResultsResponseDto {
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: 'closed' }) state: string;
  @ApiProperty({ example: false, description: 'True while the round is open: sheets may still change' })
  provisional: boolean;
  @ApiProperty({ example: { id: ID, version: 1, checksum: '9f2c0e5b…' } }) rubric: object;
  @ApiProperty({ example: 'z-score' }) method: string;
  @ApiProperty({ example: 15 }) disagreementThreshold: number;
  @ApiProperty({ example: ['heaviest-category', 'lower-spread', 'chair-decision'] }) tieBreak: string[];
  @ApiProperty({
    example: [
      {
        entrantId: ENTRANT_ID,
        enterpriseId: ID,
        enterpriseName: 'Example Co.',
        candidacyId: ID,
        industryCode: 'telecom',
        judges: 3,
        totals: [{ judgeId: JUDGE_ID, total: 74.5, normalised: 72.1 }],
        panelScore: 73.2,
        selfAssessmentScore: null,
        selfAssessmentWeight: 0,
        score: 73.2,
        spread: 6.5,
        disagreement: false,
        categories: [{ code: '1', weight: 10, percent: 75 }],
        weakestCategory: '4',
        band: 'certified',
        rank: 1,
        decidedBy: null,
        advances: true,
        advancementReason: 'rank 1 in its industry within the top 5',
      },
    ],
  })
  entrants: object[];
  @ApiProperty({ example: [], description: 'Entrants without a submitted sheet' }) unscored: string[];
  @ApiProperty({
    example: [{ entrantId: ENTRANT_ID, judgeId: JUDGE_ID }],
    description: 'Excluded by a forced close',
  })
  missingSheets: object[];
  @ApiProperty({ example: [{ judgeId: JUDGE_ID, sheets: 8, mean: 71.2, sd: 6.3, offsetFromPanel: 2.4 }] })
  judges: object[];
  @ApiProperty({ example: 0.62, nullable: true, type: Number, description: 'ICC(1) over the round’s sheets' })
  interRaterAgreement: number | null;
  @ApiProperty({ example: null, nullable: true, type: String }) forcedCloseReason: string | null;
  @ApiProperty({ example: null, nullable: true, type: Object }) chairDecision: object | null;
  @ApiProperty({
    example: '5e1d…',
    nullable: true,
    type: String,
    description: 'SHA-256 of the stored results, once finalised',
  })
  checksum: string | null;
  @ApiProperty({ example: AT, nullable: true, type: String }) finalisedAt: string | null;
}

// ---- judges

export class AffiliationDto {
  @ApiProperty({ example: 'Example Telecom Co., Ltd.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  organisation: string;

  @ApiPropertyOptional({ example: '91440300MA5FXXXX1X', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  creditCode?: string | null;

  @ApiProperty({ enum: ['employer', 'client'], example: 'employer' })
  @IsIn(['employer', 'client'])
  relation: 'employer' | 'client';

  @ApiProperty({ example: 2018 })
  @IsInt()
  @Min(1950)
  @Max(2200)
  fromYear: number;

  @ApiPropertyOptional({ example: 2024, nullable: true, description: 'null: still current' })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(2200)
  toYear?: number | null;
}

export class JudgeProfileDto {
  @ApiPropertyOptional({ example: 'Professor of Service Management', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @ApiProperty({ example: ['telecom', 'finance'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  expertiseIndustries: string[];

  @ApiProperty({ type: [AffiliationDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AffiliationDto)
  affiliations: AffiliationDto[];
}

export class JudgeResponseDto {
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: 'Prof. Li Wei' }) displayName: string;
  @ApiProperty({ example: 'li.wei@example.org' }) email: string;
  @ApiProperty({ example: 'active' }) status: string;
  @ApiProperty({ example: 'Professor of Service Management', nullable: true, type: String }) title:
    string | null;
  @ApiProperty({ example: ['telecom'] }) expertiseIndustries: string[];
  @ApiProperty({
    example: [
      {
        organisation: 'Example Telecom Co., Ltd.',
        creditCode: null,
        relation: 'employer',
        fromYear: 2018,
        toYear: 2024,
      },
    ],
  })
  affiliations: object[];
  @ApiProperty({ example: AT, nullable: true, type: String }) updatedAt: string | null;
}

export class ConflictDto extends ReasonField {
  @ApiProperty({ example: ID })
  @IsUUID()
  enterpriseId: string;
}

export class ConflictResponseDto {
  @ApiProperty({ example: ID }) id: string;
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: ID }) enterpriseId: string;
  @ApiProperty({ example: 'Example Telecom Co., Ltd.' }) enterpriseName: string;
  @ApiProperty({ enum: ['declared', 'recorded'], example: 'declared' }) source: string;
  @ApiProperty({ example: 'My spouse manages their contact centre' }) reason: string;
  @ApiProperty({ example: null, nullable: true, type: String }) recordedBy: string | null;
  @ApiProperty({ example: AT }) createdAt: string;
}

export class AddedConflictResponseDto {
  @ApiProperty({ type: ConflictResponseDto }) conflict: ConflictResponseDto;
  @ApiProperty({ example: [ID], description: 'Unfinished assignments ended because of this conflict' })
  withdrawnAssignments: string[];
  @ApiProperty({
    example: [],
    description:
      'Assignments whose sheet was already submitted: they keep counting, flagged to organizers, until one decides',
  })
  flaggedAssignments: string[];
}

export class NotificationResponseDto {
  @ApiProperty({ example: ID }) id: string;
  @ApiProperty({ example: 'judging-reminder' }) kind: string;
  @ApiProperty({ example: 'Site visit: 2 score sheet(s) to submit' }) subject: string;
  @ApiProperty({ example: 'You have 2 unfinished score sheet(s) in "Site visit".' }) body: string;
  @ApiProperty({ example: ID, nullable: true, type: String }) roundId: string | null;
  @ApiProperty({ example: 'log' }) channel: string;
  @ApiProperty({ example: AT }) createdAt: string;
  @ApiProperty({ example: AT, nullable: true, type: String }) deliveredAt: string | null;
}

// ---- self-assessment and feedback

export class SelfAssessmentResponseDto {
  @ApiProperty({ type: RoundResponseDto }) round: RoundResponseDto;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: { categories: [], bands: [] }, description: 'The rubric version to score on' })
  rubric: object;
  @ApiProperty({ type: SheetViewResponseDto }) sheet: SheetViewResponseDto;
}

export class FeedbackResponseDto {
  @ApiProperty({ example: ID }) campaignId: string;
  @ApiProperty({ example: ID }) enterpriseId: string;
  @ApiProperty({
    example: [
      {
        roundId: ID,
        roundName: 'Site visit',
        stageType: 'site-visit',
        categoryId: ID,
        rubric: { id: ID, version: 1 },
        score: 73.2,
        band: 'certified',
        weakestCategory: '4',
        advanced: null,
        categories: [{ code: '1', name: 'Leadership', weight: 10, percent: 75 }],
        comments: [{ category: '1', text: 'Leadership reviews results monthly.' }],
      },
    ],
    description: 'Per finalised round; comments carry no judge’s name and are ordered by category, then text',
  })
  rounds: object[];
}
