/**
 * Survey files as partners write them, from the rows of survey-rows.ts: CSV whose columns come in the partner's
 * own order (the header shuffled with a seed), NDJSON lines and JSON objects whose keys do too. A spreadsheet's
 * CSV has a byte-order mark, CRLF line ends and camelCase names; a system's export snake_case names and LF.
 * A `wrong-field-count` row loses its last field in CSV, is cut short in NDJSON and carries a property that is
 * no response field in a JSON batch, so it is refused in every format.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEMO_ITEMS, seededRandom } from '../tools/demo/demo-data';
import type { SurveyRow } from './survey-rows';

const FIELDS = ['enterpriseId', 'respondentKey', 'submittedAt', 'channel', 'completionSeconds'] as const;
type Field = (typeof FIELDS)[number];
const SNAKE: Record<Field, string> = {
  enterpriseId: 'enterprise_id',
  respondentKey: 'respondent_key',
  submittedAt: 'submitted_at',
  channel: 'channel',
  completionSeconds: 'completion_seconds',
};

export type WriterStyle = 'spreadsheet' | 'export';

export interface FileLayout {
  /** In the file's order: a response field, or an item's position in the instrument (DEMO_ITEMS). */
  slots: (Field | number)[];
  /** The header's names, in the same order. */
  header: string[];
  bom: boolean;
  newline: '\r\n' | '\n';
}

/** The fields and items in an order drawn from `seed` (Fisher-Yates), named and laid out as `style` writes. */
export function shuffledLayout(seed: number, style: WriterStyle): FileLayout {
  const rand = seededRandom(seed);
  const slots: (Field | number)[] = [...FIELDS, ...DEMO_ITEMS.map((_, k) => k)];
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }
  const name = (slot: Field | number) =>
    typeof slot === 'number' ? DEMO_ITEMS[slot] : style === 'export' ? SNAKE[slot] : slot;
  return {
    slots,
    header: slots.map(name),
    bom: style === 'spreadsheet',
    newline: style === 'spreadsheet' ? '\r\n' : '\n',
  };
}

export function csvHeader(layout: FileLayout): string {
  return (layout.bom ? '\uFEFF' : '') + layout.header.join(',') + layout.newline;
}

/** One CSV record (no field of these rows needs quoting). */
export function csvLine(row: SurveyRow, layout: FileLayout): string {
  const cells = layout.slots.map((slot) =>
    typeof slot === 'number' ? String(row.answers[slot] ?? '') : String(row[slot]),
  );
  if (row.defect === 'wrong-field-count') cells.pop();
  return cells.join(',') + layout.newline;
}

/** The documented JSON shape, keys in the layout's order; `answers` where its first item falls. */
export function responseObject(row: SurveyRow, layout: FileLayout): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const answers: Record<string, unknown> = {};
  for (const slot of layout.slots) {
    if (typeof slot === 'number') {
      if (!('answers' in out)) out.answers = answers;
      const a = row.answers[slot];
      if (a !== null) answers[DEMO_ITEMS[slot]] = a;
    } else out[slot] = row[slot];
  }
  if (row.defect === 'wrong-field-count') out.note = 'exported with an extra column';
  return out;
}

export function ndjsonLine(row: SurveyRow, layout: FileLayout): string {
  const text = JSON.stringify(responseObject(row, layout));
  return (row.defect === 'wrong-field-count' ? text.slice(0, -2) : text) + layout.newline;
}

/** The body of `POST /campaigns/:id/response-batches`, already serialised. */
export function batchBody(rows: SurveyRow[], layout: FileLayout): string {
  return JSON.stringify({ responses: rows.map((r) => responseObject(r, layout)) });
}

export type FileFormat = 'csv' | 'ndjson';

/** Writes `rows` as a file; answers its size in bytes. */
export async function writeSurveyFile(
  path: string,
  format: FileFormat,
  layout: FileLayout,
  rows: Iterable<SurveyRow>,
): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let bytes = 0;
  let buffer = format === 'csv' ? csvHeader(layout) : '';
  const put = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  for (const row of rows) {
    buffer += format === 'csv' ? csvLine(row, layout) : ndjsonLine(row, layout);
    if (buffer.length > 1 << 20) {
      await put(buffer);
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
