import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@app/common';
import { PublicResultsService } from '@app/awards';
import { Public } from '../auth/access.decorators';
import { campaignPage, certificatePage, homePage, Lang, langOf, notFoundPage } from './pages';
import {
  CACHE_LISTING,
  CACHE_NOTHING,
  CACHE_PUBLISHED,
  deliver,
  Deliverable,
  deliverable,
} from './public-delivery';

const HTML_TYPE = 'text/html; charset=utf-8';
const HTML_EXAMPLE = {
  description: 'An HTML page',
  schema: { type: 'string', example: '<!doctype html><html lang="en">…</html>' },
};
const LANG_QUERY = {
  name: 'lang',
  required: false,
  enum: ['en', 'zh'],
  description: 'English (default) or Chinese',
};

/** Campaign pages are drawn once per language and kept: what they show was frozen at the announcement. */
const MAX_CACHED_PAGES = 400;

/**
 * The public web pages, drawn on the server: no script, no request to any other host. Before a campaign is
 * announced its page is the same "not found" page as for an address that never existed.
 */
@ApiTags('public')
@Controller()
@Public()
export class PublicPageController {
  private readonly pages = new Map<string, Deliverable>();

  constructor(private readonly results: PublicResultsService) {}

  @Get()
  @ApiOperation({ summary: 'The public home page (HTML): announced campaigns' })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  async home(@Query('lang') lang: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const announced = await this.results.announced();
    await deliver(request, reply, deliverable(homePage(announced, langOf(lang))), HTML_TYPE, CACHE_LISTING);
  }

  @Get('results/:slug')
  @ApiOperation({
    summary: 'An announced campaign’s results page (HTML): winners, CSI charts with intervals, methodology',
  })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(HTML_EXAMPLE)
  async campaign(
    @Param('slug') slug: string,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    await this.page(request, reply, l, 'campaign', async () => {
      const key = `${slug}\n${l}`;
      const cached = this.pages.get(key);
      if (cached) return cached;
      const page = deliverable(campaignPage((await this.results.campaign(slug)).content, l));
      if (this.pages.size >= MAX_CACHED_PAGES) this.pages.delete(this.pages.keys().next().value as string);
      this.pages.set(key, page);
      return page;
    });
  }

  @Get('certificates/:code')
  @ApiOperation({ summary: 'A winner’s certificate page (HTML); its code proves it was issued here' })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(HTML_EXAMPLE)
  async certificate(
    @Param('code') code: string,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    await this.page(request, reply, l, 'certificate', async () => {
      const cert = (await this.results.certificate(code)).content;
      return deliverable(certificatePage(cert, l));
    });
  }

  private async page(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    what: 'campaign' | 'certificate',
    draw: () => Promise<Deliverable>,
  ) {
    try {
      await deliver(request, reply, await draw(), HTML_TYPE, CACHE_PUBLISHED);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'not-found') throw error;
      await deliver(request, reply, deliverable(notFoundPage(lang, what)), HTML_TYPE, CACHE_NOTHING, 404);
    }
  }
}
