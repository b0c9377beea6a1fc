import type { AnswerValue, Answers, FieldCondition, FormDefinition, FormField } from '../form-definition';

/** Every field of the form, section by section, in the order entrants see them. */
export function fieldsOf(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((s) => s.fields);
}

/** The field with this key, or undefined. */
export function fieldOf(definition: FormDefinition, key: string): FormField | undefined {
  return fieldsOf(definition).find((f) => f.key === key);
}

/** Not answered: absent, null, an empty text or an empty list. */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Whether an answer meets a condition: equal to one of its values, or (a multiple choice) holding one. */
export function conditionHolds(condition: FieldCondition, value: AnswerValue | undefined): boolean {
  if (isEmptyAnswer(value)) return false;
  if (Array.isArray(value)) return value.some((v) => condition.in.includes(v as string));
  return condition.in.includes(value as string | number);
}

/**
 * The keys of the fields an entrant sees with these answers, in form order. Conditions only look at earlier
 * fields, so one pass decides: a field shows when it has no condition, or its source field shows and its
 * answer meets the condition. A field whose source is hidden is hidden, whatever that hidden answer says.
 */
export function visibleFields(definition: FormDefinition, answers: Answers): string[] {
  const shown = new Set<string>();
  for (const field of fieldsOf(definition)) {
    const c = field.showWhen;
    if (!c || (shown.has(c.field) && conditionHolds(c, answers[c.field]))) shown.add(field.key);
  }
  return [...shown];
}

/** The required fields that show and are empty, in form order: what keeps the entry from being submitted. */
export function missingAnswers(definition: FormDefinition, answers: Answers): FormField[] {
  const shown = new Set(visibleFields(definition, answers));
  return fieldsOf(definition).filter((f) => f.required && shown.has(f.key) && isEmptyAnswer(answers[f.key]));
}

/**
 * Only the answers of fields that show, non-empty: what a submitted entry says. Answers of hidden fields stay
 * in the draft (the entrant may show the field again) but are no part of it.
 */
export function visibleAnswers(definition: FormDefinition, answers: Answers): Answers {
  const visible: Answers = {};
  for (const key of visibleFields(definition, answers)) {
    if (!isEmptyAnswer(answers[key])) visible[key] = answers[key];
  }
  return visible;
}
