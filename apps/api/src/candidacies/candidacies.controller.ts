import { Body, Controller, Get, Header, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { Actor } from '@app/common';
import { CandidaciesService } from '@app/enterprises';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { UuidParam } from '../http/uuid-param';
import { CANDIDACIES_CSV_HEADER, candidaciesCsvRows } from './candidacies-csv';
import {
  CandidacyPageDto,
  CandidacyResponseDto,
  DecideCandidacyDto,
  EnterCandidacyDto,
  ListCandidaciesQueryDto,
} from './candidacies.dto';

const EXPORT_PAGE = 1000;

@ApiTags('candidacies')
@Controller()
export class CandidaciesController {
  constructor(private readonly candidacies: CandidaciesService) {}

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
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'All candidacies of a campaign as CSV (same filters as the list)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    schema: {
      type: 'string',
      example:
        'id,categoryId,enterpriseId,enterpriseName,industryCode,state,decisionReason,decidedAt,createdAt\r\n',
    },
  })
  @ApiErrors(400)
  async export(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: ListCandidaciesQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const { categoryId, industryCode, state } = query;
    const filter = { categoryId, industryCode, state };
    const pageOf = (page: number) =>
      this.candidacies.list(campaignId, filter, { page, pageSize: EXPORT_PAGE }, actor);
    // The first page is read before any byte is sent, so an unknown campaign is still a 404.
    const first = await pageOf(1);
    // Written a page at a time: a campaign of any size is never held whole in memory.
    async function* lines() {
      yield CANDIDACIES_CSV_HEADER;
      let chunk = first;
      for (let page = 1; ;) {
        yield candidaciesCsvRows(chunk.items.map((c) => CandidacyResponseDto.from(c)));
        if (chunk.items.length < EXPORT_PAGE) return;
        chunk = await pageOf(++page);
      }
    }
    return new StreamableFile(Readable.from(lines()));
  }

  @Post('candidacies/:id/decision')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({ summary: 'Approve or reject a submitted candidacy (a rejection needs a reason)' })
  @ApiOkResponse({ type: CandidacyResponseDto })
  @ApiErrors(404, { 409: 'Not submitted' })
  async decide(
    @UuidParam('id') id: string,
    @Body() dto: DecideCandidacyDto,
    @CurrentActor() actor: Actor,
  ): Promise<CandidacyResponseDto> {
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
