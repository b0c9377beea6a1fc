import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import type { FormDefinition, FormInForce, StoredEntryForm, StoredEntryFormVersion } from '@app/entries';
import { AT, CATEGORY_ID, EXAMPLE_DEFINITION, FORM_ID } from './entry-examples';
import { FormDefinitionDto } from './form-definition.dto';

const DEFINITION_DESCRIPTION =
  'Ordered sections of ordered fields. Checked whole: a 400 names every path at fault ' +
  '(`definition.sections[1].fields[2].maxLength`).';

export class EntryFormVersionInputDto {
  @ApiProperty({ type: FormDefinitionDto, example: EXAMPLE_DEFINITION, description: DEFINITION_DESCRIPTION })
  @IsObject()
  definition: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'Adds the outsourcing share', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class CreateEntryFormDto extends EntryFormVersionInputDto {
  @ApiProperty({ example: 'best-contact-centre-2027', description: '2-80 lower-case letters, digits or "-"' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,79}$/, { message: 'key must be 2-80 lower-case letters, digits or -' })
  key: string;

  @ApiProperty({ example: 'Best Contact Centre: entry form' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: '最佳客服中心：申报表' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  nameZh: string;
}

export class BindEntryFormDto {
  @ApiProperty({ format: 'uuid', example: FORM_ID, description: 'the entry form this category asks for' })
  @IsUUID()
  formId: string;
}

export class EntryFormResponseDto {
  @ApiProperty({ example: FORM_ID }) id: string;
  @ApiProperty({ example: 'best-contact-centre-2027' }) key: string;
  @ApiProperty({ example: 'Best Contact Centre: entry form' }) name: string;
  @ApiProperty({ example: '最佳客服中心：申报表' }) nameZh: string;
  @ApiProperty({ example: 2 }) latestVersion: number;
  @ApiProperty({ example: AT }) createdAt: string;

  static from(f: StoredEntryForm): EntryFormResponseDto {
    return { ...f, createdAt: f.createdAt.toISOString() };
  }
}

export class EntryFormVersionResponseDto {
  @ApiProperty({ example: FORM_ID }) formId: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ type: FormDefinitionDto, example: EXAMPLE_DEFINITION }) definition: FormDefinition;
  @ApiProperty({
    example: '9f2c0e5b7d1a4c3e8b6f0a2d4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e',
    description: 'SHA-256 of the definition as JSON with sorted keys',
  })
  checksum: string;
  @ApiProperty({ example: 'Adds the outsourcing share', nullable: true, type: String }) note: string | null;
  @ApiProperty({ example: AT }) createdAt: string;

  static from(v: StoredEntryFormVersion): EntryFormVersionResponseDto {
    return {
      formId: v.formId,
      version: v.version,
      definition: v.definition,
      checksum: v.checksum,
      note: v.note,
      createdAt: v.createdAt.toISOString(),
    };
  }
}

export class EntryFormWithVersionsResponseDto extends EntryFormResponseDto {
  @ApiProperty({ type: [EntryFormVersionResponseDto] }) versions: EntryFormVersionResponseDto[];
}

export class FormInForceResponseDto {
  @ApiProperty({ example: CATEGORY_ID }) categoryId: string;
  @ApiProperty({ example: FORM_ID }) formId: string;
  @ApiProperty({ example: 'best-contact-centre-2027' }) formKey: string;
  @ApiProperty({ example: 'Best Contact Centre: entry form' }) name: string;
  @ApiProperty({ example: '最佳客服中心：申报表' }) nameZh: string;
  @ApiProperty({ example: 2, description: 'the version entrants answer' }) version: number;
  @ApiProperty({
    example: true,
    description:
      'false while the campaign is a draft (the form’s latest version is in force); true from registration on, ' +
      'when the version that was latest at the opening stays in force whatever versions come later',
  })
  frozen: boolean;
  @ApiProperty({ type: FormDefinitionDto, example: EXAMPLE_DEFINITION }) definition: FormDefinition;

  static from(f: FormInForce): FormInForceResponseDto {
    return { ...f };
  }
}
