import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicResultsService } from '@app/awards';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { CACHE_LISTING, CACHE_NOTHING, CACHE_PUBLISHED, deliver } from './public-delivery';
import { PublishedResponses } from './published-responses';

const JSON_TYPE = 'application/json; charset=utf-8';

const PUBLICATION_EXAMPLE = {
  campaign: {
    slug: 'care-awards-2027',
    name: 'Customer Care Awards 2027',
    nameZh: '2027 客户关怀奖',
    year: 2027,
    descriptionEn: 'The yearly customer-care awards.',
    descriptionZh: '年度客户关怀奖项。',
    announcedAt: '2027-12-10T02:00:00.000Z',
  },
  methodology: {
    version: 'csi-2026.1',
    parameters: { confidence: 0.95, alpha: 0.05, displayDecimals: 1 },
    checksum: '3b0c6f0e8f1d2a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b',
    rules: { minResponsesRanked: 100, minResponsesListed: 30, jointWinnersOnTie: true },
    overrides: [],
  },
  industries: [{ code: 'telecom', name: 'Telecommunications', nameZh: '通信' }],
  categories: [
    {
      name: 'Customer Care Benchmark Enterprise',
      nameZh: '客户关怀标杆企业',
      kind: 'survey-benchmark',
      perIndustry: true,
      maxWinners: 3,
      rule: 'Per industry, the leader by CSI plus every enterprise not significantly below it',
      overridden: false,
      justification: null,
      groups: [
        {
          industryCode: 'telecom',
          winners: [
            {
              name: 'Shenzhen Harbour Telecom Co., Ltd.',
              nameZh: '深圳港湾电信有限公司',
              ref: 'k3v9q2m7x1ab',
              figures: { n: 412, csi: 84.2, csiLow: 82.9, csiHigh: 85.5 },
              certificateCode: 'K7Q2-9XMB-4T1D-H8VR',
            },
          ],
          noWinnerReason: null,
        },
      ],
    },
  ],
  rankings: [
    {
      industryCode: 'telecom',
      snapshotId: '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f',
      dataQuality: {
        enterprises: 52,
        ranked: 48,
        indicative: 3,
        notPublished: 1,
        received: 83120,
        duplicates: 812,
        stored: 82308,
        excluded: {
          'too-few-satisfaction-items': 160,
          'too-many-missing': 95,
          'soft-flags': 240,
          speeding: 410,
        },
        valid: 81403,
      },
      entries: [
        {
          rank: 1,
          ref: 'k3v9q2m7x1ab',
          name: 'Shenzhen Harbour Telecom Co., Ltd.',
          nameZh: '深圳港湾电信有限公司',
          eligibility: 'ranked',
          n: 412,
          csi: 84.2,
          csiLow: 82.9,
          csiHigh: 85.5,
          cli: 79.1,
          cliLow: 77.6,
          cliHigh: 80.6,
          nps: 38.5,
          npsLow: 30.2,
          npsHigh: 46.8,
        },
      ],
    },
  ],
};

/**
 * The public results API: no account, only what was published at an announcement. Bodies are serialised once
 * and served with an ETag; an unknown campaign and an unannounced one give the same 404, byte for byte.
 */
@ApiTags('public')
@Controller('public')
@Public()
export class PublicResultsController {
  constructor(
    private readonly results: PublicResultsService,
    private readonly responses: PublishedResponses,
  ) {}

  @Get('campaigns')
  @ApiOperation({ summary: 'Announced campaigns, newest first (revalidated by ETag on every use)' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        items: [
          {
            slug: 'care-awards-2027',
            name: 'Customer Care Awards 2027',
            nameZh: null,
            year: 2027,
            categories: 2,
            announcedAt: '2027-12-10T02:00:00.000Z',
          },
        ],
      },
    },
  })
  async campaigns(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await deliver(request, reply, await this.results.list(), JSON_TYPE, CACHE_LISTING);
  }

  @Get('campaigns/:slug')
  @ApiOperation({
    summary: 'An announced campaign’s results: winners per category and industry, rankings, methodology',
    description:
      'Rankings list ranked and indicative enterprises (names in English and Chinese, a stable reference) with ' +
      "figures rounded to one decimal and 95 % intervals, and each industry's data-quality counts. " +
      'Overrides are listed with their justification. 404 until the announcement, whether or not the campaign exists.',
  })
  @ApiOkResponse({ schema: { type: 'object', example: PUBLICATION_EXAMPLE } })
  @ApiErrors(404)
  async campaign(
    @Param('slug') slug: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Set before the lookup, so a 404 (not announced yet) is never kept by a cache either.
    void reply.header('cache-control', CACHE_NOTHING);
    const doc = await this.results.campaign(slug);
    await deliver(request, reply, doc, JSON_TYPE, CACHE_PUBLISHED);
    this.responses.remember(request, doc, JSON_TYPE);
  }

  @Get('certificates/:code')
  @ApiOperation({ summary: 'Verify a winner’s certificate by its code (case and dashes do not matter)' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        valid: true,
        code: 'K7Q2-9XMB-4T1D-H8VR',
        campaign: { slug: 'care-awards-2027', name: 'Customer Care Awards 2027', year: 2027 },
        category: { name: 'Customer Care Benchmark Enterprise', nameZh: '客户关怀标杆企业' },
        industry: { code: 'telecom', name: 'Telecommunications', nameZh: '通信' },
        enterprise: 'Shenzhen Harbour Telecom Co., Ltd.',
        figures: { n: 412, csi: 84.2, csiLow: 82.9, csiHigh: 85.5 },
        jointWinners: false,
        announcedAt: '2027-12-10T02:00:00.000Z',
        issuedAt: '2027-12-10T02:00:00.000Z',
      },
    },
  })
  @ApiErrors({ 404: 'Not a code Care Awards issued' })
  async certificate(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await deliver(request, reply, await this.results.certificate(code), JSON_TYPE, CACHE_PUBLISHED);
  }
}
