import { isEmail } from 'class-validator';
import type { LocalizedFieldProblem } from '@app/common';
import type { AnswerValue, FormField, TableCell, TableColumn, TableRow } from '../form-definition';
import { FIELD_DEFAULTS } from '../forms/form-limits';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINE_BREAK = /[\r\n]/;

/** Characters as people count them (a Chinese character or an emoji is one), not UTF-16 units. */
export const characters = (text: string) => [...text].length;

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1;
}

/** An absolute http or https address with a host. */
export function isWebAddress(value: string): boolean {
  if (characters(value) > FIELD_DEFAULTS.urlChars || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const textLimits = (field: FormField) => ({
  min: field.minLength ?? 0,
  max:
    field.maxLength ??
    (field.type === 'short-text' ? FIELD_DEFAULTS.shortTextMaxLength : FIELD_DEFAULTS.longTextMaxLength),
});

/**
 * What is wrong with `value` as the answer to `field`, per its type; each problem names `at` (the field's key
 * by default) or a cell under it (`staff[1].seats`). `null` (and an empty text or list) clears the answer and
 * is never a problem here: whether the field may stay empty is decided on submission. Texts are measured
 * trimmed, in characters.
 */
export function answerProblems(field: FormField, value: unknown, at = field.key): LocalizedFieldProblem[] {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return [];
  const text = typeof value === 'string' ? value.trim() : null;
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return text === null ? [problem(at, 'must be a text', '必须是文本')] : textProblems(field, text, at);
    case 'number':
      return numberProblems(field, value, at);
    case 'single-choice': {
      const values = optionValues(field);
      return text !== null && values.includes(text)
        ? []
        : [problem(at, `must be one of ${values.join(', ')}`, `必须是以下之一：${values.join('、')}`)];
    }
    case 'multiple-choice':
      return choicesProblems(field, value, at);
    case 'date':
      return text !== null && isCalendarDate(text)
        ? []
        : [problem(at, 'must be a date written YYYY-MM-DD', '必须是 YYYY-MM-DD 格式的日期')];
    case 'url':
      return text !== null && isWebAddress(text)
        ? []
        : [problem(at, 'must be an http or https address', '必须是 http 或 https 地址')];
    case 'email':
      return text !== null && characters(text) <= FIELD_DEFAULTS.emailChars && isEmail(text)
        ? []
        : [problem(at, 'must be an email address', '必须是电子邮件地址')];
    case 'file':
      return fileProblems(field, value, at);
    case 'table':
      return tableProblems(field, value, at);
  }
}

/**
 * The answer as stored: texts trimmed, an empty text or list as null (cleared), a table's rows with every
 * column (empty cells null, texts trimmed). Call it on an answer without problems.
 */
export function normalizedAnswer(field: FormField, value: unknown): AnswerValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    if (list.length === 0) return null;
    if (field.type !== 'table') return list as string[];
    return (list as TableRow[]).map((row): TableRow =>
      Object.fromEntries(
        (field.columns ?? []).map((c): [string, TableCell] => {
          const cell = row[c.key];
          if (typeof cell === 'string') return [c.key, cell.trim() === '' ? null : cell.trim()];
          return [c.key, cell ?? null];
        }),
      ),
    );
  }
  return value as number;
}

function textProblems(field: FormField, text: string, at: string): LocalizedFieldProblem[] {
  if (field.type === 'short-text' && LINE_BREAK.test(text))
    return [problem(at, 'must be one line', '必须是单行文本')];
  const { min, max } = textLimits(field);
  const n = characters(text);
  return n < min || n > max
    ? [
        problem(
          at,
          `must be ${min} to ${max} characters (it has ${n})`,
          `必须是 ${min} 到 ${max} 个字符（现为 ${n} 个）`,
        ),
      ]
    : [];
}

const problem = (field: string, en: string, zh: string): LocalizedFieldProblem => ({
  field,
  message: { en, zh },
});

const optionValues = (field: FormField) => (field.options ?? []).map((o) => o.value);

function numberProblems(field: FormField, value: unknown, at: string): LocalizedFieldProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return [problem(at, 'must be a number', '必须是数字')];
  if (field.integer && !Number.isInteger(value)) return [problem(at, 'must be a whole number', '必须是整数')];
  const { min, max } = field;
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return [problem(at, `must be ${rangeText(min, max, 'en')}`, `必须${rangeText(min, max, 'zh')}`)];
  return [];
}

