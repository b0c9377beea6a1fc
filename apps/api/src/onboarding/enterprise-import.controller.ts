import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '@app/common';
import { ENTERPRISE_COLUMNS, ENTERPRISE_EXAMPLE, EnterpriseImportService } from '@app/enterprises';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { CSV_TYPE, XLSX_TYPE } from '../http/table-export';
import {
  EnterpriseExportQueryDto,
  EnterpriseImportQueryDto,
  EnterpriseImportResultDto,
  FileFormatQueryDto,
} from './onboarding.dto';
import { csvExample, IMPORT_TYPES, readImportFile, sendTable } from './tabular-file';

const COLUMNS = ENTERPRISE_COLUMNS.map((c) => c.name);
const CSV_EXAMPLE = csvExample(COLUMNS, ENTERPRISE_EXAMPLE);

/** Organizers onboard enterprises from a file, and take them out in the same shape. */
@ApiTags('enterprises')
@Controller('enterprises')
@Roles('organizer')
export class EnterpriseImportController {
  constructor(private readonly imports: EnterpriseImportService) {}

  @Post('import')
  @ApiOperation({
    summary: 'Import enterprises (and their candidacies in a campaign) from a CSV or XLSX file',
    description:
      'The body is the file itself (`text/csv`, UTF-8 with or without a byte-order mark, or XLSX, first sheet), ' +
      'a header row of the template’s columns, then one enterprise per row. Lists (`businessTypes`, ' +
      '`categories`) are separated by `;`. Every row is checked (credit code check character, known codes, ' +
      'required fields, credit codes and contact emails repeated in the file or registered already) and the ' +
      'file is imported whole in one transaction or not at all: a 422 `IMPORT_REFUSED` lists every problem with ' +
      'its field `lines[<line>].<column>`. Enterprises arrive verified by you, candidacies approved by you (you ' +
      'vouch for the file), each audited. No account or password is made: each contact is invited by email to ' +
      'become the enterprise’s first admin. `dryRun=true` checks and answers 200 without writing.',
  })
  @ApiConsumes(...IMPORT_TYPES)
  @ApiBody({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiCreatedResponse({ type: EnterpriseImportResultDto, description: 'Imported (200 on a dry run)' })
  @ApiErrors(400, 404, 413, 415, {
    409: 'A credit code was registered by someone else while the file was imported',
    422: 'Problems in the file, each by line and field (`details`); nothing was imported',
  })
  async import(
    @Query() query: EnterpriseImportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<EnterpriseImportResultDto> {
    const table = await readImportFile(request.body, request.headers['content-type']);
    const result = await this.imports.import(
      table,
      { campaignId: query.campaignId ?? null, dryRun: query.dryRun === true },
      actor,
    );
    void reply.status(result.dryRun ? 200 : 201);
    return EnterpriseImportResultDto.from(result);
  }

  @Get('import-template')
  @ApiOperation({
    summary: 'The enterprise import file: its header row and one example line, as CSV or XLSX',
  })
  @ApiProduces(CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiErrors(400)
  template(@Query() query: FileFormatQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendTable(reply, query.format ?? 'csv', 'enterprises-template', COLUMNS, [ENTERPRISE_EXAMPLE]);
  }

  @Get('export')
  @ApiOperation({
    summary: 'Every enterprise (or a campaign’s candidates) in the import’s shape, as CSV or XLSX',
    description:
      'Re-imports as it is into an empty platform. With `campaignId`, the `categories` column names the ' +
      'categories each entered (submitted or approved). `contactLanguage` is left empty.',
  })
  @ApiProduces(CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiErrors(400, 404)
  async export(
    @Query() query: EnterpriseExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    const rows = await this.imports.export(query.campaignId ?? null, actor);
    return sendTable(reply, query.format ?? 'csv', 'enterprises', COLUMNS, rows);
  }
}
