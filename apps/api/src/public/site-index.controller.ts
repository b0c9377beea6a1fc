import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicResultsService } from '@app/awards';
import { mailConfig } from '@app/config';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { CACHE_LISTING, deliver, Deliverable, deliverable } from './public-delivery';
import { IndexedCampaign, robotsTxt, sitemapXml } from './site-index';

const EXAMPLE_BASE = 'https://awards.example.org';
const SITEMAP_EXAMPLE = sitemapXml(EXAMPLE_BASE, [
  { slug: 'care-awards-2027', announcedAt: '2027-12-10T02:00:00.000Z', industryCodes: ['telecom'] },
]);

/**
 * robots.txt and sitemap.xml, for search engines: what to crawl, and every page of every announced campaign
 * with its Chinese version. Addresses are absolute, from PUBLIC_BASE_URL (the one emailed links start with).
 */
@ApiTags('public')
@Controller()
@Public()
export class SiteIndexController {
  private readonly robots: Deliverable;
  /** The last sitemap drawn, with what it was drawn from: it changes only at an announcement. */
  private sitemap: { from: string; doc: Deliverable } | null = null;

  constructor(
    private readonly results: PublicResultsService,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
  ) {
    this.robots = deliverable(robotsTxt(config.publicBaseUrl));
  }

  @Get('robots.txt')
  @ApiOperation({
    summary: 'Crawling rules: the public results are open; the workspaces and the private API are not',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'The rules, and where the sitemap is',
    schema: { type: 'string', example: robotsTxt(EXAMPLE_BASE) },
  })
  robotsTxt(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    deliver(request, reply, this.robots, 'text/plain; charset=utf-8', CACHE_LISTING);
  }

  @Get('sitemap.xml')
  @ApiOperation({
    summary: 'The sitemap: the home page and each announced campaign’s pages, in English and Chinese',
    description:
      'sitemaps.org 0.9 with `xhtml:link` alternates (hreflang en, zh-CN, x-default): the home page, and for ' +
      'each announced campaign its results page, methodology and industry pages, dated by the announcement. ' +
      'A campaign not yet announced is not in it.',
  })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'The sitemap', schema: { type: 'string', example: SITEMAP_EXAMPLE } })
  @ApiErrors(503)
  async sitemapXml(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    deliver(request, reply, await this.currentSitemap(), 'application/xml; charset=utf-8', CACHE_LISTING);
  }

  private async currentSitemap(): Promise<Deliverable> {
    const announced = await this.results.announced();
    const from = JSON.stringify(announced.map((c) => [c.slug, c.announcedAt]));
    if (this.sitemap?.from === from) return this.sitemap.doc;
    const campaigns: IndexedCampaign[] = [];
    for (const c of announced) {
      const { content } = await this.results.campaign(c.slug);
      campaigns.push({
        slug: c.slug,
        announcedAt: c.announcedAt,
        // Industries with a published ranking: an industry without one has no page.
        industryCodes: content.rankings.map((r) => r.industryCode),
      });
    }
    this.sitemap = { from, doc: deliverable(sitemapXml(this.config.publicBaseUrl, campaigns)) };
    return this.sitemap.doc;
  }
}
