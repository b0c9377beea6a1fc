import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AT, ENTRANT_ID, ID, JUDGE_ID } from './examples';
import { ConflictReasonDto } from './round-rows.dto';
import { ReasonField } from './reason.dto';

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
  @ApiProperty({
    type: [ConflictReasonDto],
    example: [{ source: 'affiliation', reason: 'employer of Example Co. 2019-2024' }],
  })
  reasons: ConflictReasonDto[];
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
