import { ApiProperty } from '@nestjs/swagger';
import { ENTRANT_ID, ID, JUDGE_ID } from './examples';

/** The rows of a round's progress and results, typed so the OpenAPI document (and the web client) name them. */

export class ConflictReasonDto {
  @ApiProperty({ example: 'declared', description: 'declared, recorded or affiliation' }) source: string;
  @ApiProperty({ example: 'Former client' }) reason: string;
}

class SheetCountsDto {
  @ApiProperty({ example: 8 }) assigned: number;
  @ApiProperty({ example: 5 }) submitted: number;
  @ApiProperty({ example: 2 }) drafts: number;
  @ApiProperty({ example: 1 }) notStarted: number;
}

export class JudgeProgressDto extends SheetCountsDto {
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: 'Prof. Li Wei' }) displayName: string;
}

export class EntrantProgressDto extends SheetCountsDto {
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: 'Example Co.' }) enterpriseName: string;
}

export class SheetProgressDto {
  @ApiProperty({ example: ID, nullable: true, type: String, description: 'null in a self-assessment round' })
  assignmentId: string | null;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: JUDGE_ID, nullable: true, type: String }) judgeId: string | null;
  @ApiProperty({ example: ID, nullable: true, type: String }) sheetId: string | null;
  @ApiProperty({ example: 'draft', description: 'not-started, draft or submitted' }) state: string;
}

export class ConflictAwaitingDecisionDto {
  @ApiProperty({ example: ID }) assignmentId: string;
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: ID, nullable: true, type: String }) sheetId: string | null;
  @ApiProperty({ type: [ConflictReasonDto] }) reasons: ConflictReasonDto[];
}

export class JudgeTotalDto {
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: 74.5 }) total: number;
  @ApiProperty({ example: 72.1, nullable: true, type: Number }) normalised: number | null;
}

export class CategoryPercentDto {
  @ApiProperty({ example: '1' }) code: string;
  @ApiProperty({ example: 10 }) weight: number;
  @ApiProperty({ example: 75 }) percent: number;
}

export class EntrantResultDto {
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: ID }) enterpriseId: string;
  @ApiProperty({ example: 'Example Co.' }) enterpriseName: string;
  @ApiProperty({ example: ID }) candidacyId: string;
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ example: 3, description: 'Judges whose sheets count' }) judges: number;
  @ApiProperty({ type: [JudgeTotalDto] }) totals: JudgeTotalDto[];
  @ApiProperty({ example: 73.2 }) panelScore: number;
  @ApiProperty({ example: null, nullable: true, type: Number }) selfAssessmentScore: number | null;
  @ApiProperty({ example: 0 }) selfAssessmentWeight: number;
  @ApiProperty({ example: 73.2 }) score: number;
  @ApiProperty({ example: 6.5 }) spread: number;
  @ApiProperty({ example: false }) disagreement: boolean;
  @ApiProperty({ type: [CategoryPercentDto] }) categories: CategoryPercentDto[];
  @ApiProperty({ example: '4' }) weakestCategory: string;
  @ApiProperty({ example: 'certified' }) band: string;
  @ApiProperty({ example: 1 }) rank: number;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'The tie-break step that ranked it',
  })
  decidedBy: string | null;
  @ApiProperty({ example: true, nullable: true, type: Boolean }) advances: boolean | null;
  @ApiProperty({ example: 'rank 1 in its industry within the top 5', nullable: true, type: String })
  advancementReason: string | null;
}

export class MissingSheetDto {
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
}

export class JudgeDiagnosticsDto {
  @ApiProperty({ example: JUDGE_ID }) judgeId: string;
  @ApiProperty({ example: 8 }) sheets: number;
  @ApiProperty({ example: 71.2 }) mean: number;
  @ApiProperty({ example: 6.3 }) sd: number;
  @ApiProperty({
    example: 2.4,
    nullable: true,
    type: Number,
    description:
      'Mean offset from the other judges of the same entrants (positive: lenient); null if never co-judged',
  })
  offsetFromPanel: number | null;
}
