import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { AT, ENTRANT_ID, ID, JUDGE_ID } from './examples';
import { ReasonField } from './reason.dto';

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

export class ChairDecisionDto extends ReasonField {
  @ApiProperty({ example: [ENTRANT_ID], description: 'Tied entrants, first to last' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  order: string[];
}
