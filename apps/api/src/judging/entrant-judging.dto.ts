import { ApiProperty } from '@nestjs/swagger';
import { ENTRANT_ID, ID } from './examples';
import { RoundResponseDto } from './rounds.dto';
import { RubricContentResponseDto, SheetViewResponseDto } from './sheets.dto';

export class SelfAssessmentResponseDto {
  @ApiProperty({ type: RoundResponseDto }) round: RoundResponseDto;
  @ApiProperty({ example: ENTRANT_ID }) entrantId: string;
  @ApiProperty({ type: RubricContentResponseDto, description: 'The rubric version to score on' })
  rubric: RubricContentResponseDto;
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
        bandNameZh: '达标',
        weakestCategory: '4',
        advanced: null,
        categories: [{ code: '1', name: 'Leadership', nameZh: '领导能力', weight: 10, percent: 75 }],
        comments: [{ category: '1', text: 'Leadership reviews results monthly.' }],
        attachments: [
          {
            id: ID,
            slot: 'report',
            slotLabel: { en: 'Report', zh: '评审报告' },
            fileName: 'Site visit report.pdf',
            mediaType: 'application/pdf',
            sizeBytes: 482133,
            sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
          },
        ],
      },
    ],
    description:
      'Per finalised round; comments carry no judge’s name and are ordered by category, then text; ' +
      'attachments (of counted sheets, when the round shares them) carry no judge’s name either and are ' +
      'ordered by slot, then file name',
  })
  rounds: object[];
}
