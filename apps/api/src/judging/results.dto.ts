import { ApiProperty } from '@nestjs/swagger';
import { AT, ENTRANT_ID, ID, JUDGE_ID } from './examples';
import { EntrantResultDto, JudgeDiagnosticsDto, MissingSheetDto } from './round-rows.dto';

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
    type: [EntrantResultDto],
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
  entrants: EntrantResultDto[];
  @ApiProperty({ example: [], description: 'Entrants without a submitted sheet' }) unscored: string[];
  @ApiProperty({
    type: [MissingSheetDto],
    example: [{ entrantId: ENTRANT_ID, judgeId: JUDGE_ID }],
    description: 'Excluded by a forced close',
  })
  missingSheets: MissingSheetDto[];
  @ApiProperty({
    type: [JudgeDiagnosticsDto],
    example: [{ judgeId: JUDGE_ID, sheets: 8, mean: 71.2, sd: 6.3, offsetFromPanel: 2.4 }],
  })
  judges: JudgeDiagnosticsDto[];
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
