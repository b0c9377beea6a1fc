import { StringDecoder } from 'node:string_decoder';
import { setImmediate as eventLoopTurn } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { LocalizedFieldProblem } from '@app/common';
import { CsvRecordReader, CsvTooLongError } from './csv-records';
import { NdjsonLineReader, NdjsonTooLongError } from './ndjson-lines';
import { fieldsFromJson, NO_KEYS, ResponseFields, RowContext } from './response-row';
import { SurveyErrors } from './surveys.errors';

/** One row as read from a source: lined-up fields to check, or problems found while reading it. */
export type SourceRow =
  { line: number; fields: ResponseFields } | { line: number; problems: LocalizedFieldProblem[] };

/**
 * Sources hand rows over in runs, all the rows of one piece of text at a time: an async generator's yield
 * costs promises, and in the import's transaction context (async hooks) each promise costs again, which per
 * row was a large share of an import's garbage. A run is never empty.
 */
export type SourceRuns = Iterable<SourceRow[]> | AsyncIterable<SourceRow[]>;

/** Rows of a JSON batch per run: enough to pay a yield rarely, few enough to flush chunks as they fill. */
const JSON_RUN_ROWS = 1000;

/** A JSON batch this large is stored in several chunks; a smaller one in one. */
const JSON_SPLIT_ROWS = 2 * JSON_RUN_ROWS;

/**
 * The most rows a large JSON batch's first chunk holds. It ends at a run's end, where the event loop takes a
 * turn (jsonRows) and its COPY can start.
 */
const JSON_FIRST_CHUNK_ROWS = 2 * JSON_RUN_ROWS;

/**
 * Each chunk's most rows in a JSON batch, the first chunk numbered 0: for a large batch, a small first chunk,
 * then chunks of half the batch, the last holding what remains (10,000 rows: 2,000, 5,000 and 3,000). The
 * database is idle until the first chunk is checked, so that chunk is small; with two halves it idled for the
 * first third of each batch, then stored the first half slowly while the API checked the second beside it on
 * the same two cores (the README's benchmarks say how this was measured).
 */
export function jsonChunkRows(rows: number, importBatchRows: number): (chunk: number) => number {
  if (rows < JSON_SPLIT_ROWS) return () => importBatchRows;
  const half = Math.min(importBatchRows, Math.ceil(rows / 2));
  const first = Math.min(half, JSON_FIRST_CHUNK_ROWS);
  return (chunk) => (chunk === 0 ? first : half);
}

/**
 * Sources give the event loop a turn between runs: a `for await` over a generator, or over a stream whose
 * pieces are already buffered, only ever runs microtasks, so the database's replies to the chunk being written
 * would wait until the whole body had been read. Handled at each turn, the chunk's write goes on while the
 * next one is checked: without it a CSV import ran at about 90,000 rows a second, its writes waiting for
 * replies that had long arrived; with it, at about 150,000 (bench:ingest, 2026-12-03).
 */
export async function* jsonRows(bodies: unknown[], ctx: RowContext): AsyncGenerator<SourceRow[]> {
  for (let from = 0; from < bodies.length; from += JSON_RUN_ROWS) {
    if (from > 0) await eventLoopTurn();
    const run: SourceRow[] = [];
    for (let i = from; i < Math.min(bodies.length, from + JSON_RUN_ROWS); i++) {
      const fields = fieldsFromJson(bodies[i], ctx);
      // A JSON batch has no lines; rows are numbered from 1 in the order sent.
      run.push(Array.isArray(fields) ? { line: i + 1, problems: fields } : { line: i + 1, fields });
    }
    yield run;
  }
}

/**
 * Text chunks from a byte stream, decoding UTF-8 across chunk boundaries and counting bytes as they pass; the
 * event loop gets a turn after each piece's rows have been handed over.
 */
async function* textChunks(stream: Readable, onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    onBytes(buffer.length);
    yield decoder.write(buffer);
    await eventLoopTurn();
  }
  yield decoder.end();
}

export async function* ndjsonRows(
  stream: Readable,
  ctx: RowContext,
  onBytes: (n: number) => void,
): AsyncGenerator<SourceRow[]> {
  const reader = new NdjsonLineReader();
  const parse = ({ line, text }: { line: number; text: string }): SourceRow | null => {
    const trimmed = text.trim();
    if (trimmed.length === 0) return null;
    let body: unknown;
    try {
      body = JSON.parse(trimmed);
    } catch {
      return {
        line,
        problems: [
          {
            field: '(row)',
            message: { en: 'malformed row: not valid JSON', zh: '行格式错误：不是有效的 JSON' },
          },
        ],
      };
    }
    const fields = fieldsFromJson(body, ctx);
    return Array.isArray(fields) ? { line, problems: fields } : { line, fields };
  };
  for await (const text of textChunks(stream, onBytes)) {
    let lines: ReturnType<NdjsonLineReader['push']>;
    try {
      lines = reader.push(text);
    } catch (error) {
      if (error instanceof NdjsonTooLongError) throw SurveyErrors.recordTooLong(error.line, 'ndjson');
      throw error;
    }
    const run: SourceRow[] = [];
    for (const line of lines) {
      const row = parse(line);
      if (row) run.push(row);
    }
    if (run.length > 0) yield run;
  }
  const last = reader.end();
  const row = last ? parse(last) : null;
  if (row) yield [row];
}

