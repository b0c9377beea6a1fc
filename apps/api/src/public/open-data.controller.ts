import { setBounded } from '@app/common';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicResultsService } from '@app/awards';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { CACHE_NOTHING, CACHE_PUBLISHED, deliver, Deliverable, deliverable } from './public-delivery';
import { figuresCsv, figuresJson } from './site/open-data';

/** Announced campaigns are one or two a year; each keeps its two files. */
const MAX_CACHED = 200;

/**
 * Each announced campaign's published figures as files anyone may download, check and reuse: built once from
 * the frozen publication, so they hold the same numbers as the pages. 404 before the announcement, exactly as
 * for a campaign that does not exist.
 */
@ApiTags('public')
@Controller('results/:slug')
@Public()
export class OpenDataController {
  private readonly files = new Map<string, Deliverable>();

  constructor(private readonly results: PublicResultsService) {}

  @Get('figures.csv')
  @ApiOperation({
    summary: 'An announced campaign’s rankings as CSV (open data)',
    description:
      'One row per published enterprise and industry: rank, reference, names in English and Chinese, eligibility, n, ' +
      'CSI, CLI and NPS with their 95 % intervals, the benchmark award, methodology version and checksum, and ' +
      'generated_at (the announcement). UTF-8 with a byte-order mark.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV',
    schema: {
      type: 'string',
      example:
        'campaign,industry_code,industry_name,industry_name_zh,rank,enterprise_ref,enterprise_name,enterprise_name_zh,eligibility,n,csi,csi_low,csi_high,cli,cli_low,cli_high,nps,nps_low,nps_high,benchmark_award,methodology_version,methodology_checksum,generated_at\r\n' +
        'care-awards-2027,telecom,Telecommunications,通信,1,k3v9q2m7x1ab,Shenzhen Harbour Telecom Co. Ltd.,深圳港湾电信有限公司,ranked,412,84.2,82.9,85.5,79.1,77.6,80.6,38.5,30.2,46.8,winner,csi-2026.1,9f2c…,2027-12-10T02:00:00.000Z\r\n',
    },
  })
  @ApiErrors(404)
  async csv(@Param('slug') slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    // Set before the lookup, so a 404 (not announced yet) is never kept by a cache either.
    void reply.header('cache-control', CACHE_NOTHING);
    const file = await this.file(slug, 'csv', figuresCsv);
    void reply.header('content-disposition', `attachment; filename="${slug}-figures.csv"`);
    await deliver(request, reply, file, 'text/csv; charset=utf-8', CACHE_PUBLISHED);
  }

  @Get('figures.json')
  @ApiOperation({
    summary: 'An announced campaign’s complete publication as a JSON file (open data)',
    description:
      'The publication the public API serves (winners, rankings with intervals and data quality, methodology and ' +
      'parameters) under a header: format, generatedAt (the announcement), methodologyVersion, methodologyChecksum.',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        format: 'care-awards-figures/1',
        generatedAt: '2027-12-10T02:00:00.000Z',
        methodologyVersion: 'csi-2026.1',
        methodologyChecksum: '9f2c…',
        publication: { campaign: { slug: 'care-awards-2027' }, rankings: [] },
      },
    },
  })
  @ApiErrors(404)
  async json(@Param('slug') slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    void reply.header('cache-control', CACHE_NOTHING);
    const file = await this.file(slug, 'json', figuresJson);
    void reply.header('content-disposition', `attachment; filename="${slug}-figures.json"`);
    await deliver(request, reply, file, 'application/json; charset=utf-8', CACHE_PUBLISHED);
  }

  private async file(slug: string, kind: string, build: typeof figuresCsv): Promise<Deliverable> {
    const key = `${slug}\n${kind}`;
    const kept = this.files.get(key);
    if (kept) return kept;
    // Throws the public API's 404 for an unknown or unannounced campaign, before anything is built.
    const file = deliverable(build((await this.results.campaign(slug)).content));
    setBounded(this.files, key, file, MAX_CACHED);
    return file;
  }
}