function rangeText(min: number | undefined, max: number | undefined, language: 'en' | 'zh'): string {
  if (language === 'en') {
    if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
    return min !== undefined ? `at least ${min}` : `at most ${String(max)}`;
  }
  if (min !== undefined && max !== undefined) return `在 ${min} 到 ${max} 之间`;
  return min !== undefined ? `不小于 ${min}` : `不大于 ${String(max)}`;
}

function choicesProblems(field: FormField, value: unknown, at: string): LocalizedFieldProblem[] {
  const values = optionValues(field);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    return [problem(at, 'must be a list of option values', '必须是选项值的列表')];
  const list = value as string[];
  const unknown = list.filter((v) => !values.includes(v));
  if (unknown.length > 0)
    return [
      problem(
        at,
        `${unknown.join(', ')} ${unknown.length > 1 ? 'are not options' : 'is not an option'}; options: ${values.join(', ')}`,
        `${unknown.join('、')} 不是选项；可选：${values.join('、')}`,
      ),
    ];
  if (new Set(list).size !== list.length) return [problem(at, 'lists an option twice', '重复选择了同一选项')];
  if (list.length === 0) return [];
  const min = field.minChoices ?? 0;
  const max = field.maxChoices ?? values.length;
  if (list.length < min || list.length > max)
    return [
      problem(
        at,
        `choose ${min} to ${max} options (${list.length} chosen)`,
        `请选择 ${min} 到 ${max} 项（已选 ${list.length} 项）`,
      ),
    ];
  return [];
}

function fileProblems(field: FormField, value: unknown, at: string): LocalizedFieldProblem[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !UUID.test(v)))
    return [problem(at, 'must be a list of document ids', '必须是文档 ID 的列表')];
  if (new Set(value).size !== value.length)
    return [problem(at, 'lists a document twice', '重复列出了同一文档')];
  const max = field.maxFiles ?? FIELD_DEFAULTS.maxFiles;
  if (value.length > max)
    return [
      problem(
        at,
        `at most ${max} files (${value.length} given)`,
        `最多 ${max} 个文件（现有 ${value.length} 个）`,
      ),
    ];
  return [];
}

function tableProblems(field: FormField, value: unknown, at: string): LocalizedFieldProblem[] {
  if (!Array.isArray(value)) return [problem(at, 'must be a list of rows', '必须是行的列表')];
  if (value.length === 0) return [];
  const min = field.minRows ?? 0;
  const max = field.maxRows ?? FIELD_DEFAULTS.maxRows;
  if (value.length < min || value.length > max)
    return [
      problem(
        at,
        `must have ${min} to ${max} rows (it has ${value.length})`,
        `必须有 ${min} 到 ${max} 行（现有 ${value.length} 行）`,
      ),
    ];
  const columns = field.columns ?? [];
  return value.flatMap((row: unknown, i) => rowProblems(columns, row, `${at}[${i}]`));
}

function rowProblems(columns: TableColumn[], row: unknown, at: string): LocalizedFieldProblem[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return [
      problem(at, 'must be a row: an object of cells by column key', '必须是一行：按列键给出单元格的对象'),
    ];
  const cells = row as TableRow;
  const found = Object.keys(cells)
    .filter((k) => !columns.some((c) => c.key === k))
    .map((k) => problem(`${at}.${k}`, 'is not a column of this table', '不是此表格的列'));
  for (const column of columns) found.push(...cellProblems(column, cells[column.key], `${at}.${column.key}`));
  return found;
}

function cellProblems(column: TableColumn, cell: unknown, at: string): LocalizedFieldProblem[] {
  const empty = cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
  if (empty) return column.required ? [problem(at, 'is required', '为必填项')] : [];
  if (column.type === 'number')
    return typeof cell === 'number' && Number.isFinite(cell)
      ? []
      : [problem(at, 'must be a number', '必须是数字')];
  if (typeof cell !== 'string') return [problem(at, 'must be a text', '必须是文本')];
  if (column.type === 'date')
    return isCalendarDate(cell.trim())
      ? []
      : [problem(at, 'must be a date written YYYY-MM-DD', '必须是 YYYY-MM-DD 格式的日期')];
  const n = characters(cell.trim());
  return n > FIELD_DEFAULTS.tableTextChars
    ? [
        problem(
          at,
          `at most ${FIELD_DEFAULTS.tableTextChars} characters (it has ${n})`,
          `最多 ${FIELD_DEFAULTS.tableTextChars} 个字符（现为 ${n} 个）`,
        ),
      ]
    : [];
}
