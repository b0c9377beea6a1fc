import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mailConfig, type MailConfig } from '@app/config';
import { DomainError, setBounded } from '@app/common';
import { Publication, PublicResultsService } from '@app/awards';
import { Public } from '../auth/access.decorators';
import {
  CACHE_LISTING,
  CACHE_NOTHING,
  CACHE_PUBLISHED,
  deliver,
  Deliverable,
  deliverable,
} from './public-delivery';
import { PublishedResponses } from './published-responses';
import { campaignPage } from './site/campaign-page';
import { certificatePage } from './site/certificate-page';
import { enterprisePage } from './site/enterprise-page';
import { homePage } from './site/home-page';
import { industryPage, metricOf } from './site/industry-page';
import { methodologyPage } from './site/methodology-page';
import { notFoundPage } from './site/not-found-page';
import { enterpriseByRef, ranking } from './site/publication-reading';
import { searchPage } from './site/search-page';
import { Lang, langOf } from './site/site-text';

const HTML_TYPE = 'text/html; charset=utf-8';
const HTML_EXAMPLE = {
  description: 'An HTML page',
  schema: { type: 'string', example: '<!doctype html><html lang="en">…</html>' },
};
const NOT_FOUND_EXAMPLE = {
  description: 'The same "not found" page for an unknown address and one not announced yet',
  schema: { type: 'string', example: '<!doctype html><html lang="en">…<h1>Not found</h1>…</html>' },
};
const LANG_QUERY = {
  name: 'lang',
  required: false,
  enum: ['en', 'zh'],
  description: 'English (default) or Chinese',
};
const REF = /^[0-9a-z]{12}$/;
const MAX_QUERY = 100;

/**
 * Pages drawn from a publication, kept in memory with their compressed bytes: a publication never changes, so
 * neither does a page drawn from it. Bounded, least recently used first out: the demo campaign has about
 * 1,400 pages (600 enterprises and 36 industry views, in two languages).
 */
const MAX_CACHED_PAGES = 4000;

/** Thrown inside a page's drawing when the publication exists but the address in it does not. */
const notFound = () =>
  new DomainError('not-found', 'public-page-not-found', { en: 'not found', zh: '未找到' });

/**
 * The public web pages, drawn on the server: no script, no request to any other host. Before a campaign is
 * announced every address under it is the same "not found" page as for an address that never existed.
 */
@ApiTags('public')
@Controller()
@Public()
export class PublicPageController {
  private readonly pages = new Map<string, Deliverable>();

