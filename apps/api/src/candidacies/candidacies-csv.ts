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

export function candidaciesCsv(rows: CandidacyResponseDto[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
