import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { trim } from '../http/transforms';
import { AT, ID, JUDGE_ID } from './examples';
import { ReasonField } from './reason.dto';

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
  @ApiProperty({
    example: 'judging-reminder',
    description: 'The template it and its email are rendered from',
  })
  kind: string;
  @ApiProperty({
    example: '2027 年度客户关怀奖：“实地考察”中还有 2 份评分表待提交',
    description: 'In the reader’s language: theirs, else the campaign’s',
  })
  subject: string;
  @ApiProperty({
    example: '张三，您好：\n\n您在2027 年度客户关怀奖的评审轮次“实地考察”中还有 2 份评分表尚未提交。',
  })
  body: string;
  @ApiProperty({ example: ID, nullable: true, type: String }) roundId: string | null;
  @ApiProperty({ example: 'email', description: 'email: also sent to the reader’s address' }) channel: string;
  @ApiProperty({ example: AT }) createdAt: string;
  @ApiProperty({ example: AT, nullable: true, type: String }) deliveredAt: string | null;
}
