import { DomainError, Localized, LocalizedFieldProblem } from './domain-error';

/**
 * A file of records, whatever its format (CSV, XLSX): the header row and each following row's cells as text,
 * with the line (or sheet row) a person finds it on. Imports check these and answer problems by line and field.
 */
export interface ImportTable {
  header: string[];
  rows: ImportRow[];
}

export interface ImportRow {
  line: number;
  values: string[];
}

/** A column of an import: its header name and whether a row must fill it. */
export interface ImportColumn {
  name: string;
  required: boolean;
}

/** At most this many rows per file: beyond it a file is refused whole, before any row is checked. */
export const MAX_IMPORT_ROWS = 20_000;

/** The field a row's problem names: `lines[12].creditCode`, line 12 of the file, column creditCode. */
export const lineField = (line: number, column: string) => `lines[${line}].${column}`;

export const lineProblem = (line: number, column: string, message: Localized): LocalizedFieldProblem => ({
  field: lineField(line, column),
  message,
});

/** A row's cells by column name, trimmed; a column the file lacks reads as empty. */
export type RowCells<C extends string> = Record<C, string>;

/**
 * Maps the header to the columns (names compared case-insensitively, a byte-order mark ignored) and returns
 * each row's cells by column. Problems with the header itself (an unknown or repeated column, a required one
 * missing) are answered on line 1, as they make every row unreadable; empty rows are skipped.
 */
export function readImportTable<C extends string>(
  table: ImportTable,
  columns: readonly (ImportColumn & { name: C })[],
): { rows: { line: number; cells: RowCells<C> }[]; problems: LocalizedFieldProblem[] } {
  const problems: LocalizedFieldProblem[] = [];
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c.name]));
  const positions = new Map<C, number>();
  table.header.forEach((raw, i) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    if (name === '') return;
    const column = byName.get(name.toLowerCase());
    if (!column) {
      problems.push(
        lineProblem(1, name, {
          en: `unknown column "${name}"; the columns are ${columns.map((c) => c.name).join(', ')}`,
          zh: `未知列“${name}”；可用的列为 ${columns.map((c) => c.name).join('、')}`,
        }),
      );
    } else if (positions.has(column)) {
      problems.push(lineProblem(1, column, { en: 'the column appears twice', zh: '该列出现了两次' }));
    } else {
      positions.set(column, i);
    }
  });
  for (const c of columns) {
    if (c.required && !positions.has(c.name))
      problems.push(lineProblem(1, c.name, { en: 'a required column is missing', zh: '缺少必填列' }));
  }
  if (problems.length > 0) return { rows: [], problems };
  const rows = table.rows
    .filter((r) => r.values.some((v) => v.trim() !== ''))
    .map((r) => {
      const cells = {} as RowCells<C>;
      for (const c of columns) {
        const at = positions.get(c.name);
        cells[c.name] = at === undefined ? '' : (r.values[at] ?? '').trim();
      }
      return { line: r.line, cells };
    });
  if (rows.length === 0)
    problems.push(
      lineProblem(2, 'rows', { en: 'the file has no rows to import', zh: '文件中没有可导入的行' }),
    );
  if (rows.length > MAX_IMPORT_ROWS)
    problems.push(
      lineProblem(MAX_IMPORT_ROWS + 2, 'rows', {
        en: `a file may hold at most ${MAX_IMPORT_ROWS} rows; split it`,
        zh: `一个文件最多 ${MAX_IMPORT_ROWS} 行，请拆分`,
      }),
    );
  return { rows, problems };
}

/** A list cell: `a; b;c` reads as [a, b, c], empty items dropped. */
export const listCell = (value: string): string[] =>
  value
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The 422 an import answers when any row is wrong: every problem, by line and field, and nothing written.
 * Problems come sorted by line, so a person can work down the file.
 */
export function importRefused(subject: Localized, problems: LocalizedFieldProblem[]): DomainError {
  const line = (p: LocalizedFieldProblem) => Number(/^lines\[(\d+)\]/.exec(p.field)?.[1] ?? 0);
  const sorted = [...problems].sort((a, b) => line(a) - line(b));
  return new DomainError(
    'unprocessable',
    'IMPORT_REFUSED',
    {
      en: `The ${subject.en} file was refused with ${problems.length} problem(s); nothing was imported`,
      zh: `${subject.zh}文件有 ${problems.length} 处问题，已全部拒绝，未导入任何内容`,
    },
    sorted,
  );
}

/** Marks cells that repeat within the file: the second and later rows with a value get a problem. */
export function duplicatesInFile<R extends { line: number }>(
  rows: R[],
  column: string,
  key: (r: R) => string | null,
): LocalizedFieldProblem[] {
  const first = new Map<string, number>();
  const problems: LocalizedFieldProblem[] = [];
  for (const r of rows) {
    const k = key(r);
    if (!k) continue;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, r.line);
    else
      problems.push(
        lineProblem(r.line, column, {
          en: `repeats line ${seen} of this file`,
          zh: `与本文件第 ${seen} 行重复`,
        }),
      );
  }
  return problems;
}
