import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '@app/common';
import { CampaignsService } from '@app/campaigns';
import { RankingJobsService, RankingsReadService } from '@app/rankings';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { deliver } from '../public/public-delivery';
import { OverviewAnswers } from './overview-answers';
import {
  DataQualityReportDto,
  EnterpriseStandingDto,
  IndustryOverviewDto,
  RankingSnapshotDto,
  RecomputeAcceptedDto,
  SnapshotSummaryDto,
} from './rankings.dto';

/** Live rankings: organizers see everything; an enterprise only its own standing; the public nothing yet. */
@ApiTags('rankings')
@Controller('campaigns/:campaignId')
export class RankingsController {
  constructor(
    private readonly rankings: RankingsReadService,
    private readonly jobs: RankingJobsService,
    private readonly campaigns: CampaignsService,
    private readonly answers: OverviewAnswers,
  ) {}

  @Get('rankings')
  @Roles('organizer')
  @ApiOperation({ summary: 'Latest ranking of every industry: counts, winner set and industry aggregate' })
  @ApiOkResponse({ type: [IndustryOverviewDto] })
  @ApiErrors(404)
  async overview(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const version = await this.rankings.overviewVersion(campaignId, actor);
    let doc = this.answers.known(campaignId, version);
    if (!doc) {
      const overview = (await this.rankings.overview(campaignId, actor)).map((x) =>
        IndustryOverviewDto.from(x),
      );
      doc = this.answers.keep(campaignId, version, JSON.stringify(overview));
    }
    // Sent as bytes compressed once per version of the snapshots, with a strong ETag (a 304 to a workspace that
    // has it); private: it is the organizers' alone, and no-cache: the next snapshot changes it.
    await deliver(request, reply, doc, 'application/json; charset=utf-8', 'private, no-cache');
  }

  @Get('rankings/:industryCode')
  @Roles('organizer')
  @ApiOperation({
    summary: 'The latest ranking snapshot of one industry, with every enterprise’s figures and intervals',
  })
  @ApiOkResponse({ type: RankingSnapshotDto })
  @ApiErrors(404)
  async latest(
    @UuidParam('campaignId') campaignId: string,
    @Param('industryCode') industryCode: string,
    @CurrentActor() actor: Actor,
  ): Promise<RankingSnapshotDto> {
    return RankingSnapshotDto.from(await this.rankings.latest(campaignId, industryCode, actor));
  }

  @Get('rankings/:industryCode/snapshots')
  @Roles('organizer')
  @ApiOperation({ summary: 'Snapshot history of one industry, newest first' })
  @ApiOkResponse({ type: [SnapshotSummaryDto] })
  @ApiErrors(404)
  async history(
    @UuidParam('campaignId') campaignId: string,
    @Param('industryCode') industryCode: string,
    @CurrentActor() actor: Actor,
  ): Promise<SnapshotSummaryDto[]> {
    return (await this.rankings.history(campaignId, industryCode, actor)).map((x) =>
      SnapshotSummaryDto.from(x),
    );
  }

  @Get('ranking-snapshots/:snapshotId')
  @Roles('organizer')
  @ApiOperation({ summary: 'One ranking snapshot, as computed (immutable)' })
  @ApiOkResponse({ type: RankingSnapshotDto })
  @ApiErrors(404)
  async snapshot(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('snapshotId') snapshotId: string,
    @CurrentActor() actor: Actor,
  ): Promise<RankingSnapshotDto> {
    return RankingSnapshotDto.from(await this.rankings.byId(campaignId, snapshotId, actor));
  }

  @Get('data-quality')
  @Roles('organizer')
  @ApiOperation({ summary: 'Ingestion counts, exclusions by reason, soft flags and alerts per enterprise' })
  @ApiOkResponse({ type: DataQualityReportDto })
  @ApiErrors(404)
  dataQuality(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<DataQualityReportDto> {
    return this.rankings.dataQuality(campaignId, actor);
  }

  @Post('rankings/recompute')
  @HttpCode(202)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Rebuild the running totals from the stored responses and snapshot every industry',
    description:
      'The result equals the incremental totals exactly; the snapshots say source = full-recompute.',
  })
  @ApiAcceptedResponse({ type: RecomputeAcceptedDto })
  @ApiErrors(404, 503)
  async recompute(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<RecomputeAcceptedDto> {
    await this.campaigns.get(campaignId, actor); // 404 for an unknown campaign
    return { jobId: await this.jobs.requestRecompute(campaignId, actor) };
  }

  @Get('enterprises/:enterpriseId/standing')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'One enterprise’s own figures, rank and percentile in its industry',
    description:
      'Members of the enterprise see this and nothing of any other enterprise before the announcement.',
  })
  @ApiOkResponse({ type: EnterpriseStandingDto })
  @ApiErrors(404)
  async standing(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('enterpriseId') enterpriseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseStandingDto> {
    return EnterpriseStandingDto.from(await this.rankings.standing(campaignId, enterpriseId, actor));
  }
}
