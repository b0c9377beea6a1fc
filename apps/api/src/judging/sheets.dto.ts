import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';
import { EarlierRoundFeedbackDto } from './earlier-feedback.dto';
import { AT, ENTRANT_ID, ID, JUDGE_ID } from './examples';
import {
  ConflictAwaitingDecisionDto,
  EntrantProgressDto,
  JudgeProgressDto,
  SheetProgressDto,
} from './round-rows.dto';
import {
  AttachmentSlotDto,
  MATERIALS_EXAMPLE,
  SHOWN_ENTRY_EXAMPLE,
  SheetAttachmentResponseDto,
} from './materials.dto';
import { RubricBandDto, RubricCategoryDto, RubricResultResponseDto } from './rubrics.dto';

export class SheetDto {
  @ApiProperty({
    example: { '1.1': 8, '1.2': 7 },
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Item code -> points on the item’s scale; a draft may leave items out, a submission may not',
  })
  @IsObject()
  values: Record<string, number>;

  @ApiPropertyOptional({
    example: { '1': 'Leadership reviews results monthly.' },
    type: 'object',
    additionalProperties: { type: 'string' },
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
    type: RubricResultResponseDto,
    nullable: true,
    description: 'The sheet’s rubric result once every item has a value',
  })
  result: RubricResultResponseDto | null;
}

export class SheetHistoryResponseDto {
  @ApiProperty({ type: ScoreSheetDto }) sheet: ScoreSheetDto;
  @ApiProperty({ type: [SheetAttachmentResponseDto], description: 'The judge’s attachments to this sheet' })
  attachments: SheetAttachmentResponseDto[];
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
  @ApiProperty({
    example: ID,
    description: 'The round’s campaign (its name and time zone: GET /campaigns/{id})',
  })
  campaignId: string;
  @ApiProperty({ example: 'open' }) roundState: string;
  @ApiProperty({ example: '2027-05-21T18:00:00.000Z', nullable: true, type: String }) closesAt: string | null;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: ID, description: 'The entrant’s enterprise, as a conflict declaration names it' })
  enterpriseId: string;
  @ApiProperty({ example: 'Shenzhen Example Contact Center Co., Ltd.' }) enterpriseName: string;
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 'draft', nullable: true, type: String }) sheetState: string | null;
}

export class RubricContentResponseDto {
  @ApiProperty({ type: [RubricCategoryDto] }) categories: RubricCategoryDto[];
  @ApiProperty({ type: [RubricBandDto] }) bands: RubricBandDto[];
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
    description: 'The candidate’s declared profile (never its contacts or revenue)',
  })
  dossier: object;
  @ApiProperty({
    example: SHOWN_ENTRY_EXAMPLE,
    nullable: true,
    type: Object,
    description:
      'The entry as the round shows it: its shown fields that show with the answers, by section, labels in ' +
      'both languages, each answer raw and as text; file fields list their documents (open one through ' +
      '`GET /judging/assignments/{assignmentId}/documents/{documentId}/link`). Null: the candidacy has no entry',
  })
  entry: object | null;
  @ApiProperty({ type: RubricContentResponseDto, description: 'The rubric version the round is scored on' })
  rubric: RubricContentResponseDto;
  @ApiProperty({ type: SheetViewResponseDto }) sheet: SheetViewResponseDto;
  @ApiProperty({
    type: [AttachmentSlotDto],
    example: MATERIALS_EXAMPLE.judgeAttachments?.slots,
    description: 'What the round lets me attach to this sheet (none: an empty list)',
  })
  attachmentSlots: AttachmentSlotDto[];
  @ApiProperty({ type: [SheetAttachmentResponseDto], description: 'My attachments to this sheet' })
  attachments: SheetAttachmentResponseDto[];
  @ApiProperty({
    type: [EarlierRoundFeedbackDto],
    description:
      'When the round’s materials show previous feedback: the entrant’s results and the judges’ comments in the ' +
      'finalised earlier rounds of the same campaign and category, without judges’ names; otherwise empty',
  })
  earlierRounds: EarlierRoundFeedbackDto[];
}

export class ProgressResponseDto {
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: 'open' }) state: string;
  @ApiProperty({
    type: [JudgeProgressDto],
    example: [
      { judgeId: JUDGE_ID, displayName: 'Prof. Li Wei', assigned: 8, submitted: 5, drafts: 2, notStarted: 1 },
    ],
  })
  judges: JudgeProgressDto[];
  @ApiProperty({
    type: [EntrantProgressDto],
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
  entrants: EntrantProgressDto[];
  @ApiProperty({
    type: [SheetProgressDto],
    example: [{ assignmentId: ID, entrantId: ENTRANT_ID, judgeId: JUDGE_ID, sheetId: ID, state: 'draft' }],
  })
  sheets: SheetProgressDto[];
  @ApiProperty({ example: 5 }) submitted: number;
  @ApiProperty({
    type: [ConflictAwaitingDecisionDto],
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
  conflictsAwaitingDecision: ConflictAwaitingDecisionDto[];
}

export class RemindersResponseDto {
  @ApiProperty({ example: 3, description: 'Judges reminded (one notification each)' }) reminded: number;
}
