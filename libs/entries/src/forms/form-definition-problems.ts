import type { LocalizedFieldProblem } from '@app/common';
import { FIELD_TYPES, FieldType, MAX_UPLOAD_BYTES, TABLE_COLUMN_TYPES } from '../form-definition';
import { Json, Problems } from './definition-checks';
import { FORM_LIMITS } from './form-limits';

const COMMON_PROPERTIES = ['key', 'type', 'label', 'help', 'required', 'showWhen'] as const;
const TYPE_PROPERTIES: Record<FieldType, readonly string[]> = {
  'short-text': ['minLength', 'maxLength'],
  'long-text': ['minLength', 'maxLength'],
  number: ['min', 'max', 'integer'],
  'single-choice': ['options'],
  'multiple-choice': ['options', 'minChoices', 'maxChoices'],
  date: [],
  url: [],
  email: [],
  file: ['accept', 'maxBytes', 'maxFiles'],
  table: ['columns', 'minRows', 'maxRows'],
};
/** The types whose answer a condition can compare with a list of values. */
export const CONDITION_SOURCE_TYPES: readonly FieldType[] = [
  'single-choice',
  'multiple-choice',
  'number',
  'short-text',
];
/** `type/subtype` or `type/*`, lower case, as in an HTTP Accept header. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/;

/** A field seen earlier in the form, as a later condition may refer to it. */
interface EarlierField {
  type: FieldType | null;
  options: string[];
}

const isFieldType = (v: unknown): v is FieldType => (FIELD_TYPES as readonly unknown[]).includes(v);

/** The other field types a property belongs to, for a message that says why it is refused. */
function ownerOf(name: string): string | null {
  const owners = FIELD_TYPES.filter((t) => TYPE_PROPERTIES[t].includes(name));
  return owners.length > 0 ? owners.join('/') : null;
}

/**
 * Everything that makes an entry form unusable, each naming its path (`sections[1].fields[2].maxLength`,
 * prefixed with `root.` when given): sections and fields that are not objects or carry unknown properties,
 * keys that are malformed or used twice (field keys across the whole form, since answers are keyed by them),
 * labels missing a language, type-specific options out of order or out of bounds, and conditions that do
 * not look at an earlier choice, number or short-text field with values that field can hold.
 * Empty means the definition is a `FormDefinition`.
 */
export function formDefinitionProblems(definition: unknown, root = ''): LocalizedFieldProblem[] {
  const p = new Problems();
  const path = (rest: string) => (root ? `${root}.${rest}` : rest);
  if (!p.object(definition, root || 'definition')) return p.found;
  p.onlyKnown(definition, ['sections'], root || 'definition');
  if (!p.list(definition.sections, path('sections'), 1, FORM_LIMITS.sections)) return p.found;

  const sectionKeys = new Set<string>();
  const fieldKeys = new Set<string>();
  const earlier = new Map<string, EarlierField>();
  let fieldCount = 0;
  definition.sections.forEach((section: unknown, i) => {
    const at = path(`sections[${i}]`);
    if (!p.object(section, at)) return;
    p.onlyKnown(section, ['key', 'title', 'description', 'fields'], at);
    p.key(section.key, `${at}.key`, sectionKeys);
    p.localized(section.title, `${at}.title`);
    if (section.description !== undefined)
      p.localized(section.description, `${at}.description`, FORM_LIMITS.helpChars);
    if (!p.list(section.fields, `${at}.fields`, 1, FORM_LIMITS.fieldsPerForm)) return;
    section.fields.forEach((field: unknown, j) => {
      fieldCount++;
      checkField(p, field, `${at}.fields[${j}]`, fieldKeys, earlier);
    });
  });
  if (fieldCount > FORM_LIMITS.fieldsPerForm)
    p.add(
      path('sections'),
      `at most ${FORM_LIMITS.fieldsPerForm} fields in a form (it has ${fieldCount})`,
      `一个表单最多 ${FORM_LIMITS.fieldsPerForm} 个字段（现有 ${fieldCount} 个）`,
    );
  return p.found;
}

