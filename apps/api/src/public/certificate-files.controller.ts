import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CertificateContent, etagOf, PublicResultsService } from '@app/awards';
import { DomainError, setBounded } from '@app/common';
import { mailConfig, type MailConfig } from '@app/config';
import { Public } from '../auth/access.decorators';
import { ErrorResponseDto } from '../docs/error-response.dto';
import { ERROR_CODES } from '../http/error-codes';
import { certificatePdf } from './certificate-pdf';
import { CACHE_NOTHING, CACHE_PUBLISHED, deliver, type Deliverable, deliverable } from './public-delivery';
import { type BadgeLang, winnerBadge } from './winner-badge';

const PDF_TYPE = 'application/pdf';
const SVG_TYPE = 'image/svg+xml; charset=utf-8';

/** A certificate never changes, so its PDF is drawn once; this bounds the memory (about 30 kB each). */
const MAX_CACHED_PDFS = 500;

const CODE_PARAM = {
  name: 'code',
  description: 'The certificate’s verification code (case and dashes do not matter)',
  example: 'K7Q2-9XMB-4T1D-H8VR',
};

/** The JSON error body, even on routes whose success is a file. */
const NOT_FOUND = {
  description:
    'Not a code Care Awards issued, or not a code at all: the same answer for both, and for every code before its ' +
    'campaign’s announcement (no certificate exists until then).',
  content: {
    'application/json': {
      schema: { $ref: getSchemaPath(ErrorResponseDto) },
      example: {
        statusCode: 404,
        error: 'Not Found',
        code: 'CERTIFICATE_NOT_FOUND',
        message: 'No certificate has this code: it was not issued by Care Awards',
        requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      },
    },
  },
};

function badgeLangOf(lang: string | undefined): BadgeLang {
  if (lang === undefined || lang === '') return 'both';
  // Compared, not looked up: `?lang=toString` must be a 400, not a function found on an object's prototype.
  if (lang === 'en' || lang === 'zh') return lang;
  throw new DomainError('invalid', ERROR_CODES.validationFailed, { en: 'Invalid: lang', zh: '无效：lang' }, [
    {
      field: 'lang',
      message: { en: 'must be en or zh, or left out for both', zh: '须为 en 或 zh，或省略（两种语言）' },
    },
  ]);
}

/**
 * A winner's certificate as files: a PDF to print and an SVG badge for the winner's own site, both public and
 * both from the certificate frozen at the announcement. An unknown code, a malformed one and (since no
 * certificate exists before it) any code before the announcement answer with the same JSON 404 as
 * `GET /public/certificates/{code}`.
 */
@ApiTags('public')
@ApiExtraModels(ErrorResponseDto)
@Controller('certificates/:code')
@Public()
export class CertificateFilesController {
  private readonly pdfs = new Map<string, Promise<Deliverable>>();

  constructor(
    private readonly results: PublicResultsService,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  @Get('certificate.pdf')
  @ApiOperation({
    summary: 'A winner’s certificate as a printable PDF: one A4 landscape page in Chinese and English',
    description:
      'With the published figures, the announcement date, the code and a QR code to the verification page. The ' +
      'same certificate always gives the same bytes, so its strong ETag answers a revalidation with 304.',
  })
  @ApiParam(CODE_PARAM)
  @ApiProduces(PDF_TYPE)
  @ApiOkResponse({
    description: 'The PDF, shown inline (content-disposition names it care-awards-certificate-<code>.pdf)',
    content: { [PDF_TYPE]: { schema: { type: 'string', format: 'binary' }, example: '%PDF-1.3 …' } },
  })
  @ApiNotFoundResponse(NOT_FOUND)
  async pdf(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    // Until a document is sent, any answer (the 404 the error filter writes) must not be kept.
    void reply.header('cache-control', CACHE_NOTHING);
    const certificate = (await this.results.certificate(code)).content;
    const pdf = await this.pdfOf(certificate);
    void reply.header(
      'content-disposition',
      `inline; filename="care-awards-certificate-${certificate.code}.pdf"`,
    );
    await deliver(request, reply, pdf, PDF_TYPE, CACHE_PUBLISHED);
  }

  @Get('badge.svg')
  @ApiOperation({
    summary: 'A winner’s badge (SVG, 240 x 96) to show on its own site, linked to the certificate',
    description:
      'Says winner, the category, the industry and the year, with the certificate’s code. Served with ' +
      '`Cross-Origin-Resource-Policy: cross-origin`, so any site may show it in an `<img>`; wrap it in a link to ' +
      '`/certificates/{code}` so that it opens the verification page.',
  })
  @ApiParam(CODE_PARAM)
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: ['en', 'zh'],
    description: 'English or Chinese; both when left out',
  })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description: 'The badge',
    content: {
      'image/svg+xml': {
        schema: { type: 'string' },
        example: '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="96" …>…</svg>',
      },
    },
  })
  @ApiBadRequestResponse({
    description: '`lang` is neither en nor zh',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } },
  })
  @ApiNotFoundResponse(NOT_FOUND)
  async badge(
    @Param('code') code: string,
    @Query('lang') lang: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    void reply.header('cache-control', CACHE_NOTHING);
    const l = badgeLangOf(lang);
    const certificate = (await this.results.certificate(code)).content;
    const svg = winnerBadge(certificate, this.verificationUrl(certificate), l);
    // Helmet answers same-origin for every response; a badge is made to be shown by other sites.
    void reply.header('cross-origin-resource-policy', 'cross-origin');
    await deliver(request, reply, deliverable(svg), SVG_TYPE, CACHE_PUBLISHED);
  }

  private verificationUrl(certificate: CertificateContent): string {
    return `${this.config.publicBaseUrl}/certificates/${certificate.code}`;
  }

  /** Drawn once per certificate; two first requests at once share the drawing. */
  private pdfOf(certificate: CertificateContent): Promise<Deliverable> {
    const cached = this.pdfs.get(certificate.code);
    if (cached) return cached;
    const drawing = certificatePdf(certificate, this.verificationUrl(certificate)).then((body) => ({
      body,
      etag: etagOf(body),
    }));
    setBounded(this.pdfs, certificate.code, drawing, MAX_CACHED_PDFS);
    // A failed drawing is not kept: the next request tries again.
    void drawing.catch(() => this.pdfs.delete(certificate.code));
    return drawing;
  }
}
