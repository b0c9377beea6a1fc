import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * A signed link's parameters. Checked by the documents lib, not here: a missing or malformed one is the same
 * 404 as a wrong one, so a guess learns nothing from the answer.
 */
export class DocumentContentQueryDto {
  @ApiPropertyOptional({
    description: 'The user the link was signed for',
    example: '9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a',
  })
  @IsOptional()
  @IsString()
  reader?: string;

  @ApiPropertyOptional({ description: 'When the link stops working, in Unix seconds', example: '1827452400' })
  @IsOptional()
  @IsString()
  expires?: string;

  @ApiPropertyOptional({
    description: 'HMAC-SHA256 of the document, the reader and the expiry, base64url',
    example: 'mJ3Xo0pS1f0VwQ4cK8rY2tZ7uH6gB5nA9eD1iL3oP2s',
  })
  @IsOptional()
  @IsString()
  signature?: string;
}