function checkField(
  p: Problems,
  field: unknown,
  at: string,
  fieldKeys: Set<string>,
  earlier: Map<string, EarlierField>,
): void {
  if (!p.object(field, at)) return;
  const type = isFieldType(field.type) ? field.type : null;
  if (!type)
    p.add(`${at}.type`, `one of ${FIELD_TYPES.join(', ')}`, `必须是以下之一：${FIELD_TYPES.join('、')}`);
  p.onlyKnown(field, [...COMMON_PROPERTIES, ...(type ? TYPE_PROPERTIES[type] : [])], at, (name) =>
    type ? ownerOf(name) : null,
  );
  // The condition is checked before the field joins `earlier`, so a field can never be its own source.
  if (field.showWhen !== undefined) checkCondition(p, field.showWhen, `${at}.showWhen`, earlier);
  const keyOk = p.key(field.key, `${at}.key`, fieldKeys);
  p.localized(field.label, `${at}.label`);
  if (field.help !== undefined) p.localized(field.help, `${at}.help`, FORM_LIMITS.helpChars);
  p.boolean(field.required, `${at}.required`);
  const options = type ? checkTypeOptions(p, type, field, at) : [];
  if (keyOk) earlier.set(field.key as string, { type, options });
}

/** The type's own settings; gives the choice values a later condition may name. */
function checkTypeOptions(p: Problems, type: FieldType, field: Json, at: string): string[] {
  switch (type) {
    case 'short-text':
    case 'long-text': {
      const cap = type === 'short-text' ? FORM_LIMITS.shortTextChars : FORM_LIMITS.longTextChars;
      const min = p.wholeNumber(field.minLength, `${at}.minLength`, 0, cap);
      const max = p.wholeNumber(field.maxLength, `${at}.maxLength`, 1, cap);
      p.ordered(min, max, `${at}.maxLength`, 'minLength');
      return [];
    }
    case 'number': {
      const min = p.number(field.min, `${at}.min`);
      const max = p.number(field.max, `${at}.max`);
      p.ordered(min, max, `${at}.max`, 'min');
      if (field.integer !== undefined) p.boolean(field.integer, `${at}.integer`);
      return [];
    }
    case 'single-choice':
    case 'multiple-choice': {
      const values = checkOptions(p, field.options, `${at}.options`);
      if (type === 'multiple-choice') {
        const min = p.wholeNumber(field.minChoices, `${at}.minChoices`, 0, FORM_LIMITS.options);
        const max = p.wholeNumber(field.maxChoices, `${at}.maxChoices`, 1, FORM_LIMITS.options);
        p.ordered(min, max, `${at}.maxChoices`, 'minChoices');
        const most = max ?? min;
        if (values.length > 0 && most !== undefined && most > values.length)
          p.add(
            `${at}.${max !== undefined ? 'maxChoices' : 'minChoices'}`,
            `at most the number of options (${values.length})`,
            `不能超过选项数（${values.length}）`,
          );
      }
      return values;
    }
    case 'file':
      checkFile(p, field, at);
      return [];
    case 'table':
      checkTable(p, field, at);
      return [];
    default:
      return [];
  }
}

function checkOptions(p: Problems, options: unknown, at: string): string[] {
  if (!p.list(options, at, 1, FORM_LIMITS.options)) return [];
  const values = new Set<string>();
  options.forEach((option: unknown, i) => {
    const here = `${at}[${i}]`;
    if (!p.object(option, here)) return;
    p.onlyKnown(option, ['value', 'label'], here);
    const v = option.value;
    if (typeof v !== 'string' || v.trim() !== v || v === '' || [...v].length > FORM_LIMITS.optionValueChars)
      p.add(
        `${here}.value`,
        `a text of 1 to ${FORM_LIMITS.optionValueChars} characters without surrounding spaces`,
        `1 到 ${FORM_LIMITS.optionValueChars} 个字符的文本，首尾不能有空格`,
      );
    else if (values.has(v)) p.add(`${here}.value`, `value "${v}" is used twice`, `值“${v}”重复使用`);
    else values.add(v);
    p.localized(option.label, `${here}.label`);
  });
  return [...values];
}

