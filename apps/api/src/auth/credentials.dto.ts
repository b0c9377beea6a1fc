import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { trim } from '../http/transforms';
import { AccessTokenResponseDto, PasswordPolicy } from './auth.dto';

const TOKEN_EXAMPLE = 'q3W9x1bS0f7Jk2LmN4pR6tV8yA0cE2gI4kM6oQ8sU0w';
const CHALLENGE_EXAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4iLCJ0diI6MH0.signature';
const SIX_DIGITS = /^\d{6}$/;

// ---- forgotten password

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'li.wei@example.cn', maxLength: 254 })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetRequestedResponseDto {
  @ApiProperty({
    example: 'If an active account has this address, a reset link valid for 30 minutes is on its way to it.',
  })
  message: string;
}

export class PasswordResetResponseDto {
  @ApiProperty({ example: 'li.wei@example.cn', description: 'the account the link resets' })
  email: string;

  @ApiProperty({ example: '2027-03-01T08:30:00.000Z', format: 'date-time' })
  expiresAt: string;
}

export class ConfirmPasswordResetDto {
  @ApiProperty({ example: TOKEN_EXAMPLE, description: 'the `token` of the link in the mail' })
  @IsString({ message: 'token must be a string' })
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(200)
  token: string;

  @PasswordPolicy('newPassword', 'a longer and newer passphrase')
  newPassword: string;
}

// ---- two-factor sign-in

export class TwoFactorChallengeResponseDto {
  @ApiProperty({ example: true, enum: [true] })
  twoFactorRequired: true;

  @ApiProperty({
    example: CHALLENGE_EXAMPLE,
    description: 'send it to POST /auth/login/two-factor with a code within 5 minutes; it grants no access',
  })
  challenge: string;
}

export class TwoFactorLoginDto {
  @ApiProperty({ example: CHALLENGE_EXAMPLE, description: 'from the login answer' })
  @IsString({ message: 'challenge must be a string' })
  @MinLength(1, { message: 'challenge must not be empty' })
  @MaxLength(2000)
  challenge: string;

  @ApiPropertyOptional({
    example: '492039',
    description: 'the authenticator’s current code; or recoveryCode',
  })
  @ValidateIf((dto: TwoFactorLoginDto) => dto.recoveryCode === undefined || dto.code !== undefined)
  @IsString({ message: 'code must be a string of 6 digits (or send recoveryCode)' })
  @Matches(SIX_DIGITS, { message: 'code must be 6 digits' })
  code?: string;

  @ApiPropertyOptional({
    example: 'K7PQ2-XW9RT',
    description: 'one of the recovery codes, spent by this use (with code, code is the one checked)',
  })
  @ValidateIf((dto: TwoFactorLoginDto) => dto.recoveryCode !== undefined && dto.code === undefined)
  @IsString({ message: 'recoveryCode must be a string' })
  @MaxLength(40)
  recoveryCode?: string;
}

export class TwoFactorStatusResponseDto {
  @ApiProperty({ example: true })
  enabled: boolean;

  @ApiProperty({ example: false, description: 'set up and waiting for its first code' })
  pending: boolean;

  @ApiPropertyOptional({
    example: '2027-02-01T09:00:00.000Z',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  enabledAt: string | null;

  @ApiProperty({ example: 10 })
  recoveryCodesLeft: number;

  @ApiProperty({ example: true, description: 'the token of this request was issued after a second factor' })
  thisSessionSecondFactor: boolean;
}

export class TwoFactorSetupResponseDto {
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', description: 'base32, for typing it in' })
  secret: string;

  @ApiProperty({
    example: 'otpauth://totp/Care%20Awards:judge%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Care%20Awards',
  })
  otpauthUri: string;

  @ApiProperty({
    example: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37">...</svg>',
    description: 'the URI as a QR code, an SVG document',
  })
  qrCodeSvg: string;
}

export class TwoFactorCodeDto {
  @ApiProperty({ example: '492039', description: 'the authenticator’s current code' })
  @IsString({ message: 'code must be a string of 6 digits' })
  @Matches(SIX_DIGITS, { message: 'code must be 6 digits' })
  code: string;
}

/** A current code, or the password: what disabling and regenerating recovery codes ask for. */
export class TwoFactorProofDto {
  @ApiPropertyOptional({ example: '492039', description: 'the authenticator’s current code; or password' })
  @ValidateIf((dto: TwoFactorProofDto) => dto.password === undefined || dto.code !== undefined)
  @IsString({ message: 'code must be a string of 6 digits (or send password)' })
  @Matches(SIX_DIGITS, { message: 'code must be 6 digits' })
  code?: string;

  @ApiPropertyOptional({ example: 'correct horse battery staple', writeOnly: true })
  @ValidateIf((dto: TwoFactorProofDto) => dto.password !== undefined && dto.code === undefined)
  @IsString({ message: 'password must be a string' })
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password?: string;
}

export class RecoveryCodesResponseDto {
  @ApiProperty({
    example: ['K7PQ2-XW9RT', 'M3ZB8-HC4NV'],
    type: [String],
    description: 'shown this once; each works one time in place of a code',
  })
  recoveryCodes: string[];
}

export class TwoFactorEnabledResponseDto extends AccessTokenResponseDto {
  @ApiProperty({
    example: ['K7PQ2-XW9RT', 'M3ZB8-HC4NV'],
    type: [String],
    description: 'shown this once; each works one time in place of a code',
  })
  recoveryCodes: string[];
}
