import type { Localized, LocalizedFieldProblem } from '@app/common';
import { FORM_KEY } from '../form-definition';
import { FORM_LIMITS } from './form-limits';

/** The small checks a form definition is made of, each adding problems that name their path. */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Problems {
  readonly found: LocalizedFieldProblem[] = [];

  add(field: string, en: string, zh: string): void {
    this.found.push({ field, message: { en, zh } });
  }

  object(value: unknown, at: string): value is Json {
    if (isObject(value)) return true;
    this.add(at, 'must be an object', '必须是对象');
    return false;
  }

  /** Properties outside `allowed`; `elsewhere` says which belong to other field types. */
  onlyKnown(
    value: Json,
    allowed: readonly string[],
    at: string,
    elsewhere?: (name: string) => string | null,
  ) {
    for (const name of Object.keys(value)) {
      if (allowed.includes(name)) continue;
      const owner = elsewhere?.(name);
      if (owner)
        this.add(`${at}.${name}`, `does not apply to a ${owner} field`, `不适用于 ${owner} 类型的字段`);
      else this.add(`${at}.${name}`, `unknown property ${name}`, `未知属性 ${name}`);
    }
  }

  /** A key that is well-formed and not yet in `taken` (which it joins). */
  key(value: unknown, at: string, taken: Set<string>): value is string {
    if (typeof value !== 'string' || !FORM_KEY.test(value)) {
      this.add(
        at,
        'a lower-case letter, then lower-case letters, digits or _ (at most 63 characters)',
        '以小写字母开头，其后为小写字母、数字或 _（最多 63 个字符）',
      );
      return false;
    }
    // Answers and table rows are plain objects: a key Object.prototype already has (`constructor`,
    // `hasOwnProperty`...) would read as answered when it is not.
    if (value in Object.prototype) {
      this.add(at, `key "${value}" is reserved`, `键“${value}”为保留字`);
      return false;
    }
    if (taken.has(value)) {
      this.add(at, `key "${value}" is used twice`, `键“${value}”重复使用`);
      return false;
    }
    taken.add(value);
    return true;
  }

  /** Text in both languages, each non-empty and at most `max` characters. */
  localized(value: unknown, at: string, max: number = FORM_LIMITS.labelChars): value is Localized {
    const { en, zh } = isObject(value) ? value : { en: undefined, zh: undefined };
    const ok =
      isObject(value) &&
      Object.keys(value).every((k) => k === 'en' || k === 'zh') &&
      typeof en === 'string' &&
      typeof zh === 'string' &&
      en.trim() !== '' &&
      zh.trim() !== '';
    if (!ok) {
      this.add(at, 'needs non-empty text in both en and zh', '需要 en 和 zh 两种语言的非空文本');
      return false;
    }
    if ([...en].length > max || [...zh].length > max) {
      this.add(at, `at most ${max} characters in each language`, `每种语言最多 ${max} 个字符`);
      return false;
    }
    return true;
  }

  boolean(value: unknown, at: string): void {
    if (typeof value !== 'boolean') this.add(at, 'must be true or false', '必须是 true 或 false');
  }

  /** An optional whole number within [min, max]; the number when valid, undefined when absent or invalid. */
  wholeNumber(value: unknown, at: string, min: number, max: number): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.add(at, `a whole number between ${min} and ${max}`, `${min} 到 ${max} 的整数`);
    return undefined;
  }

  /** An optional finite number. */
  number(value: unknown, at: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.add(at, 'must be a number', '必须是数字');
    return undefined;
  }

  /** `high` (at `at`) must not be below `low`. */
  ordered(low: number | undefined, high: number | undefined, at: string, lowName: string): void {
    if (low !== undefined && high !== undefined && high < low)
      this.add(at, `must be at least ${lowName} (${low})`, `不能小于 ${lowName}（${low}）`);
  }

  /** An array of `min` to `max` elements. */
  list(value: unknown, at: string, min: number, max: number): value is unknown[] {
    if (Array.isArray(value) && value.length >= min && value.length <= max) return true;
    this.add(at, `a list of ${min} to ${max} items`, `包含 ${min} 到 ${max} 项的列表`);
    return false;
  }
}
