import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional } from 'class-validator';

/** When a campaign's phases open and close; each time is optional until the campaign needs it. */
export class ScheduleDto {
  @ApiPropertyOptional({
    example: '2027-01-10T00:00:00+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationOpensAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-02-20T23:59:59+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationClosesAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-03-01T00:00:00+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  surveyOpensAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-05-31T23:59:59+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  surveyClosesAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-06-01T00:00:00+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  judgingStartsAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-08-31T23:59:59+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  judgingEndsAt?: Date | null;

  @ApiPropertyOptional({
    example: '2027-09-15T10:00:00+08:00',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  announcementAt?: Date | null;
}
