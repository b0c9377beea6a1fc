import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignsService, scheduleOf } from '@app/campaigns';
import type { Actor } from '@app/common';
import { CandidaciesService } from '@app/enterprises';
import { EntryReportsService } from '@app/entries';
import { RankingsReadService } from '@app/rankings';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { CategoryCompletenessDto } from '../entries/entry-reports.dto';
import { industryRows, nextScheduledTransition } from './campaign-dashboard';
import { CampaignDashboardDto } from './campaign-dashboard.dto';

/**
 * The organizer's campaign dashboard in one answer. Each lib reads only its own tables (counts grouped in SQL,
 * snapshot counts without their entries); the campaign is read and authorised once, then the reads run together.
 */
@ApiTags('campaigns')
@Controller('campaigns/:campaignId')
@Roles('organizer')
export class CampaignDashboardController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly candidacies: CandidaciesService,
    private readonly entries: EntryReportsService,
    private readonly rankings: RankingsReadService,
  ) {}

  @Get('dashboard')
  @ApiOperation({
    summary: 'The campaign dashboard: next scheduled move, counts per industry and entry completeness',
    description:
      'Per industry: candidacies by state, entries expected, started and submitted (over every category with an ' +
      'entry form), and the latest ranking snapshot’s stored and valid responses. Then per category, how far its ' +
      'entries are (as GET /campaigns/{campaignId}/entries/completeness). Counts only: no list of responses.',
  })
  @ApiOkResponse({ type: CampaignDashboardDto })
  @ApiErrors(404)
  async dashboard(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignDashboardDto> {
    const view = await this.campaigns.get(campaignId, actor);
    const [candidacies, completeness, responses] = await Promise.all([
      this.candidacies.countsOfCampaign(campaignId),
      this.entries.completenessOf(view),
      this.rankings.latestCounts(campaignId),
    ]);
    const next = nextScheduledTransition(view.campaign.state, scheduleOf(view.campaign));
    return {
      campaignId,
      state: view.campaign.state,
      nextTransition: next && { state: next.state, at: next.at.toISOString() },
      industries: industryRows(view.industryCodes, candidacies, completeness, responses),
      completeness: completeness.map((c) => CategoryCompletenessDto.from(c)),
    };
  }
}
