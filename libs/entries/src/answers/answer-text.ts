import type { Language } from '@app/common';
import type { AnswerValue, FormField, TableRow } from '../form-definition';

/**
 * An answer as a person reads it in a table cell, in `language`: choices by their labels, a table as one
 * line per row (`1. Site: Shenzhen; Seats: 120`), files by their names (their ids when a name is unknown),
 * numbers kept as numbers so a spreadsheet can sum them. Null for an empty answer.
 */
export function answerText(
  field: FormField,
  value: AnswerValue | undefined,
  language: Language,
  fileNames: ReadonlyMap<string, string> = new Map(),
): string | number | null {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const separator = language === 'zh' ? '；' : '; ';
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label[language] ?? v;
  switch (field.type) {
    case 'single-choice':
      return label(value as string);
    case 'multiple-choice':
      return (value as string[]).map(label).join(separator);
    case 'file':
      return (value as string[]).map((id) => fileNames.get(id) ?? id).join(separator);
    case 'table':
      return (value as TableRow[])
        .map((row, i) => {
          const cells = (field.columns ?? [])
            .filter((c) => row[c.key] !== null && row[c.key] !== undefined)
            .map((c) => `${c.label[language]}${language === 'zh' ? '：' : ': '}${String(row[c.key])}`);
          return `${i + 1}. ${cells.join(separator)}`;
        })
        .join('\n');
    default:
      return typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
  }
}