/** The fields a CSV column can name besides instrument items. */
type NamedField = keyof Omit<ResponseFields, 'answerValues' | 'unknownKeys'>;

const RESERVED: Record<string, NamedField> = {
  enterpriseid: 'enterpriseId',
  enterprise_id: 'enterpriseId',
  creditcode: 'creditCode',
  credit_code: 'creditCode',
  respondentkey: 'respondentKey',
  respondent_key: 'respondentKey',
  submittedat: 'submittedAt',
  submitted_at: 'submittedAt',
  channel: 'channel',
  completionseconds: 'completionSeconds',
  completion_seconds: 'completionSeconds',
};

type Column = { kind: 'field'; name: NamedField } | { kind: 'item'; index: number };

/** Maps a CSV header to response fields and instrument items; refuses unknown or repeated columns. */
export function csvColumns(header: string[], ctx: RowContext): Column[] {
  const problems: LocalizedFieldProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((raw, i): Column => {
    const name = raw.trim().replace(/^\uFEFF/, '');
    const lower = name.toLowerCase();
    const target =
      RESERVED[lower] ?? (ctx.itemIndex.has(name.toUpperCase()) ? `item:${name.toUpperCase()}` : null);
    if (!target)
      problems.push({
        field: name || `column ${i + 1}`,
        message: {
          en: 'unknown column: neither a response field nor an item key',
          zh: '未知的列：既不是答卷字段也不是题目键',
        },
      });
    else if (seen.has(target))
      problems.push({ field: name, message: { en: 'column appears twice', zh: '列重复出现' } });
    if (target) seen.add(target);
    return RESERVED[lower]
      ? { kind: 'field', name: RESERVED[lower] }
      : { kind: 'item', index: ctx.itemIndex.get(name.toUpperCase()) ?? -1 };
  });
  for (const required of ['respondentKey', 'submittedAt', 'channel']) {
    if (!seen.has(required))
      problems.push({ field: required, message: { en: 'required column is missing', zh: '缺少必需的列' } });
  }
  if (!seen.has('enterpriseId') && !seen.has('creditCode')) {
    problems.push({
      field: 'enterpriseId',
      message: {
        en: 'an enterpriseId or creditCode column is required',
        zh: '必须有 enterpriseId 或 creditCode 列',
      },
    });
  }
  if (problems.length > 0) throw SurveyErrors.badHeader(problems);
  return columns;
}

export async function* csvRows(
  stream: Readable,
  ctx: RowContext,
  onBytes: (n: number) => void,
): AsyncGenerator<SourceRow[]> {
  const reader = new CsvRecordReader();
  let columns: Column[] | null = null;
  const toRow = (record: ReturnType<CsvRecordReader['end']>[number]): SourceRow | null => {
    if ('error' in record)
      return { line: record.line, problems: [{ field: '(row)', message: record.error }] };
    if (!columns) {
      columns = csvColumns(record.fields, ctx);
      return null;
    }
    if (record.fields.length !== columns.length) {
      return {
        line: record.line,
        problems: [
          {
            field: '(row)',
            message: {
              en: `malformed row: ${record.fields.length} fields, the header has ${columns.length}`,
              zh: `行格式错误：有 ${record.fields.length} 个字段，表头有 ${columns.length} 个`,
            },
          },
        ],
      };
    }
    const fields: ResponseFields = {
      enterpriseId: undefined,
      creditCode: undefined,
      respondentKey: undefined,
      submittedAt: undefined,
      channel: undefined,
      completionSeconds: undefined,
      answerValues: new Array<unknown>(ctx.items.length),
      unknownKeys: NO_KEYS,
    };
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      if (column.kind === 'item') fields.answerValues[column.index] = record.fields[i];
      else fields[column.name] = record.fields[i];
    }
    return { line: record.line, fields };
  };
  for await (const text of textChunks(stream, onBytes)) {
    let records: ReturnType<CsvRecordReader['push']>;
    try {
      records = reader.push(text);
    } catch (error) {
      if (error instanceof CsvTooLongError) throw SurveyErrors.recordTooLong(error.line);
      throw error;
    }
    const run: SourceRow[] = [];
    for (const record of records) {
      const row = toRow(record);
      if (row) run.push(row);
    }
    if (run.length > 0) yield run;
  }
  const last: SourceRow[] = [];
  for (const record of reader.end()) {
    const row = toRow(record);
    if (row) last.push(row);
  }
  if (last.length > 0) yield last;
  if (!columns)
    throw SurveyErrors.badHeader([
      {
        field: 'header',
        message: { en: 'the file is empty: a header row is required', zh: '文件为空：必须有表头行' },
      },
    ]);
}
