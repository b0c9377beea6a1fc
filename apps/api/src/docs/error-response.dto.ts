import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblemDto {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({
    description:
      'Stable and machine-readable: switch on this, never on `message`. A refused domain rule sends its own code ' +
      '(CAMPAIGN_NOT_FOUND, TRANSITION_REFUSED, EMAIL_TAKEN, ...); every other error one of VALIDATION_FAILED, ' +
      'BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, PAYLOAD_TOO_LARGE, ' +
      'UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, RATE_LIMITED, DEPENDENCY_UNAVAILABLE, INTERNAL_ERROR.',
    example: 'VALIDATION_FAILED',
    examples: [
      'VALIDATION_FAILED',
      'UNAUTHORIZED',
      'RATE_LIMITED',
      'CAMPAIGN_NOT_FOUND',
      'TRANSITION_REFUSED',
    ],
  })
  code: string;

  @ApiProperty({
    example: 'Validation failed: email',
    description:
      'For people, in the language Accept-Language asks for (zh or en); Content-Language says which',
    examples: ['Validation failed: email', '校验未通过：email'],
  })
  message: string;

  @ApiPropertyOptional({ type: [FieldProblemDto] })
  details?: FieldProblemDto[];

  @ApiProperty({ example: '3f0c7a52-2d7e-4d59-a2a6-5f8d3e1c9b10' })
  requestId: string;
}
