import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { CategoryCompletenessReport, CompletenessCounts } from '@app/entries';
import { CATEGORY_ID } from './entry-examples';
import { LocalizedTextDto } from './form-definition.dto';

export class ExportEntriesQueryDto {
  @ApiProperty({ format: 'uuid', example: CATEGORY_ID, description: 'the category whose entries to export' })
  @IsUUID()
  categoryId: string;

  @ApiPropertyOptional({
    enum: ['csv', 'xlsx'],
    example: 'xlsx',
    description: 'the file format; without it, an Accept header naming XLSX gives XLSX, otherwise CSV',
  })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

class MissingCountDto {
  @ApiProperty({ example: 'summary' }) key: string;
  @ApiProperty({ type: LocalizedTextDto, example: { en: 'Summary', zh: '案例摘要' } })
  label: LocalizedTextDto;
  @ApiProperty({ example: 3, description: 'candidacies for which this required field shows and is empty' })
  count: number;
}

class CompletenessCountsDto implements CompletenessCounts {
  @ApiProperty({ example: 12, description: 'candidacies still in the running (submitted or approved)' })
  candidacies: number;
  @ApiProperty({ example: 9, description: 'with a saved entry' }) started: number;
  @ApiProperty({ example: 6 }) submitted: number;
  @ApiProperty({ type: [MissingCountDto] }) missing: MissingCountDto[];
}

class IndustryCompletenessDto extends CompletenessCountsDto {
  @ApiProperty({ example: 'telecom' }) industryCode: string;
}

export class CategoryCompletenessDto {
  @ApiProperty({ example: CATEGORY_ID }) categoryId: string;
  @ApiProperty({ example: 'Best Call Center of the Year' }) name: string;
  @ApiProperty({ example: '中国最佳呼叫中心', nullable: true, type: String }) nameZh: string | null;
  @ApiProperty({ example: 'best-contact-centre-2027' }) formKey: string;
  @ApiProperty({ example: 2 }) formVersion: number;
  @ApiProperty({ type: CompletenessCountsDto }) total: CompletenessCountsDto;
  @ApiProperty({ type: [IndustryCompletenessDto], description: 'in the campaign’s industry order' })
  industries: IndustryCompletenessDto[];

  static from(r: CategoryCompletenessReport): CategoryCompletenessDto {
    return r;
  }
}
