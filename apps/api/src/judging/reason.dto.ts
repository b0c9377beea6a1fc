import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from '../http/transforms';

export class ReasonField {
  @ApiProperty({ example: 'Site visit moved: the centre relocated in March', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class ReasonDto extends ReasonField {}