  constructor(
    private readonly results: PublicResultsService,
    private readonly responses: PublishedResponses,
    // The base of every absolute link the platform writes, the mails' included: canonical and sharing tags.
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  private get baseUrl() {
    return this.config.publicBaseUrl;
  }

  @Get()
  @ApiOperation({ summary: 'The public home page (HTML): announced campaigns' })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  async home(@Query('lang') lang: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const announced = await this.results.announced();
    const page = deliverable(homePage(announced, langOf(lang), this.baseUrl));
    await deliver(request, reply, page, HTML_TYPE, CACHE_LISTING);
  }

  @Get('results/:slug')
  @ApiOperation({
    summary: 'An announced campaign’s page (HTML): winners of each award, the industries, search, open data',
  })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(NOT_FOUND_EXAMPLE)
  async campaign(
    @Param('slug') slug: string,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    await this.published(request, reply, l, `${slug}\n${l}`, slug, (p) => campaignPage(p, l, this.baseUrl));
  }

  @Get('results/:slug/industries/:code')
  @ApiOperation({
    summary:
      'One industry’s ranking (HTML): a dot-and-interval chart of CSI, CLI or NPS, the table, data quality',
  })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiQuery({
    name: 'metric',
    required: false,
    enum: ['csi', 'cli', 'nps'],
    description: 'The figure charted (CSI by default)',
  })
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(NOT_FOUND_EXAMPLE)
  async industry(
    @Param('slug') slug: string,
    @Param('code') code: string,
    @Query('lang') lang: string,
    @Query('metric') metric: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    const m = metricOf(metric);
    await this.published(request, reply, l, `${slug}\nindustry\n${code}\n${m}\n${l}`, slug, (p) => {
      const r = ranking(p, code);
      if (!r) throw notFound();
      return industryPage(p, r, m, l, this.baseUrl);
    });
  }

  @Get('results/:slug/enterprises/:ref')
  @ApiOperation({
    summary: 'One enterprise’s published result (HTML), at a stable address: its figures, rank and awards',
  })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(NOT_FOUND_EXAMPLE)
  async enterprise(
    @Param('slug') slug: string,
    @Param('ref') ref: string,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    await this.published(request, reply, l, `${slug}\nenterprise\n${ref}\n${l}`, slug, (p) => {
      const found = REF.test(ref) ? enterpriseByRef(p, ref) : null;
      if (!found) throw notFound();
      return enterprisePage(p, found, l, this.baseUrl);
    });
  }

  @Get('results/:slug/methodology')
  @ApiOperation({
    summary: 'The campaign’s methodology (HTML): prose, parameters with meanings, checksum, data quality',
  })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(NOT_FOUND_EXAMPLE)
  async methodology(
    @Param('slug') slug: string,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    await this.published(request, reply, l, `${slug}\nmethodology\n${l}`, slug, (p) =>
      methodologyPage(p, l, this.baseUrl),
    );
  }

  @Get('results/:slug/search')
  @ApiOperation({
    summary: 'Search a campaign’s published enterprises by English or Chinese name, in an industry (HTML)',
  })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiQuery({
    name: 'q',
    required: false,
    description: 'Part of the name; case, width and spaces do not matter',
    example: 'harbour',
  })
  @ApiQuery({
    name: 'industry',
    required: false,
    description: 'An industry code of the campaign',
    example: 'telecom',
  })
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(NOT_FOUND_EXAMPLE)
  async search(
    @Param('slug') slug: string,
    @Query('q') q: unknown,
    @Query('industry') industry: unknown,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    const query = typeof q === 'string' ? q.slice(0, MAX_QUERY) : '';
    await this.respond(
      request,
      reply,
      l,
      'campaign',
      async () => {
        const p = (await this.results.campaign(slug)).content;
        // An industry the campaign does not have is no filter: the search covers every industry.
        const code = typeof industry === 'string' && ranking(p, industry) ? industry : null;
        return deliverable(searchPage(p, query, code, l, this.baseUrl));
      },
      CACHE_LISTING,
    );
  }

  @Get('certificates/:code')
  @ApiOperation({ summary: 'A winner’s certificate page (HTML); its code proves it was issued here' })
  @ApiProduces('text/html')
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse(HTML_EXAMPLE)
  @ApiNotFoundResponse(NOT_FOUND_EXAMPLE)
  async certificate(
    @Param('code') code: string,
    @Query('lang') lang: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const l = langOf(lang);
    await this.respond(request, reply, l, 'certificate', async () => {
      const cert = (await this.results.certificate(code)).content;
      const key = `certificate\n${cert.code}\n${l}`;
      return this.kept(key) ?? this.keep(key, certificatePage(cert, l, this.baseUrl));
    });
  }

  /** A page drawn from an announced campaign's publication, drawn once and kept. */
  private published(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    key: string,
    slug: string,
    draw: (p: Publication) => string,
  ) {
    return this.respond(request, reply, lang, 'campaign', async () => {
      // Only pages of announced campaigns are ever kept, so a kept page is one the public may see.
      const kept = this.kept(key);
      if (kept) return kept;
      return this.keep(key, draw((await this.results.campaign(slug)).content));
    });
  }

  /** A kept page, moved to the end as the most recently used. */
  private kept(key: string): Deliverable | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  private keep(key: string, text: string): Deliverable {
    const page = deliverable(text);
    setBounded(this.pages, key, page, MAX_CACHED_PAGES);
    return page;
  }

  private async respond(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    what: 'campaign' | 'certificate',
    draw: () => Promise<Deliverable>,
    cacheControl = CACHE_PUBLISHED,
  ) {
    try {
      const doc = await draw();
      await deliver(request, reply, doc, HTML_TYPE, cacheControl);
      // A published page is the same for every visitor from now on: the next ones are answered from memory.
      if (cacheControl === CACHE_PUBLISHED) this.responses.remember(request, doc, HTML_TYPE);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'not-found') throw error;
      const page = deliverable(notFoundPage(lang, what, this.baseUrl));
      await deliver(request, reply, page, HTML_TYPE, CACHE_NOTHING, 404);
    }
  }
}
