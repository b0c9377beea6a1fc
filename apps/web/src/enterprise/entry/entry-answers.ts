import type { AnswerValue, Answers, FormDefinition } from '@entry-rules/form-definition';
import { missingAnswers, visibleFields } from '@entry-rules/forms/form-fields';
import type { components } from '../../api/schema';

export type Entry = components['schemas']['EntryResponseDto'];
export type Field = components['schemas']['FormFieldDto'];
export type EntryDocument = components['schemas']['EntryDocumentDto'];
/** An answer as the API shows it: a file field's answer is its documents. */
export type ShownAnswer = Entry['answers'][string];
export type ShownAnswers = Record<string, ShownAnswer | undefined>;

/** Whether a shown answer is a file field's documents (a list of objects naming a file). */
export function isDocuments(value: ShownAnswer | undefined): value is EntryDocument[] {
  return Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null && 'fileName' in v);
}

/** The answers as the form's conditions read them (a file field counts by its documents' ids). */
export function conditionAnswers(answers: ShownAnswers): Answers {
  const result: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    result[key] = isDocuments(value) ? value.map((d) => d.id) : value;
  }
  return result;
}

/** The keys of the fields that show with these answers: the server's own rule, applied as the person types. */
export function shownFields(definition: FormDefinition, answers: ShownAnswers): Set<string> {
  return new Set(visibleFields(definition, conditionAnswers(answers)));
}

/** "3 of 5 required answers": the required fields that show, and how many of them are answered. */
export function completeness(
  definition: FormDefinition,
  answers: ShownAnswers,
): { answered: number; required: number; missing: string[] } {
  const shown = shownFields(definition, answers);
  const required = definition.sections.flatMap((s) => s.fields).filter((f) => f.required && shown.has(f.key));
  const missing = missingAnswers(definition, conditionAnswers(answers)).map((f) => f.key);
  return { answered: required.length - missing.length, required: required.length, missing };
}

export type TypedAnswer = { value: AnswerValue } | { problem: 'notANumber' | 'notAnInteger' };

/**
 * What a text box's content means as an answer to its field: a number for a number field (empty clears),
 * the text itself otherwise. A number that is not one is caught here; ranges and lengths are the API's to say.
 */
export function typedAnswer(field: Pick<Field, 'type' | 'integer'>, text: string): TypedAnswer {
  const trimmed = text.trim();
  if (field.type !== 'number') return { value: text === '' ? null : text };
  if (trimmed === '') return { value: null };
  const n = Number(trimmed.replace(/,/g, ''));
  if (!Number.isFinite(n)) return { problem: 'notANumber' };
  if (field.integer && !Number.isInteger(n)) return { problem: 'notAnInteger' };
  return { value: n };
}

/** The text a text box shows for an answer (numbers as typed, nothing for none). */
export function answerText(value: ShownAnswer | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** A file field's limits in words' raw parts: the accepted types as short names, the size in MB. */
export function fileLimits(field: Pick<Field, 'accept' | 'maxBytes' | 'maxFiles'>): {
  types: string;
  megabytes: number | null;
  files: number;
} {
  const names = (field.accept ?? []).map((type) => {
    if (type === 'image/*') return 'JPG/PNG';
    const sub = type.split('/')[1] ?? type;
    return sub.replace(/^vnd\..*sheet$/, 'xlsx').toUpperCase();
  });
  return {
    types: names.join(', '),
    megabytes: field.maxBytes ? Math.round((field.maxBytes / 1024 / 1024) * 10) / 10 : null,
    files: field.maxFiles ?? 1,
  };
}
