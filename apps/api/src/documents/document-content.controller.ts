import type { OutgoingHttpHeaders } from 'node:http';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DocumentsService } from '@app/documents';
import { Public } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { contentHeaders } from './content-headers';
import { DocumentContentQueryDto } from './document-content.dto';

/** The one document route of its own: the content behind a signed link. Uploads are their subject's routes. */
@ApiTags('documents')
@Controller('documents')
export class DocumentContentController {
  constructor(private readonly documents: DocumentsService) {}

  // Public: the signature is the credential, made for one reader and a few minutes by the lib that decided
  // that reader may see the document (an entry's members, organizers, its judges).
  @Get(':id/content')
  @Public()
  @ApiOperation({
    summary: "A document's content, through a signed link",
    description:
      'Open the `url` of a document link as it was given (it carries `reader`, `expires` and `signature`); ' +
      'it works for the reader it was signed for until it expires (5 minutes by default), and each download ' +
      'is in the audit log as `document.downloaded`. The type is the one sniffed from the bytes at upload; ' +
      'PDFs and raster images open in the browser (`Content-Disposition: inline`), anything else downloads.',
  })
  @ApiParam({ name: 'id', example: '5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream')
  @ApiOkResponse({
    description: 'The bytes, with the sniffed Content-Type and the uploaded file name',
    headers: {
      'Content-Disposition': {
        description: '`inline` for PDF and raster images, else `attachment`; the name per RFC 6266 and 5987',
        schema: { type: 'string', example: `inline; filename="report.pdf"; filename*=UTF-8''report.pdf` },
      },
    },
    content: {
      'application/pdf': {
        schema: { type: 'string', format: 'binary' },
        example: '%PDF-1.7 ...',
      },
    },
  })
  @ApiErrors(
    { 403: 'A link we signed whose time has passed (DOCUMENT_LINK_EXPIRED)' },
    {
      404: 'Any other link that does not open this document (DOCUMENT_NOT_FOUND)',
    },
  )
  async content(
    @Param('id') id: string,
    @Query() link: DocumentContentQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Fastify answers HEAD through this GET route: the headers of a valid link, no bytes, no download recorded.
    // Written raw: fastify would set Content-Length to 0 for the empty reply a HEAD gets.
    if (request.method === 'HEAD') {
      const headers = contentHeaders(await this.documents.inspect(id, link));
      reply.hijack();
      reply.raw.writeHead(200, { ...reply.getHeaders(), ...headers } as OutgoingHttpHeaders).end();
      return;
    }
    const { document, content } = await this.documents.download(id, link, {
      requestId: String(request.id),
      ip: request.ip ?? null,
    });
    await reply.headers(contentHeaders(document)).send(content);
  }
}
