import { ApiProperty } from '@nestjs/swagger';
import { ID } from './examples';

export class EarlierCategoryResultDto {
  @ApiProperty({ example: '1' }) code: string;
  @ApiProperty({ example: 'Leadership' }) name: string;
  @ApiProperty({ example: '领导能力', nullable: true, type: String }) nameZh: string | null;
  @ApiProperty({ example: 10 }) weight: number;
  @ApiProperty({ example: 75, description: 'The panel’s percentage for the category' }) percent: number;
}

export class EarlierCommentDto {
  @ApiProperty({ example: '1', description: 'The rubric category the comment is on' }) category: string;
  @ApiProperty({ example: 'Leadership reviews the centre’s results monthly.' }) text: string;
}

/** An earlier round's feedback in a judge's dossier: the entrant's result and the comments, never a judge. */
export class EarlierRoundFeedbackDto {
  @ApiProperty({ example: ID }) roundId: string;
  @ApiProperty({ example: 'Document review' }) roundName: string;
  @ApiProperty({ example: 'document-review' }) stageType: string;
  @ApiProperty({ example: 73.2, description: 'The entrant’s score in that round, out of 100' }) score: number;
  @ApiProperty({ example: 'certified' }) band: string;
  @ApiProperty({
    example: '达标',
    nullable: true,
    type: String,
    description: 'The band’s Chinese name in the rubric (null when it has none)',
  })
  bandNameZh: string | null;
  @ApiProperty({ example: '4' }) weakestCategory: string;
  @ApiProperty({
    example: true,
    nullable: true,
    type: Boolean,
    description: 'Null: the round advanced no one',
  })
  advanced: boolean | null;
  @ApiProperty({ type: [EarlierCategoryResultDto] }) categories: EarlierCategoryResultDto[];
  @ApiProperty({
    type: [EarlierCommentDto],
    description:
      'Comments of the counted sheets, by category and then text: nothing says which judge wrote which',
  })
  comments: EarlierCommentDto[];
}
