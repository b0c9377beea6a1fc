import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@app/common';
import { EntryReportsService } from '@app/entries';
import { ReferenceDataService } from '@app/reference-data';
import { CurrentActor, Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { negotiateLanguage } from '../http/accept-language';
import { CSV_CONTENT_TYPE, exportFormatOf, sendExport, XLSX_TYPE } from '../http/table-export';
import { UuidParam } from '../http/uuid-param';
import { EntryDocumentNames } from './entry-document-names';
import { entryExportHeader, entryExportRows } from './entry-export';
import { CategoryCompletenessDto, ExportEntriesQueryDto } from './entry-reports.dto';

/** Organizers' view across a campaign's entries. */
@ApiTags('entries')
@Controller('campaigns/:campaignId/entries')
export class EntryReportsController {
  constructor(
    private readonly reports: EntryReportsService,
    private readonly reference: ReferenceDataService,
    private readonly documentNames: EntryDocumentNames,
  ) {}

  @Get('completeness')
  @Roles('organizer')
  @ApiOperation({
    summary: 'How far entries are, per category and industry',
    description:
      'For each category with an entry form, of the candidacies still in the running (submitted or approved): ' +
      'how many there are, how many entries were started and submitted, and per required field how many ' +
      'leave it empty where it shows.',
  })
  @ApiOkResponse({ type: [CategoryCompletenessDto] })
  @ApiErrors(400, 404)
  async completeness(
    @UuidParam('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CategoryCompletenessDto[]> {
    return (await this.reports.completeness(campaignId, actor)).map((r) => CategoryCompletenessDto.from(r));
  }

  @Get('export')
  @Roles('organizer')
  @ApiOperation({
    summary: 'A category’s entries as CSV or XLSX: one row per candidacy, one column per field',
    description:
      'Headers, choices and industries in the language Accept-Language asks for; only the answers of fields ' +
      'that show; tables one row per line; files by name. CSV (UTF-8 with a byte-order mark) unless ' +
      '`format=xlsx` or an `Accept` header naming XLSX.',
  })
  @ApiProduces(CSV_CONTENT_TYPE, XLSX_TYPE)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      [CSV_CONTENT_TYPE]: {
        schema: { type: 'string' },
        example:
          'Candidacy,Enterprise,Industry,Candidacy state,Entry state,Submitted at,Centre name,Seats\r\n' +
          '9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a,"Shenzhen Example Telecom Co., Ltd.",Telecommunications,' +
          'approved,submitted,2027-03-15T08:30:00.000Z,Shenzhen Customer Care Centre,320\r\n',
      },
      [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors(400, { 404: 'No such campaign or category, or it asks for no form (NO_ENTRY_FORM)' })
  async export(
    @UuidParam('campaignId') campaignId: string,
    @Query() query: ExportEntriesQueryDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const language = negotiateLanguage(acceptLanguage);
    // Read whole before any byte is sent, so a refusal is still a JSON error; an entry is small.
    const { view, form, rows } = await this.reports.exportRows(campaignId, query.categoryId, actor);
    const [industries, fileNames] = await Promise.all([
      this.reference.industryNames(),
      this.documentNames.of(rows.map((r) => r.candidacy.id)),
    ]);
    return sendExport(
      reply,
      {
        name: `${view.campaign.slug}-entries-${form.formKey}`,
        header: entryExportHeader(form.definition, language),
        rows: [entryExportRows(form.definition, rows, language, industries, fileNames)],
      },
      exportFormatOf(query.format, accept),
    );
  }
}
