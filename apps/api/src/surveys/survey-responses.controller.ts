import {
  Body,
  Controller,
  Get,
  Header,
  Post,
  Query,
  Req,
  StreamableFile,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { Actor, LocalizedFieldProblem } from '@app/common';
import { IngestionService, MAX_BATCH_ROWS, Submission, SurveyImportsService } from '@app/surveys';
import {
  AuthenticatedRequest,
  CurrentActor,
  CurrentPartnerKey,
  SurveyPartnerAccess,
} from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { csvLine } from '../http/csv';
import { HttpMessages, localizedException } from '../http/http-messages';
import { PageQueryDto } from '../http/page-query.dto';
import { IngestionRateLimit } from '../http/ingestion-rate-limit';
import { LARGE_BODY } from '../http/large-body';
import { UuidParam } from '../http/uuid-param';
import { RequestValidationException } from '../http/validation-errors';
import {
  ImportPageDto,
  ImportResponseDto,
  ImportSummaryDto,
  ResponseBatchDto,
  SurveyResponseDto,
} from './surveys.dto';

const STREAM_TYPES: Record<string, 'csv' | 'ndjson'> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
};

const CSV_EXAMPLE =
  'creditCode,respondentKey,submittedAt,channel,completionSeconds,IMG,EXP,QUA1,QUA2,QUA3,VAL1,VAL2,SAT1,SAT2,SAT3,CMP,LOY1,LOY2\r\n' +
  '91350100M000100Y43,panel-2027-000123,2027-05-03T10:15:00+08:00,phone,412,8,7,8,9,8,7,7,8,8,7,0,9,9\r\n';

/** The `responses` array of a batch body: present, 1 to 10,000 rows, and nothing else beside it. */
function batchRows(body: unknown): unknown[] {
  const problems: LocalizedFieldProblem[] = [];
  const envelope =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const rows = envelope.responses;
  if (!Array.isArray(rows)) problems.push({ field: 'responses', message: HttpMessages.responsesMustBeArray });
  else if (rows.length < 1 || rows.length > MAX_BATCH_ROWS) {
    problems.push({ field: 'responses', message: HttpMessages.responsesCount(MAX_BATCH_ROWS) });
  }
  for (const key of Object.keys(envelope)) {
    if (key !== 'responses') problems.push({ field: key, message: HttpMessages.propertyShouldNotExist(key) });
  }
  if (problems.length > 0) throw new RequestValidationException(problems);
  return rows as unknown[];
}

const submission = (actor: Actor, partnerKeyId: string | null): Submission => ({
  actor,
  userId: actor.userId,
  partnerKeyId,
});

