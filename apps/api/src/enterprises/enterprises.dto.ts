import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import {
  CREDIT_CODE_MESSAGES,
  creditCodeProblem,
  type Enterprise,
  type EnterpriseListSort,
  type EnterpriseStatus,
  type IdentityChange,
} from '@app/enterprises';
import { IdentityChangeDto, IdentityFieldsDto } from './enterprise-identity.dto';
import { PageQueryDto } from '../http/page-query.dto';
import { PageResponseOf } from '../http/page-response.dto';
import { trim, upperTrim } from '../http/transforms';

/** A valid unified social credit code, with a message saying which part is wrong. */
function IsCreditCode() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCreditCode',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === null,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? CREDIT_CODE_MESSAGES[creditCodeProblem(args.value) ?? 'check']
            : 'creditCode must be a string',
      },
    });
}

export class CreateEnterpriseDto {
  @ApiProperty({ example: 'Shenzhen Example Telecom Co., Ltd.', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  legalName: string;

  @ApiPropertyOptional({ example: '深圳示例电信有限公司', maxLength: 300, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  legalNameZh?: string | null;

  @ApiProperty({
    example: '91440300708461136T',
    description: 'unified social credit code (18 characters, checked)',
  })
  @Transform(upperTrim)
  @IsCreditCode()
  creditCode: string;

  @ApiProperty({ example: 'telecom', description: 'an industry code from the reference data' })
  @IsString()
  @MaxLength(40)
  industryCode: string;

  @ApiProperty({ example: 'in-house', enum: ['in-house', 'outsourced'] })
  @IsString()
  @MaxLength(40)
  organizationType: string;

  @ApiProperty({ example: ['customer-service', 'technical-support'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsString({ each: true })
  businessTypes: string[];

  @ApiProperty({ example: 'Guangdong, Shenzhen', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  region: string;

  @ApiProperty({ example: 420, description: 'agent positions', minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  seats: number;

  @ApiPropertyOptional({
    example: '1250000000.00',
    description: 'annual revenue in yuan, as a decimal string (exact); weights industry aggregates',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @Matches(/^\d{1,18}(\.\d{1,2})?$/, {
    message: 'annualRevenue must be a non-negative decimal with at most 2 decimals',
  })
  annualRevenue?: string | null;

  @ApiProperty({ example: 'Zhang Min', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  contactName: string;

  @ApiProperty({ example: 'zhang.min@example.cn' })
  @Transform(trim)
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional({ example: '+86 755 1234 5678', nullable: true, type: String })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;
}

export class UpdateEnterpriseDto extends PartialType(CreateEnterpriseDto) {}

export class ReviewEnterpriseDto {
  @ApiProperty({ enum: ['verified', 'rejected'], example: 'rejected' })
  @IsIn(['verified', 'rejected'])
  decision: 'verified' | 'rejected';

  @ApiProperty({
    example: 3,
    minimum: 1,
    description:
      'the `profileRevision` of the profile you read; 409 `PROFILE_CHANGED_SINCE_READ` if it was edited since',
  })
  @IsInt({ message: 'profileRevision must be the profileRevision of the profile you read' })
  @Min(1, { message: 'profileRevision must be the profileRevision of the profile you read' })
  profileRevision: number;

  @ApiPropertyOptional({ example: 'The credit code belongs to another company', maxLength: 2000 })
  @ValidateIf((dto: ReviewEnterpriseDto) => dto.decision === 'rejected' || dto.reason !== undefined)
  @Transform(trim)
  @IsString({ message: 'reason is required when rejecting' })
  @IsNotEmpty({ message: 'reason is required when rejecting' })
  @MaxLength(2000)
  reason?: string;
}

const ENTERPRISE_SORTS: EnterpriseListSort[] = [
  'createdAt',
  '-createdAt',
  'legalName',
  '-legalName',
  'creditCode',
  '-creditCode',
];

export class ListEnterprisesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'verified', 'rejected'], example: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'verified', 'rejected'])
  status?: EnterpriseStatus;

  @ApiPropertyOptional({ example: 'telecom' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  industryCode?: string;

  @ApiPropertyOptional({
    enum: ['pending'],
    example: 'pending',
    description: 'only enterprises with an identity change awaiting review',
  })
  @IsOptional()
  @IsIn(['pending'])
  identityChange?: 'pending';

  @ApiPropertyOptional({
    description: 'Part of the legal name (English or Chinese) or of the credit code, any case',
    example: 'Harbour',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({
    enum: ENTERPRISE_SORTS,
    default: 'createdAt',
    description: 'A leading minus sorts in descending order',
    example: 'legalName',
  })
  @IsOptional()
  @IsIn(ENTERPRISE_SORTS)
  sort?: EnterpriseListSort;
}

export class EnterpriseResponseDto extends IdentityFieldsDto {
  @ApiProperty({ format: 'uuid', example: '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90' })
  id: string;
  @ApiProperty({ example: ['customer-service'], type: [String] })
  businessTypes: string[];
  @ApiProperty({ example: 'Guangdong, Shenzhen' })
  region: string;
  @ApiProperty({ example: 420 })
  seats: number;
  @ApiPropertyOptional({ example: '1250000000.00', nullable: true, type: String })
  annualRevenue: string | null;
  @ApiProperty({ example: 'Zhang Min' })
  contactName: string;
  @ApiProperty({ example: 'zhang.min@example.cn' })
  contactEmail: string;
  @ApiPropertyOptional({ example: '+86 755 1234 5678', nullable: true, type: String })
  contactPhone: string | null;
  @ApiProperty({ enum: ['pending', 'verified', 'rejected'], example: 'pending' })
  status: EnterpriseStatus;
  @ApiProperty({
    example: 3,
    description: 'moves on every change of the profile; a review names the revision it read',
  })
  profileRevision: number;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'the reviewer’s reason' })
  reviewReason: string | null;
  @ApiPropertyOptional({
    example: '2026-02-21T10:00:00.000Z',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  reviewedAt: string | null;
  @ApiProperty({ example: '2026-02-20T09:30:00.000Z', format: 'date-time' })
  createdAt: string;
  @ApiPropertyOptional({
    type: IdentityChangeDto,
    nullable: true,
    description:
      'an identity edit of a verified enterprise awaiting review; the fields above stay the verified identity until then',
  })
  pendingIdentityChange: IdentityChangeDto | null;

  static from(e: Enterprise, pending: IdentityChange | null = null): EnterpriseResponseDto {
    return {
      id: e.id,
      legalName: e.legalName,
      legalNameZh: e.legalNameZh,
      creditCode: e.creditCode,
      industryCode: e.industryCode,
      organizationType: e.organizationType,
      businessTypes: e.businessTypes,
      region: e.region,
      seats: e.seats,
      annualRevenue: e.annualRevenue,
      contactName: e.contactName,
      contactEmail: e.contactEmail,
      contactPhone: e.contactPhone,
      status: e.status,
      profileRevision: e.profileRevision,
      reviewReason: e.reviewReason,
      reviewedAt: e.reviewedAt ? e.reviewedAt.toISOString() : null,
      createdAt: e.createdAt.toISOString(),
      // Only pending changes are shown here: no reviewer yet.
      pendingIdentityChange: pending ? IdentityChangeDto.from(pending) : null,
    };
  }
}

export class EnterprisePageDto extends PageResponseOf(EnterpriseResponseDto, 'EnterprisePageDto') {}

export class EnterpriseMemberResponseDto {
  @ApiProperty({ format: 'uuid', example: '0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d' })
  userId: string;
  @ApiProperty({ example: 'wang.fang@example.cn' })
  email: string;
  @ApiProperty({ example: 'Wang Fang' })
  displayName: string;
  @ApiProperty({ enum: ['admin', 'member'], example: 'member' })
  role: 'admin' | 'member';
  @ApiProperty({ example: '2026-02-20T09:30:00.000Z', format: 'date-time' })
  addedAt: string;
}
