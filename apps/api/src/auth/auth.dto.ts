import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { LANGUAGES, type Language } from '@app/common';
import { UserResponseDto } from '../users/user-response.dto';
import { trim } from '../http/transforms';

/** The password policy, one place for registration, staff accounts and password changes. */
export function PasswordPolicy(field: string, example = 'correct horse battery staple') {
  return applyDecorators(
    ApiProperty({ example, minLength: 12, maxLength: 200, writeOnly: true }),
    IsString({ message: `${field} must be a string` }),
    MinLength(12, { message: `${field} must be at least 12 characters` }),
    MaxLength(200, { message: `${field} must be at most 200 characters` }),
  );
}

const displayNameChecks = () => [
  Transform(trim),
  IsString({ message: 'displayName must be a string' }),
  MinLength(1, { message: 'displayName must not be empty' }),
  MaxLength(200, { message: 'displayName must be at most 200 characters' }),
];

/** A person's name as others see it. */
export function DisplayName(example = 'Li Wei') {
  return applyDecorators(ApiProperty({ example, minLength: 1, maxLength: 200 }), ...displayNameChecks());
}

/** A name that may be left out, checked like `DisplayName` when it is given. */
export function OptionalDisplayName(example: string, description: string) {
  return applyDecorators(
    ApiPropertyOptional({ example, maxLength: 200, description }),
    IsOptional(),
    ...displayNameChecks(),
  );
}

/** The language someone reads the platform in. */
export function LanguageChoice() {
  return applyDecorators(
    ApiPropertyOptional({ enum: LANGUAGES, example: 'zh', description: 'zh (Chinese) or en (English)' }),
    IsOptional(),
    IsIn(LANGUAGES, { message: 'language must be zh or en' }),
  );
}

export class AccountFieldsDto {
  @ApiProperty({ example: 'li.wei@example.cn', maxLength: 254 })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @PasswordPolicy('password')
  password: string;

  @ApiProperty({ example: 'Li Wei', minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(200)
  displayName: string;
}

/** Self-registration always creates an enterprise user; organizers and judges are created by organizers. */
export class RegisterDto extends AccountFieldsDto {}

export class LoginDto {
  @ApiProperty({ example: 'li.wei@example.cn' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple', writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'correct horse battery staple', writeOnly: true })
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(200)
  currentPassword: string;

  @PasswordPolicy('newPassword', 'a longer and newer passphrase')
  newPassword: string;
}

/** What a signed-in person changes about themselves; each field is optional, an absent one stays. */
export class UpdateMeDto {
  @ApiPropertyOptional({
    enum: LANGUAGES,
    example: 'zh',
    description: 'the language mail is written in for you (and, later, the workspaces)',
  })
  // Not IsOptional: that would let null through, and a chosen language is not unset.
  @ValidateIf((dto: UpdateMeDto) => dto.language !== undefined)
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ example: '李伟', minLength: 1, maxLength: 200 })
  @ValidateIf((dto: UpdateMeDto) => dto.displayName !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(200)
  displayName?: string;
}

export class AccessTokenResponseDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.signature' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 3600, description: 'seconds until the token expires' })
  expiresIn: number;

  @ApiProperty({ type: UserResponseDto })
  user: UserResponseDto;
}
