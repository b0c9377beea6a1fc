import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CampaignsService } from '@app/campaigns';
import type { Actor } from '@app/common';
import { CandidaciesService } from '@app/enterprises';
import { EntriesService } from '@app/entries';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { CSV_CONTENT_TYPE, exportFormatOf, sendExport, XLSX_TYPE } from '../http/table-export';
import { CANDIDACIES_EXPORT_HEADER, candidacyExportRows } from './candidacies-csv';
import {
  CandidacyPageDto,
  CandidacyResponseDto,
  DecideCandidacyDto,
  EnterCandidacyDto,
  ExportCandidaciesQueryDto,
  ListCandidaciesQueryDto,
} from './candidacies.dto';

const EXPORT_PAGE = 1000;

@ApiTags('candidacies')
@Controller()
export class CandidaciesController {
  constructor(
    private readonly candidacies: CandidaciesService,
    private readonly campaigns: CampaignsService,
    private readonly entries: EntriesService,
  ) {}

  @Post('campaigns/:campaignId/candidacies')
  @Roles('enterprise')
  @ApiOperation({
    summary: 'Enter your verified enterprise in a category while registration is open',
    description:
      'Free: no fee and no sponsor relation exists. One candidacy per enterprise and category; a withdrawn one is resubmitted.',
  })
  @ApiCreatedResponse({ type: CandidacyResponseDto })
  @ApiErrors(404, {
    409: 'Registration closed, profile not verified, industry out of scope, or already entered',
    422: 'The category is not in this campaign',
  })
  async enter(
    @UuidParam('campaignId') campaignId: string,
    @Body() dto: EnterCandidacyDto,
    @CurrentActor() actor: Actor,
  ): Promise<CandidacyResponseDto> {
    return CandidacyResponseDto.from(
      await this.candidacies.enter(campaignId, dto.categoryId, dto.enterpriseId, actor),
    );
  }

  @Get('campaigns/:campaignId/candidacies')
  @Roles('organizer', 'enterprise')
  @ApiOperation({
    summary: 'Candidacies of a campaign with counts per industry (enterprise users: their own)',
  })
  @ApiOkResponse({ type: CandidacyPageDto })
  @ApiErrors(404)
  async list(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: ListCandidaciesQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<CandidacyPageDto> {
    const { categoryId, industryCode, state } = query;
    const page = await this.candidacies.list(
      campaignId,
      { categoryId, industryCode, state },
      query.toPageRequest(),
      actor,
    );
    return { ...page, items: page.items.map((c) => CandidacyResponseDto.from(c)) };
  }

  @Get('campaigns/:campaignId/candidacies/export')
  @Roles('organizer')
  @ApiOperation({
    summary: 'All candidacies of a campaign as CSV or XLSX (same filters as the list)',
    description:
      'CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese) unless `format=xlsx` or an ' +
      '`Accept` header naming XLSX; the same columns in both, categories by name in English and Chinese.',
  })
  @ApiProduces(CSV_CONTENT_TYPE, XLSX_TYPE)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      [CSV_CONTENT_TYPE]: {
        schema: { type: 'string' },
        example: `${CANDIDACIES_EXPORT_HEADER.join(',')}\r\n9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a,Customer Care Benchmark Enterprise,客户关怀标杆企业,7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d,5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90,"Shenzhen Example Telecom Co., Ltd.",telecom,approved,,2027-01-20T03:00:00.000Z,2027-01-15T03:00:00.000Z\r\n`,
      },
      [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors(400, 404)
  async export(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: ExportCandidaciesQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { categoryId, industryCode, state } = query;
    const filter = { categoryId, industryCode, state };
    const pageOf = (page: number) =>
      this.candidacies.list(campaignId, filter, { page, pageSize: EXPORT_PAGE }, actor);
    // The first page is read before any byte is sent, so an unknown campaign is still a 404.
    const first = await pageOf(1);
    const view = await this.campaigns.get(campaignId, actor);
    const categories = new Map(
      view.categories.map((k) => [k.id, { name: k.name, nameZh: k.nameZh ?? null }]),
    );
    // Written a page at a time: a campaign of any size is never held whole in memory.
    async function* rows() {
      let chunk = first;
      for (let page = 1; ;) {
        yield candidacyExportRows(
          chunk.items.map((c) => CandidacyResponseDto.from(c)),
          categories,
        );
        if (chunk.items.length < EXPORT_PAGE) return;
        chunk = await pageOf(++page);
      }
    }
    return sendExport(
      reply,
      { name: `${view.campaign.slug}-candidacies`, header: CANDIDACIES_EXPORT_HEADER, rows: rows() },
      exportFormatOf(query.format, accept),
    );
  }

  @Post('candidacies/:id/decision')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Approve or reject a submitted candidacy (a rejection needs a reason)',
    description: 'A category with an entry form is approved only once the entry is submitted.',
  })
  @ApiOkResponse({ type: CandidacyResponseDto })
  @ApiErrors(404, { 409: 'Not submitted, or its entry form not submitted (ENTRY_NOT_SUBMITTED)' })
  async decide(
    @UuidParam('id') id: string,
    @Body() dto: DecideCandidacyDto,
    @CurrentActor() actor: Actor,
  ): Promise<CandidacyResponseDto> {
    // Composed here: entries reads candidacies, so candidacies cannot ask entries. A submitted entry never
    // goes back to draft, so the answer cannot change between this check and the decision.
    if (dto.decision === 'approved') await this.entries.assertApprovable(id, actor);
    return CandidacyResponseDto.from(
      await this.candidacies.decide(id, dto.decision, dto.reason ?? null, actor),
    );
  }

  @Post('candidacies/:id/withdraw')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Withdraw your candidacy while registration is open' })
  @ApiOkResponse({ type: CandidacyResponseDto })
  @ApiErrors(404, { 409: 'Registration closed, or already withdrawn or rejected' })
  async withdraw(@UuidParam('id') id: string, @CurrentActor() actor: Actor): Promise<CandidacyResponseDto> {
    return CandidacyResponseDto.from(await this.candidacies.withdraw(id, actor));
  }
}
