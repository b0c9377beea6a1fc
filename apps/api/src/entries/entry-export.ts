import type { Language } from '@app/common';
import { answerText, EntryExportRow, fieldsOf, FormDefinition } from '@app/entries';
import type { ExportCell } from '../http/table-export';

const FIXED_HEADER: Record<Language, string[]> = {
  en: ['Candidacy', 'Enterprise', 'Industry', 'Candidacy state', 'Entry state', 'Submitted at'],
  zh: ['参评申请', '企业', '行业', '申请状态', '申报状态', '提交时间'],
};

/**
 * The export's columns in `language`: the candidacy's facts, then one per field of the form by its label
 * (with its key when two fields share a label, so every column is named once).
 */
export function entryExportHeader(definition: FormDefinition, language: Language): string[] {
  const fields = fieldsOf(definition);
  const labels = [...FIXED_HEADER[language], ...fields.map((f) => f.label[language])];
  const shared = (label: string) => labels.indexOf(label) !== labels.lastIndexOf(label);
  return [
    ...FIXED_HEADER[language],
    ...fields.map((f) => (shared(f.label[language]) ? `${f.label[language]} (${f.key})` : f.label[language])),
  ];
}

/**
 * One row per candidacy: enterprise, industry (by name in `language`), states, submission time, then each
 * field's visible answer as people read it (choices by label, tables one row per line, files by name).
 */
export function entryExportRows(
  definition: FormDefinition,
  rows: EntryExportRow[],
  language: Language,
  industryNames: ReadonlyMap<string, { name: string; nameZh: string }>,
  fileNames: ReadonlyMap<string, string>,
): ExportCell[][] {
  const fields = fieldsOf(definition);
  return rows.map(({ candidacy, entry }) => {
    const industry = industryNames.get(candidacy.industryCode);
    return [
      candidacy.id,
      candidacy.enterpriseName,
      (language === 'zh' ? industry?.nameZh : industry?.name) ?? candidacy.industryCode,
      candidacy.state,
      entry?.state ?? 'not-started',
      entry?.submittedAt ?? null,
      ...fields.map((f) => answerText(f, entry?.answers[f.key], language, fileNames)),
    ];
  });
}