@ApiTags('survey responses')
@Controller('campaigns/:campaignId')
export class SurveyResponsesController {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly imports: SurveyImportsService,
  ) {}

  @Post('responses')
  @SurveyPartnerAccess()
  @IngestionRateLimit()
  @ApiOperation({
    summary: 'Submit one survey response',
    description:
      'A bad response is a 400 naming each field; a resent respondent key is stored once (counts.duplicates = 1).',
  })
  @ApiCreatedResponse({ type: ImportResponseDto })
  @ApiErrors(400, 404, {
    409: 'The campaign is not in survey',
    503: 'Too many imports waiting for their turn (IMPORTS_BUSY), or the import waited so long it was declared abandoned (IMPORT_ABANDONED): nothing stored; see Retry-After',
  })
  async single(
    @UuidParam('campaignId') campaignId: string,
    @Body() dto: SurveyResponseDto,
    @CurrentActor() actor: Actor,
    @CurrentPartnerKey() partnerKeyId: string | null,
  ): Promise<ImportResponseDto> {
    const stored = await this.ingestion.single(campaignId, dto, submission(actor, partnerKeyId));
    return ImportResponseDto.fromImport(stored, []);
  }

  @Post('response-batches')
  @SurveyPartnerAccess()
  @IngestionRateLimit()
  @RouteConfig(LARGE_BODY)
  @ApiOperation({
    summary: 'Submit a JSON batch of up to 10,000 responses',
    description:
      'Good rows are stored and bad ones rejected with their position, field and reason, in one transaction: never half-applied.',
  })
  @ApiBody({ type: ResponseBatchDto })
  @ApiCreatedResponse({ type: ImportResponseDto })
  @ApiErrors(400, 404, {
    408: 'The body did not arrive within BATCH_BODY_TIMEOUT_MS of its admission',
    409: 'The campaign is not in survey',
    413: 'Larger than BATCH_BODY_LIMIT_BYTES',
    503:
      'Too many large bodies waiting for admission, or imports for their turn (IMPORTS_BUSY), or the import ' +
      'waited so long it was declared abandoned (IMPORT_ABANDONED): nothing stored; see Retry-After',
  })
  async batch(
    @UuidParam('campaignId') campaignId: string,
    // Untyped on purpose: the global pipe would deep-copy 10,000 rows that the row checks read anyway
    // (measured at 130-280 ms per batch); batchRows checks the envelope with the same 400 contract.
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @CurrentPartnerKey() partnerKeyId: string | null,
  ): Promise<ImportResponseDto> {
    const stored = await this.ingestion.batch(campaignId, batchRows(body), submission(actor, partnerKeyId));
    return this.withRejections(stored.id, campaignId, partnerKeyId);
  }

  @Post('imports')
  @SurveyPartnerAccess()
  @IngestionRateLimit()
  @ApiOperation({
    summary: 'Stream a CSV or NDJSON file of responses, of any size',
    description:
      'Read as it arrives (constant memory) and stored in one transaction. CSV: a header row of response fields ' +
      '(enterpriseId or creditCode, respondentKey, submittedAt, channel, completionSeconds) and item keys; an ' +
      'empty cell is an unanswered item. NDJSON: one response object per line, as for POST responses.',
  })
  @ApiConsumes('text/csv', 'application/x-ndjson')
  @ApiBody({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiCreatedResponse({ type: ImportResponseDto })
  @ApiErrors(404, 415, {
    400: 'The header names an unknown column',
    409: 'The campaign is not in survey',
    503: 'Too many imports waiting for their turn (IMPORTS_BUSY), or the import waited so long it was declared abandoned (IMPORT_ABANDONED): nothing stored; see Retry-After',
  })
  async stream(
    @UuidParam('campaignId') campaignId: string,
    @Req() request: AuthenticatedRequest,
    @CurrentActor() actor: Actor,
    @CurrentPartnerKey() partnerKeyId: string | null,
  ): Promise<ImportResponseDto> {
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const format = STREAM_TYPES[mediaType];
    if (!format || !(request.body instanceof Readable)) {
      throw localizedException(UnsupportedMediaTypeException, HttpMessages.streamMediaType);
    }
    const length = Number(request.headers['content-length']);
    const stored = await this.ingestion.stream(
      campaignId,
      format,
      request.body,
      Number.isFinite(length) && length > 0 ? length : null,
      submission(actor, partnerKeyId),
    );
    return this.withRejections(stored.id, campaignId, partnerKeyId);
  }

  @Get('imports')
  @SurveyPartnerAccess()
  @ApiOperation({ summary: 'Imports of the campaign, newest first (a partner key sees its own)' })
  @ApiOkResponse({ type: ImportPageDto })
  async list(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: PageQueryDto,
    @CurrentPartnerKey() partnerKeyId: string | null,
  ) {
    const page = await this.imports.list({ campaignId, partnerKeyId }, query.toPageRequest());
    return { ...page, items: page.items.map((x) => ImportSummaryDto.from(x)) };
  }

  @Get('imports/:importId')
  @SurveyPartnerAccess()
  @ApiOperation({ summary: 'One import: state, progress, counts and the first 1,000 rejections' })
  @ApiOkResponse({ type: ImportResponseDto })
  @ApiErrors(404)
  get(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('importId') importId: string,
    @CurrentPartnerKey() partnerKeyId: string | null,
  ): Promise<ImportResponseDto> {
    return this.withRejections(importId, campaignId, partnerKeyId);
  }

  @Get('imports/:importId/rejections.csv')
  @SurveyPartnerAccess()
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Every rejection of an import as CSV (line, field, reason), streamed' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    schema: { type: 'string', example: 'line,field,reason\r\n17,answers.SAT1,out of scale 1-10\r\n' },
  })
  @ApiErrors(404)
  async rejectionsCsv(
    @UuidParam('campaignId') campaignId: string,
    @UuidParam('importId') importId: string,
    @CurrentPartnerKey() partnerKeyId: string | null,
  ): Promise<StreamableFile> {
    const reader = { campaignId, partnerKeyId };
    await this.imports.visible(importId, reader); // 404 before any byte is sent
    const rows = this.imports.allRejections(importId, reader);
    async function* lines() {
      yield csvLine(['line', 'field', 'reason']);
      for await (const r of rows) yield csvLine([r.line, r.field, r.reason]);
    }
    return new StreamableFile(Readable.from(lines()));
  }

  private async withRejections(importId: string, campaignId: string, partnerKeyId: string | null) {
    const found = await this.imports.get(importId, { campaignId, partnerKeyId });
    return ImportResponseDto.fromImport(found.import, found.rejections);
  }
}
