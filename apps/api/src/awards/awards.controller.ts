import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AwardsService } from '@app/awards';
import type { Actor } from '@app/common';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { CSV_CONTENT_TYPE, exportFormatOf, sendExport, XLSX_TYPE } from '../http/table-export';
import { AWARDS_EXPORT_HEADER, awardsTable } from './awards-csv';
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
  @ApiOperation({
    summary: 'All proposals, decisions, rankings and round results, as JSON, CSV or XLSX',
    description:
      'JSON unless `format=csv`/`format=xlsx` or an `Accept` header naming text/csv or XLSX. CSV and XLSX hold ' +
      'the same table (numbers as numbers in XLSX; CSV in UTF-8 with a byte-order mark): a row per winner with ' +
      'its published figures, per ranked enterprise, and per round entrant, categories by English and Chinese name.',
  })
  @ApiProduces('application/json', CSV_CONTENT_TYPE, XLSX_TYPE)
  @ApiOkResponse({
    description: 'The export',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AwardsExportDto) } },
      [CSV_CONTENT_TYPE]: {
        schema: { type: 'string' },
        example: `${AWARDS_EXPORT_HEADER.join(',')}\r\nwinner,Customer Care Benchmark Enterprise,客户关怀标杆企业,,telecom,1,5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90,"Shenzhen Example Telecom Co., Ltd.",412,82.4,80.9,83.9,,,,true,false,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\r\n`,
      },
      [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiExtraModels(AwardsExportDto)
  @ApiErrors(400, 404)
  async export(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: ExportQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AwardsExportDto | StreamableFile> {
    const data = await this.awards.export(campaignId, actor);
    // JSON stays the default: only an Accept header that names a file format asks for the file
    const format =
      query.format ??
      (/text\/csv|spreadsheetml/.test(accept ?? '') ? exportFormatOf(undefined, accept) : 'json');
    if (format === 'json')
      return { ...data, categories: data.categories.map((c) => CategoryProposalDto.from(c)) };
    return sendExport(reply, awardsTable(data), format);
  }
}
