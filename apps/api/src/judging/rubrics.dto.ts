import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type {
  RubricBand,
  RubricCategory,
  RubricItem,
  RubricResult,
  StoredRubric,
  StoredRubricVersion,
} from '@app/judging';

const EXAMPLE_ID = '6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b';

export class RubricItemDto implements RubricItem {
  @ApiProperty({ example: '1.1', description: '1-20 letters, digits, ".", "_" or "-"; unique in the rubric' })
  @IsString()
  @MaxLength(20)
  code: string;

  @ApiProperty({ example: 'Senior leadership support' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: '企业高层领导支持', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;

  @ApiProperty({ example: 0 })
  @IsInt()
  scaleMin: number;

  @ApiProperty({ example: 10, description: 'e.g. 10 for a 0-10 scale, 100 for a percentage' })
  @IsInt()
  scaleMax: number;

  @ApiPropertyOptional({
    example: 0.5,
    nullable: true,
    type: Number,
    description:
      'The finest difference a judge may score when finer than whole points: a value must be scaleMin + k x step ' +
      '(0.5 allows 7.5 on a 0-10 scale). It must divide scaleMax - scaleMin a whole number of times. Absent: whole points only.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @IsPositive()
  step?: number | null;

  @ApiPropertyOptional({
    example: 'Leaders review the centre’s results monthly and fund its plan.',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  guidance?: string | null;

  @ApiPropertyOptional({
    example: '领导层每月审阅呼叫中心的结果，并为其计划提供资源。',
    nullable: true,
    type: String,
    description: 'The guidance in Chinese; judges reading Chinese see `guidance` when it is absent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  guidanceZh?: string | null;
}

export class RubricCategoryDto implements RubricCategory {
  @ApiProperty({ example: '1' })
  @IsString()
  @MaxLength(20)
  code: string;

  @ApiProperty({ example: 'Leadership' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: '领导能力', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;

  @ApiProperty({ example: 10, description: 'Whole points; the categories’ weights sum to 100' })
  @IsInt()
  weight: number;

  @ApiProperty({ type: [RubricItemDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RubricItemDto)
  items: RubricItemDto[];
}

export class RubricBandDto implements RubricBand {
  @ApiProperty({ example: 61 }) @IsInt() min: number;
  @ApiProperty({ example: 80 }) @IsInt() max: number;

  @ApiProperty({ example: 'certified', description: 'lower-case letters, digits and "-"' })
  @IsString()
  @MaxLength(40)
  outcome: string;

  @ApiPropertyOptional({ example: '通过认证', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;

  @ApiPropertyOptional({ example: 'meets the standard; certified', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  meaning?: string | null;

  @ApiPropertyOptional({
    example: '达到标准；通过认证',
    nullable: true,
    type: String,
    description: 'The meaning in Chinese; readers of Chinese see `meaning` when it is absent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  meaningZh?: string | null;
}

const EXAMPLE_DEFINITION = {
  categories: [
    {
      code: 'service',
      name: 'Service quality',
      weight: 60,
      items: [
        {
          code: 'service.1',
          name: 'First-contact resolution',
          scaleMin: 0,
          scaleMax: 10,
          step: 0.5,
          guidance: '10: four in five contacts resolved at the first contact, measured monthly',
          guidanceZh: '10：每月统计，五分之四的联系在首次联系时解决',
        },
      ],
    },
    {
      code: 'people',
      name: 'People',
      weight: 40,
      items: [{ code: 'people.1', name: 'Coaching and training', scaleMin: 0, scaleMax: 100 }],
    },
  ],
  bands: [
    { min: 81, max: 100, outcome: 'certified-five-star' },
    {
      min: 61,
      max: 80,
      outcome: 'certified',
      meaning: 'meets the standard; certified',
      meaningZh: '达到标准；通过认证',
    },
    { min: 41, max: 60, outcome: 'conditional' },
    { min: 0, max: 40, outcome: 'not-certified' },
  ],
};

export class RubricVersionInputDto {
  @ApiProperty({ type: [RubricCategoryDto], example: EXAMPLE_DEFINITION.categories })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RubricCategoryDto)
  categories: RubricCategoryDto[];

  @ApiProperty({ type: [RubricBandDto], example: EXAMPLE_DEFINITION.bands })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricBandDto)
  bands: RubricBandDto[];

  @ApiPropertyOptional({
    example: 'Results weighted up from 15 to 20 after the 2026 review',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class CreateRubricDto extends RubricVersionInputDto {
  @ApiProperty({ example: 'two-criterion-2027', description: '2-80 lower-case letters, digits or "-"' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,79}$/, { message: 'key must be 2-80 lower-case letters, digits or -' })
  key: string;

  @ApiProperty({ example: 'Agency of the Year: two criteria' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: '年度最佳机构：两项标准', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;
}

export class EvaluateSheetDto {
  @ApiProperty({
    example: { 'service.1': 7.5, 'people.1': 45 },
    description:
      'A value for every item of the version, by item code, each on its item’s scale and step (whole points when the item declares none)',
  })
  @IsObject()
  values: Record<string, number>;
}

export class RubricResponseDto {
  @ApiProperty({ example: EXAMPLE_ID }) id: string;
  @ApiProperty({ example: 'cccs-op-2003' }) key: string;
  @ApiProperty({ example: 'China Contact Center Standard for Operation Performance (CCCS-OP 2003)' })
  name: string;
  @ApiProperty({ example: '全国呼叫中心运营绩效标准 CCCS-OP 2003', nullable: true, type: String }) nameZh:
    string | null;
  @ApiProperty({ example: 1 }) latestVersion: number;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt: string;

  static from(r: StoredRubric): RubricResponseDto {
    return { ...r, createdAt: r.createdAt.toISOString() };
  }
}

export class RubricVersionResponseDto {
  @ApiProperty({ example: EXAMPLE_ID }) rubricId: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ type: [RubricCategoryDto], example: EXAMPLE_DEFINITION.categories })
  categories: RubricCategoryDto[];
  @ApiProperty({ type: [RubricBandDto], example: EXAMPLE_DEFINITION.bands }) bands: RubricBandDto[];
  @ApiProperty({
    example: '9f2c0e5b7d1a4c3e8b6f0a2d4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e',
    description:
      'SHA-256 of the version’s categories and bands as JSON with sorted keys: anyone can check a published rubric against it',
  })
  checksum: string;
  @ApiProperty({ example: 'Results weighted up from 15 to 20', nullable: true, type: String }) note:
    string | null;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt: string;

  static from(v: StoredRubricVersion): RubricVersionResponseDto {
    return {
      rubricId: v.rubricId,
      version: v.version,
      categories: v.definition.categories,
      bands: v.definition.bands,
      checksum: v.checksum,
      note: v.note,
      createdAt: v.createdAt.toISOString(),
    };
  }
}

export class RubricWithVersionsResponseDto extends RubricResponseDto {
  @ApiProperty({ type: [RubricVersionResponseDto] }) versions: RubricVersionResponseDto[];
}

class CategoryResultDto {
  @ApiProperty({ example: 'service' }) code: string;
  @ApiProperty({ example: 60 }) weight: number;
  @ApiProperty({
    example: 80,
    description: 'Points above the scales’ minimums as a percentage of the maximum',
  })
  percent: number;
}

export class RubricResultResponseDto implements RubricResult {
  @ApiProperty({ type: [CategoryResultDto] }) categories: CategoryResultDto[];
  @ApiProperty({ example: 66, description: 'Sum of weight x percent / 100, out of 100' }) total: number;
  @ApiProperty({ example: 'people', description: 'The category with the lowest percentage (weakest plank)' })
  weakestCategory: string;
  @ApiProperty({
    example: 'certified',
    description: 'The band holding the total rounded half up to a whole point',
  })
  band: string;
}
