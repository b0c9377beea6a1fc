import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_TYPES, MAX_UPLOAD_BYTES, TABLE_COLUMN_TYPES } from '@app/entries';
import type { FieldType, TableColumnType } from '@app/entries';
import { EXAMPLE_COLUMNS, EXAMPLE_DEFINITION, EXAMPLE_OPTIONS } from './entry-examples';

/**
 * The shape of an entry form, for the OpenAPI document only: a definition arrives as plain JSON and is
 * checked whole by the entries lib (`formDefinitionProblems`), which names every path at fault.
 */
export class LocalizedTextDto {
  @ApiProperty({ example: 'Seats' }) en: string;
  @ApiProperty({ example: '座席数' }) zh: string;
}

export class ChoiceOptionDto {
  @ApiProperty({ example: 'phone', description: '1-100 characters, unique in the field: what answers hold' })
  value: string;
  @ApiProperty({ type: LocalizedTextDto, example: EXAMPLE_OPTIONS[0].label }) label: LocalizedTextDto;
}

export class TableColumnDto {
  @ApiProperty({ example: 'city' }) key: string;
  @ApiProperty({ type: LocalizedTextDto, example: EXAMPLE_COLUMNS[0].label }) label: LocalizedTextDto;
  @ApiProperty({ enum: TABLE_COLUMN_TYPES, example: 'text' }) type: TableColumnType;
  @ApiPropertyOptional({ example: true, description: 'a row must fill this cell' }) required?: boolean;
}

export class FieldConditionDto {
  @ApiProperty({
    example: 'outsourced',
    description: 'an earlier single-choice, multiple-choice, number or short-text field',
  })
  field: string;
  @ApiProperty({
    example: ['yes'],
    description: 'the field shows when that answer equals one of these (a multiple choice: holds one)',
  })
  in: (string | number)[];
}

export class FormFieldDto {
  @ApiProperty({
    example: 'seats',
    description: 'a lower-case letter, then lower-case letters, digits or _ (at most 63); unique in the form',
  })
  key: string;
  @ApiProperty({ enum: FIELD_TYPES, example: 'number' }) type: FieldType;
  @ApiProperty({ type: LocalizedTextDto, example: { en: 'Seats', zh: '座席数' } }) label: LocalizedTextDto;
  @ApiPropertyOptional({
    type: LocalizedTextDto,
    example: { en: 'Count staffed positions', zh: '按在岗座席计' },
  })
  help?: LocalizedTextDto;
  @ApiProperty({ example: true, description: 'must be answered (when it shows) before submission' })
  required: boolean;
  @ApiPropertyOptional({ type: FieldConditionDto, example: { field: 'outsourced', in: ['yes'] } })
  showWhen?: FieldConditionDto;
  @ApiPropertyOptional({ example: 0, description: 'short-text, long-text: characters, trimmed' })
  minLength?: number;
  @ApiPropertyOptional({
    example: 5000,
    description: 'short-text (up to 1,000; 300 if absent), long-text (up to 50,000; 10,000)',
  })
  maxLength?: number;
  @ApiPropertyOptional({ example: 1, description: 'number' }) min?: number;
  @ApiPropertyOptional({ example: 100000, description: 'number' }) max?: number;
  @ApiPropertyOptional({ example: true, description: 'number: whole numbers only' }) integer?: boolean;
  @ApiPropertyOptional({
    type: [ChoiceOptionDto],
    example: EXAMPLE_OPTIONS,
    description: 'single- and multiple-choice',
  })
  options?: ChoiceOptionDto[];
  @ApiPropertyOptional({ example: 1, description: 'multiple-choice' }) minChoices?: number;
  @ApiPropertyOptional({ example: 3, description: 'multiple-choice' }) maxChoices?: number;
  @ApiPropertyOptional({ example: ['application/pdf', 'image/*'], description: 'file: accepted media types' })
  accept?: string[];
  @ApiPropertyOptional({
    example: 20971520,
    description: `file: bytes per file, at most ${MAX_UPLOAD_BYTES} (50 MiB, the default)`,
  })
  maxBytes?: number;
  @ApiPropertyOptional({ example: 3, description: 'file: files in the field, 1-20 (1 if absent)' })
  maxFiles?: number;
  @ApiPropertyOptional({
    type: [TableColumnDto],
    example: EXAMPLE_COLUMNS,
    description: 'table: 1-20 typed columns',
  })
  columns?: TableColumnDto[];
  @ApiPropertyOptional({ example: 0, description: 'table' }) minRows?: number;
  @ApiPropertyOptional({ example: 10, description: 'table: up to 200 (50 if absent)' }) maxRows?: number;
}

export class FormSectionDto {
  @ApiProperty({ example: 'profile' }) key: string;
  @ApiProperty({ type: LocalizedTextDto, example: EXAMPLE_DEFINITION.sections[0].title })
  title: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto, example: EXAMPLE_DEFINITION.sections[1].description })
  description?: LocalizedTextDto;
  @ApiProperty({ type: [FormFieldDto], example: EXAMPLE_DEFINITION.sections[0].fields })
  fields: FormFieldDto[];
}

export class FormDefinitionDto {
  @ApiProperty({ type: [FormSectionDto], example: EXAMPLE_DEFINITION.sections }) sections: FormSectionDto[];
}
