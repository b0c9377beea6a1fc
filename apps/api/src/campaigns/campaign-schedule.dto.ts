import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional } from 'class-validator';

/** An optional point in the schedule, sent as an ISO 8601 time with its offset. */
function ScheduleTime(example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example, nullable: true, type: String, format: 'date-time' }),
    IsOptional(),
    Type(() => Date),
    IsDate(),
  );
}

/** When a campaign's phases open and close; each time is optional until the campaign needs it. */
export class ScheduleDto {
  @ScheduleTime('2027-01-10T00:00:00+08:00')
  registrationOpensAt?: Date | null;

  @ScheduleTime('2027-02-20T23:59:59+08:00')
  registrationClosesAt?: Date | null;

  @ScheduleTime('2027-03-01T00:00:00+08:00')
  surveyOpensAt?: Date | null;

  @ScheduleTime('2027-05-31T23:59:59+08:00')
  surveyClosesAt?: Date | null;

  @ScheduleTime('2027-06-01T00:00:00+08:00')
  judgingStartsAt?: Date | null;

  @ScheduleTime('2027-08-31T23:59:59+08:00')
  judgingEndsAt?: Date | null;

  @ScheduleTime('2027-09-15T10:00:00+08:00')
  announcementAt?: Date | null;
}
