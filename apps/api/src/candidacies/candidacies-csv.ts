import type { CandidacyResponseDto } from './candidacies.dto';

const COLUMNS: (keyof CandidacyResponseDto)[] = [
  'id',
  'categoryId',
  'enterpriseId',
  'enterpriseName',
  'industryCode',
  'state',
  'decisionReason',
  'decidedAt',
  'createdAt',
];

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function candidaciesCsv(rows: CandidacyResponseDto[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
