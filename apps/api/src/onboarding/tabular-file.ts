import { PayloadTooLargeException, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { ImportTable, importRefused, lineProblem } from '@app/common';
import { csvLine } from '../http/csv';
import { CSV_TYPE, ExportFormat, sendExport, XLSX_TYPE } from '../http/table-export';

/** The media types an import accepts as the request body (the file's bytes, no multipart wrapping). */
export const IMPORT_TYPES = [CSV_TYPE, XLSX_TYPE];

/** An import file is read whole before checking (it is one transaction); beyond this it is refused. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** What `csvCell` writes before a cell that looks like a formula: taken off again, so exports re-import. */
const DEFUSED = /^'(?=[=+\-@\t\r])/;

/** The request body (CSV or XLSX) as a table of text cells with the line each row is on. */
export async function readImportFile(body: unknown, contentType: string | undefined): Promise<ImportTable> {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!IMPORT_TYPES.includes(mediaType) || !(body instanceof Readable))
    throw new UnsupportedMediaTypeException(`Send the file as ${CSV_TYPE} or ${XLSX_TYPE}`);
  const bytes = await readAll(body);
  return mediaType === CSV_TYPE ? readCsv(bytes) : readXlsx(bytes);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_IMPORT_BYTES) {
      stream.destroy();
      throw new PayloadTooLargeException(`An import file may have at most ${MAX_IMPORT_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const SUBJECT = { en: 'import', zh: '导入' };

export function readCsv(bytes: Buffer): ImportTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(bytes, {
      bom: true,
      relax_column_count: true,
      info: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = (err as CsvError & { lines?: number }).lines ?? 1;
    throw importRefused(SUBJECT, [
      lineProblem(line, 'file', { en: `malformed CSV: ${err.message}`, zh: `CSV 格式错误：${err.message}` }),
    ]);
  }
  const cells = (values: string[]) => values.map((v) => v.replace(DEFUSED, ''));
  const [header, ...rows] = records;
  return {
    header: header ? cells(header.record) : [],
    rows: rows.map((r) => ({ line: r.info.lines, values: cells(r.record) })),
  };
}

export async function readXlsx(bytes: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw importRefused(SUBJECT, [
      lineProblem(1, 'file', { en: 'not a readable XLSX workbook', zh: '不是可读取的 XLSX 工作簿' }),
    ]);
  }
  const sheet = workbook.worksheets[0];
  const table: ImportTable = { header: [], rows: [] };
  if (!sheet) return table;
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values: string[] = [];
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) values.push(cellText(row.getCell(c)));
    if (number === 1) table.header = values;
    else table.rows.push({ line: number, values });
  });
  return table;
}

/** A cell's text as a person sees it: numbers plainly, formulas by their result, links by their text. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return cell.text ?? '';
}

/** Answers records as a CSV or XLSX download named `<name>.<format>`, every cell text. */
export function sendTable(
  reply: FastifyReply,
  format: ExportFormat,
  name: string,
  columns: readonly string[],
  rows: Record<string, string>[],
): StreamableFile {
  const cells = rows.map((r) => columns.map((c) => r[c] ?? ''));
  return sendExport(reply, { name, header: [...columns], rows: [cells], text: true }, format);
}

/** The template's CSV (header and example row) as the OpenAPI example: written from the same columns and row. */
export function csvExample(columns: readonly string[], example: Record<string, string>): string {
  return csvLine([...columns]) + csvLine(columns.map((c) => example[c] ?? ''));
}
