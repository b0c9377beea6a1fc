import { ApiProperty } from '@nestjs/swagger';
import { CAMPAIGN_STATES } from '@app/campaigns';
import { CategoryCompletenessDto } from '../entries/entry-reports.dto';
import type { IndustryDashboardRow } from './campaign-dashboard';

class RegistrationCountsDto {
  @ApiProperty({ example: 52, description: 'every candidacy of the industry, whatever its state' })
  total: number;
  @ApiProperty({ example: 4, description: 'awaiting the organizer’s decision' }) submitted: number;
  @ApiProperty({ example: 45 }) approved: number;
  @ApiProperty({ example: 3, description: 'rejected or withdrawn' }) refused: number;
}

class EntryCountsDto {
  @ApiProperty({
    example: 49,
    description: 'candidacies still in the running, summed over every category with an entry form',
  })
  expected: number;
  @ApiProperty({ example: 40, description: 'with a saved entry' }) started: number;
  @ApiProperty({ example: 31 }) submitted: number;
}

class ResponseCountsDto {
  @ApiProperty({ example: 83412 }) stored: number;
  @ApiProperty({ example: 80917 }) valid: number;
  @ApiProperty({ example: 7, description: 'the ranking snapshot these counts are from' })
  snapshotSequence: number;
}

export class IndustryDashboardDto implements IndustryDashboardRow {
  @ApiProperty({ example: 'telecom' }) industryCode: string;
  @ApiProperty({ type: RegistrationCountsDto }) registrations: RegistrationCountsDto;
  @ApiProperty({ type: EntryCountsDto }) entries: EntryCountsDto;
  @ApiProperty({
    type: ResponseCountsDto,
    nullable: true,
    description: 'From the latest ranking snapshot; null before any response was aggregated',
  })
  responses: ResponseCountsDto | null;
}

class NextTransitionDto {
  @ApiProperty({ enum: CAMPAIGN_STATES, example: 'survey' }) state: string;
  @ApiProperty({ example: '2027-06-01T01:00:00.000Z' }) at: string;
}

export class CampaignDashboardDto {
  @ApiProperty({ example: '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90' }) campaignId: string;
  @ApiProperty({ enum: CAMPAIGN_STATES, example: 'registration' }) state: string;
  @ApiProperty({
    type: NextTransitionDto,
    nullable: true,
    description: 'The move the schedule makes next, and when; null when its date is not set',
  })
  nextTransition: NextTransitionDto | null;
  @ApiProperty({ type: [IndustryDashboardDto], description: 'One row per industry, in the campaign’s order' })
  industries: IndustryDashboardDto[];
  @ApiProperty({ type: [CategoryCompletenessDto], description: 'Per category with an entry form' })
  completeness: CategoryCompletenessDto[];
}
