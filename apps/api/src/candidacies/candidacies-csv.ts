import type { ExportCell } from '../http/table-export';
import type { CandidacyResponseDto } from './candidacies.dto';

/** The columns of the candidacy export, CSV and XLSX alike: the category by name in both languages, then its id. */
export const CANDIDACIES_EXPORT_HEADER = [
  'id',
  'category',
  'categoryZh',
  'categoryId',
  'enterpriseId',
  'enterpriseName',
  'industryCode',
  'state',
  'decisionReason',
  'decidedAt',
  'createdAt',
];

/** A category's names; one missing (deleted since, never in practice) leaves its cells empty. */
export type CategoryNames = Map<string, { name: string; nameZh: string | null }>;

/** The export rows of some candidacies: the export writes them a page at a time. */
export function candidacyExportRows(rows: CandidacyResponseDto[], categories: CategoryNames): ExportCell[][] {
  return rows.map((r) => {
    const category = categories.get(r.categoryId);
    return [
      r.id,
      category?.name,
      category?.nameZh,
      r.categoryId,
      r.enterpriseId,
      r.enterpriseName,
      r.industryCode,
      r.state,
      r.decisionReason,
      r.decidedAt ? new Date(r.decidedAt) : null,
      new Date(r.createdAt),
    ];
  });
}
