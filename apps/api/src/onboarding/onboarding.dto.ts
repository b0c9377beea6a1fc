import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { EnterpriseImportResult } from '@app/enterprises';

const asBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;

export class FileFormatQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv', example: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'], { message: 'format must be csv or xlsx' })
  format?: 'csv' | 'xlsx';
}

export class DryRunQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    example: true,
    default: false,
    description: 'check every row and answer as the import would, writing nothing',
  })
  @IsOptional()
  @Transform(asBoolean)
  @IsIn([true, false], { message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

export class EnterpriseImportQueryDto extends DryRunQueryDto {
  @ApiPropertyOptional({
    example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01',
    description:
      'enter the enterprises in this campaign’s categories (the `categories` column); it must be in registration',
  })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a UUID' })
  campaignId?: string;
}

export class EnterpriseExportQueryDto extends FileFormatQueryDto {
  @ApiPropertyOptional({
    example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01',
    description: 'only this campaign’s candidates, with the categories they entered',
  })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a UUID' })
  campaignId?: string;
}

export class ImportedEnterpriseDto {
  @ApiProperty({ example: 2, description: 'the line of the file' }) line: number;
  @ApiProperty({ example: 'b3c1f2a4-0d1e-4f5a-9b6c-7d8e9f0a1b2c', nullable: true, type: String })
  enterpriseId: string | null;
  @ApiProperty({ example: 'Shenzhen Example Telecom Co., Ltd.' }) legalName: string;
  @ApiProperty({ example: '91440300708461136T' }) creditCode: string;
  @ApiProperty({ example: 'zhang.min@example.cn' }) contactEmail: string;
  @ApiProperty({ example: 'zh', enum: ['zh', 'en'], nullable: true, type: String }) contactLanguage:
    'zh' | 'en' | null;
  @ApiProperty({ example: ['5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'], type: [String] }) categoryIds: string[];
  @ApiProperty({
    example: ['8c7d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f'],
    type: [String],
    nullable: true,
    description: 'the approved candidacies created; null on a dry run',
  })
  candidacyIds: string[] | null;
}

export class ImportContactDto {
  @ApiProperty({ example: 'b3c1f2a4-0d1e-4f5a-9b6c-7d8e9f0a1b2c' }) enterpriseId: string;
  @ApiProperty({ example: 'zhang.min@example.cn' }) email: string;
  @ApiProperty({ example: 'zh', enum: ['zh', 'en'], nullable: true, type: String }) language:
    'zh' | 'en' | null;
}

export class EnterpriseImportResultDto {
  @ApiProperty({
    example: 'e0d1c2b3-a4f5-4e6d-8c7b-6a5f4e3d2c1b',
    nullable: true,
    type: String,
    description: 'names this import in the audit log (`after.importId`); null on a dry run',
  })
  importId: string | null;
  @ApiProperty({ example: false }) dryRun: boolean;
  @ApiProperty({ example: '3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01', nullable: true, type: String })
  campaignId: string | null;
  @ApiProperty({ example: 600, description: 'enterprises imported (or that would be, on a dry run)' })
  enterprises: number;
  @ApiProperty({ example: 720, description: 'approved candidacies imported (or that would be)' })
  candidacies: number;
  @ApiProperty({ type: [ImportedEnterpriseDto] }) rows: ImportedEnterpriseDto[];
  @ApiProperty({
    type: [ImportContactDto],
    description: 'each enterprise’s contact, invited by email to become its first admin; empty on a dry run',
  })
  contacts: ImportContactDto[];

  static from(r: EnterpriseImportResult): EnterpriseImportResultDto {
    return { ...r, rows: r.rows.map((x) => ({ ...x })), contacts: r.contacts.map((c) => ({ ...c })) };
  }
}

export class ImportedJudgeDto {
  @ApiProperty({ example: 2, description: 'the line of the file' }) line: number;
  @ApiProperty({ example: 'li.hua@example.org' }) email: string;
  @ApiProperty({ example: '李华' }) displayName: string;
  @ApiProperty({ example: 'zh', enum: ['zh', 'en'], nullable: true, type: String }) language:
    'zh' | 'en' | null;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'the judge account whose profile was saved; null for an address that is invited',
  })
  judgeId: string | null;
  @ApiProperty({ enum: ['profile-saved', 'invited'], example: 'invited' }) outcome:
    'profile-saved' | 'invited';
}

export class JudgeInvitationDto {
  @ApiProperty({ example: 'li.hua@example.org' }) email: string;
  @ApiProperty({ example: 'judge', enum: ['judge'] }) role: 'judge';
  @ApiProperty({ example: '李华' }) displayName: string;
  @ApiProperty({ example: 'zh', enum: ['zh', 'en'], nullable: true, type: String }) language:
    'zh' | 'en' | null;
}

export class JudgeImportResultDto {
  @ApiProperty({ example: 'e0d1c2b3-a4f5-4e6d-8c7b-6a5f4e3d2c1b', nullable: true, type: String })
  importId: string | null;
  @ApiProperty({ example: false }) dryRun: boolean;
  @ApiProperty({ example: 15 }) judges: number;
  @ApiProperty({ type: [ImportedJudgeDto] }) rows: ImportedJudgeDto[];
  @ApiProperty({
    type: [JudgeInvitationDto],
    description: 'addresses without a judge account, invited by email; their profile waits for their account',
  })
  invitations: JudgeInvitationDto[];
}
