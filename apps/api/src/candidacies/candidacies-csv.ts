import { csvCell } from '../http/csv';
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

export const CANDIDACIES_CSV_HEADER = `${COLUMNS.join(',')}\r\n`;

/** The CSV lines of some candidacies, header excluded: the export writes them a page at a time. */
export function candidaciesCsvRows(rows: CandidacyResponseDto[]): string {
  return rows.map((r) => `${COLUMNS.map((c) => csvCell(r[c])).join(',')}\r\n`).join('');
}
