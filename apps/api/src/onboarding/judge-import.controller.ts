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
import { JUDGE_COLUMNS, JUDGE_EXAMPLE, JudgeImportService } from '@app/judging';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { CSV_TYPE, XLSX_TYPE } from '../http/table-export';
import { DryRunQueryDto, FileFormatQueryDto, JudgeImportResultDto } from './onboarding.dto';
import { csvExample, IMPORT_TYPES, readImportFile, sendTable } from './tabular-file';

const COLUMNS = JUDGE_COLUMNS.map((c) => c.name);
const CSV_EXAMPLE = csvExample(COLUMNS, JUDGE_EXAMPLE);

/** Organizers appoint judges from a file. */
@ApiTags('judging')
@Controller('judges')
@Roles('organizer')
export class JudgeImportController {
  constructor(private readonly imports: JudgeImportService) {}

  @Post('import')
  @ApiOperation({
    summary: 'Appoint judges from a CSV or XLSX file: profiles saved, new addresses invited by email',
    description:
      'The body is the file itself (`text/csv` or XLSX, first sheet): a header row, then one judge per row with ' +
      'name, email, language, title, expertise industries (codes separated by `;`) and affiliations (separated by ' +
      '`;`, each `organisation (employer|client fromYear-toYear[, credit code])`, toYear empty while it lasts). ' +
      'Every row is checked and the file applies whole or not at all: a 422 `IMPORT_REFUSED` lists every problem ' +
      'by `lines[<line>].<column>`. An address with a judge account gets its profile saved (conflicts of ' +
      'interest applied as for `PUT /judges/{judgeId}/profile`); any other is invited by email and its profile ' +
      'waits for the account the invitation creates. `dryRun=true` checks and answers 200 without writing.',
  })
  @ApiConsumes(...IMPORT_TYPES)
  @ApiBody({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiCreatedResponse({ type: JudgeImportResultDto, description: 'Imported (200 on a dry run)' })
  @ApiErrors(400, 413, 415, {
    422: 'Problems in the file, each by line and field (`details`); nothing applied',
  })
  async import(
    @Query() query: DryRunQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<JudgeImportResultDto> {
    const table = await readImportFile(request.body, request.headers['content-type']);
    const result = await this.imports.import(table, { dryRun: query.dryRun === true }, actor);
    void reply.status(result.dryRun ? 200 : 201);
    return result;
  }

  @Get('import-template')
  @ApiOperation({ summary: 'The judges import file: its header row and one example line, as CSV or XLSX' })
  @ApiProduces(CSV_TYPE, XLSX_TYPE)
  @ApiOkResponse({ schema: { type: 'string', example: CSV_EXAMPLE } })
  @ApiErrors(400)
  template(@Query() query: FileFormatQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendTable(reply, query.format ?? 'csv', 'judges-template', COLUMNS, [JUDGE_EXAMPLE]);
  }
}
