import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AwardsService } from '@app/awards';
import type { Actor } from '@app/common';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { awardsCsv } from './awards-csv';
import {
  AnnouncementDto,
  AwardsExportDto,
  CategoryProposalDto,
  DecideWinnersDto,
  DecisionDto,
  ExportQueryDto,
} from './awards.dto';

/** Organizers turn rankings and round results into winners, confirm them, and announce them. */
@ApiTags('awards')
@Controller('campaigns/:campaignId')
@Roles('organizer')
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @Get('awards/proposals')
  @ApiOperation({
    summary: 'The proposed winners of every category, with their evidence and the current decision',
    description:
      'survey-benchmark: the winner set of the latest ranking snapshot per industry (single winner by the recorded ' +
      'tie-break when the category allows one); panel: the top of the final finalised round; combined: the ' +
      'published formula over both, gated by the minimum panel band.',
  })
  @ApiOkResponse({ type: [CategoryProposalDto] })
  @ApiErrors(404)
  async proposals(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CategoryProposalDto[]> {
    return (await this.awards.proposals(campaignId, actor)).map((p) => CategoryProposalDto.from(p));
  }

  @Get('awards/categories/:categoryId/decisions')
  @ApiOperation({
    summary: 'Every confirmation of a category, oldest first, each marked stale if evidence moved',
  })
  @ApiOkResponse({ type: [DecisionDto] })
  @ApiErrors(404)
  async decisions(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('categoryId') categoryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionDto[]> {
    return (await this.awards.history(campaignId, categoryId, actor)).map((d) => DecisionDto.from(d));
  }

  @Post('awards/categories/:categoryId/decisions')
  @ApiOperation({
    summary:
      'Confirm the proposed winners, or override them with a written justification (audited, published)',
    description:
      'Only while the campaign is deciding. The evidence hash freezes the confirmation: if the evidence changes ' +
      'later, the category must be confirmed again before the announcement.',
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiErrors(404, { 400: 'A field is wrong, named in details', 409: 'Not deciding, or the evidence changed' })
  async decide(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('categoryId') categoryId: string,
    @Body() body: DecideWinnersDto,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionDto> {
    return DecisionDto.from(await this.awards.decide(campaignId, categoryId, body, actor));
  }

  @Post('announcement')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Announce now: publish every category’s confirmed winners and move the campaign to announced',
    description:
      'Refused (409, with the reasons) unless the campaign is deciding and every category is confirmed on its ' +
      'current evidence. Announcing twice publishes once. The scheduled announcement job does the same at the ' +
      'campaign’s announcement time.',
  })
  @ApiOkResponse({ type: AnnouncementDto })
  @ApiErrors(404, 409)
  async announce(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AnnouncementDto> {
    return this.awards.announce(campaignId, actor);
  }

  @Get('awards/export')
  @ApiOperation({ summary: 'All proposals, decisions, rankings and round results, as JSON or CSV' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: AwardsExportDto })
  @ApiErrors(400, 404)
  async export(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: ExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AwardsExportDto | string> {
    const data = await this.awards.export(campaignId, actor);
    if (query.format !== 'csv') return data;
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${data.campaign.slug}-results.csv"`);
    return awardsCsv(data);
  }
}
