import { StreamableFile } from '@nestjs/common';
import { stream as excelStream } from 'exceljs';
import type { FastifyReply } from 'fastify';
import { PassThrough, Readable } from 'node:stream';
import { csvLine } from './csv';

/** One cell of an exported table: numbers stay numbers and times stay times in XLSX. */
export type ExportCell = string | number | boolean | Date | null | undefined;
export type ExportFormat = 'csv' | 'xlsx';

/** The media type of CSV, as an import's body is sent. */
export const CSV_TYPE = 'text/csv';
/** The content type every CSV the platform writes is sent with. */
export const CSV_CONTENT_TYPE = `${CSV_TYPE}; charset=utf-8`;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

/**
 * Spreadsheet programs read CSV without a byte-order mark in the system's code page, so Chinese names came out
 * garbled; with it they read UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

/** `?format=` wins; otherwise an Accept header naming XLSX asks for it; CSV by default. */
export function exportFormatOf(format: string | undefined, accept: string | undefined): ExportFormat {
  if (format === 'xlsx' || format === 'csv') return format;
  return accept?.includes(XLSX_TYPE) ? 'xlsx' : 'csv';
}

export interface ExportTable {
  /** The sheet's name in XLSX, and the base of the file name. */
  name: string;
  header: string[];
  /** Rows in chunks, so a table of any size is never held whole in memory. */
  rows: AsyncIterable<ExportCell[][]> | Iterable<ExportCell[][]>;
  /** Every XLSX cell formatted as text, so a credit code or a phone number never turns into a number. */
  text?: boolean;
}

/** The table as a byte stream in the format asked for, with its content type and file name. */
export function exportStream(
  table: ExportTable,
  format: ExportFormat,
): { stream: Readable; type: string; fileName: string } {
  const fileName = `${table.name}.${format}`;
  if (format === 'csv') return { stream: Readable.from(csvChunks(table)), type: CSV_CONTENT_TYPE, fileName };
  return { stream: xlsxStream(table), type: XLSX_TYPE, fileName };
}

/** Answers the table as a download (`<name>.<format>`) in the format asked for. */
export function sendExport(reply: FastifyReply, table: ExportTable, format: ExportFormat): StreamableFile {
  const file = exportStream(table, format);
  void reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename="${file.fileName}"`);
  return new StreamableFile(file.stream);
}

async function* csvChunks(table: ExportTable): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(table.header);
  for await (const chunk of table.rows) yield chunk.map(csvLine).join('');
}

function xlsxStream(table: ExportTable): Readable {
  const out = new PassThrough();
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.header.map((h) => ({
    header: h,
    key: h,
    width: Math.max(table.text ? 14 : 12, h.length + 2),
    ...(table.text && { style: { numFmt: '@' } }),
  }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    for await (const chunk of table.rows) {
      for (const row of chunk) {
        const added = sheet.addRow(row.map((v) => (v === undefined ? null : v)));
        row.forEach((v, i) => {
          if (v instanceof Date) added.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
        });
        added.commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  return out;
}