function checkFile(p: Problems, field: Json, at: string): void {
  if (p.list(field.accept, `${at}.accept`, 1, FORM_LIMITS.acceptTypes)) {
    const seen = new Set<string>();
    field.accept.forEach((type: unknown, i) => {
      if (typeof type !== 'string' || !MEDIA_TYPE.test(type) || type.startsWith('*/'))
        p.add(
          `${at}.accept[${i}]`,
          'a lower-case media type such as application/pdf or image/*',
          '小写的媒体类型，例如 application/pdf 或 image/*',
        );
      else if (seen.has(type)) p.add(`${at}.accept[${i}]`, `"${type}" is listed twice`, `“${type}”重复列出`);
      else seen.add(type);
    });
  }
  p.wholeNumber(field.maxBytes, `${at}.maxBytes`, 1, MAX_UPLOAD_BYTES);
  p.wholeNumber(field.maxFiles, `${at}.maxFiles`, 1, FORM_LIMITS.maxFiles);
}

function checkTable(p: Problems, field: Json, at: string): void {
  if (p.list(field.columns, `${at}.columns`, 1, FORM_LIMITS.columns)) {
    const keys = new Set<string>();
    field.columns.forEach((column: unknown, i) => {
      const here = `${at}.columns[${i}]`;
      if (!p.object(column, here)) return;
      p.onlyKnown(column, ['key', 'label', 'type', 'required'], here);
      p.key(column.key, `${here}.key`, keys);
      p.localized(column.label, `${here}.label`);
      if (!(TABLE_COLUMN_TYPES as readonly unknown[]).includes(column.type))
        p.add(
          `${here}.type`,
          `one of ${TABLE_COLUMN_TYPES.join(', ')}`,
          `必须是以下之一：${TABLE_COLUMN_TYPES.join('、')}`,
        );
      if (column.required !== undefined) p.boolean(column.required, `${here}.required`);
    });
  }
  const min = p.wholeNumber(field.minRows, `${at}.minRows`, 0, FORM_LIMITS.tableRows);
  const max = p.wholeNumber(field.maxRows, `${at}.maxRows`, 1, FORM_LIMITS.tableRows);
  p.ordered(min, max, `${at}.maxRows`, 'minRows');
}

function checkCondition(p: Problems, condition: unknown, at: string, earlier: Map<string, EarlierField>) {
  if (!p.object(condition, at)) return;
  p.onlyKnown(condition, ['field', 'in'], at);
  const source = typeof condition.field === 'string' ? earlier.get(condition.field) : undefined;
  if (!source) {
    p.add(`${at}.field`, 'must name an earlier field of this form', '必须是此表单中较早的字段');
  } else if (source.type && !CONDITION_SOURCE_TYPES.includes(source.type)) {
    p.add(
      `${at}.field`,
      `a condition can only look at a single-choice, multiple-choice, number or short-text field (${String(condition.field)} is ${source.type})`,
      `条件只能引用单选、多选、数字或短文本字段（${String(condition.field)} 为 ${source.type}）`,
    );
  }
  if (!p.list(condition.in, `${at}.in`, 1, FORM_LIMITS.conditionValues)) return;
  const type = source?.type;
  if (!source || !type || !CONDITION_SOURCE_TYPES.includes(type)) return;
  condition.in.forEach((value: unknown, i) => {
    const here = `${at}.in[${i}]`;
    if (type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) p.add(here, 'must be a number', '必须是数字');
    } else if (type === 'short-text') {
      if (typeof value !== 'string' || value.trim() === '' || value.trim() !== value)
        p.add(here, 'must be a non-empty text without surrounding spaces', '必须是首尾无空格的非空文本');
    } else if (typeof value !== 'string' || !source.options.includes(value)) {
      p.add(
        here,
        `${JSON.stringify(value)} is not an option of ${String(condition.field)}`,
        `${JSON.stringify(value)} 不是 ${String(condition.field)} 的选项`,
      );
    }
  });
}
