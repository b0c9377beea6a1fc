import type { Localized } from '@app/common';
/** A judging rubric: weighted categories of items, each item on its own scale, and outcome bands. */
export interface RubricItem {
  code: string;
  name: string;
  nameZh?: string | null;
  scaleMin: number;
  scaleMax: number;
  /**
   * The finest difference a judge may score, when finer than whole points (e.g. 0.5): a value must be
   * scaleMin + k x step. Absent: whole points only.
   */
  step?: number | null;
  /** What a judge should look for; shown beside the item on the score sheet. */
  guidance?: string | null;
  /** The guidance in Chinese, shown to judges who read Chinese (the English one when absent). */
  guidanceZh?: string | null;
}

export interface RubricCategory {
  code: string;
  name: string;
  nameZh?: string | null;
  /** Out of 100 across the rubric. */
  weight: number;
  items: RubricItem[];
}

/** A band of whole points of the weighted total, e.g. 41-60 "conditional". */
export interface RubricBand {
  min: number;
  max: number;
  outcome: string;
  nameZh?: string | null;
  meaning?: string | null;
  /** The meaning in Chinese (the English one when absent). */
  meaningZh?: string | null;
}

export interface RubricContent {
  categories: RubricCategory[];
  bands: RubricBand[];
}

export interface RubricProblem {
  field: string;
  message: Localized;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const OUTCOME = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Everything that makes a rubric unusable, each naming its field: weights that are not whole numbers summing
 * to 100, duplicate or malformed codes, empty categories, scales that are not whole numbers with max > min,
 * steps that do not divide their scale's range, and bands that do not cover 0-100 in whole points without gap or overlap.
 */
export function rubricProblems(rubric: RubricContent): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const { categories, bands } = rubric;
  if (categories.length === 0)
    problems.push({ field: 'categories', message: { en: 'at least one category', zh: '至少一个类别' } });
  const codes = new Set<string>();
  const claim = (code: string, field: string) => {
    if (!CODE.test(code))
      problems.push({
        field,
        message: {
          en: 'code: 1-20 letters, digits, ".", "_" or "-"',
          zh: '代码：1 到 20 个字母、数字、“.”、“_”或“-”',
        },
      });
    else if (codes.has(code))
      problems.push({ field, message: { en: `code "${code}" is used twice`, zh: `代码“${code}”重复使用` } });
    codes.add(code);
  };
  categories.forEach((category, c) => {
    const at = `categories[${c}]`;
    claim(category.code, `${at}.code`);
    if (!Number.isInteger(category.weight) || category.weight < 1 || category.weight > 100) {
      problems.push({
        field: `${at}.weight`,
        message: { en: 'a whole number from 1 to 100', zh: '1 到 100 的整数' },
      });
    }
    if (category.items.length === 0)
      problems.push({ field: `${at}.items`, message: { en: 'at least one item', zh: '至少一个题目' } });
    category.items.forEach((item, i) => {
      claim(item.code, `${at}.items[${i}].code`);
      const { scaleMin, scaleMax } = item;
      if (
        !Number.isInteger(scaleMin) ||
        !Number.isInteger(scaleMax) ||
        scaleMin < 0 ||
        scaleMax <= scaleMin
      ) {
        problems.push({
          field: `${at}.items[${i}].scaleMax`,
          message: {
            en: 'scale: whole numbers with 0 <= scaleMin < scaleMax',
            zh: '量表：整数，且 0 <= scaleMin < scaleMax',
          },
        });
      } else if (
        item.step !== undefined &&
        item.step !== null &&
        !validStep(item.step, scaleMax - scaleMin)
      ) {
        problems.push({
          field: `${at}.items[${i}].step`,
          message: {
            en: `a positive number that divides the scale's range (${scaleMax - scaleMin}) a whole number of times`,
            zh: `能整除量表范围（${scaleMax - scaleMin}）的正数`,
          },
        });
      }
    });
  });
  const total = categories.reduce((s, c) => s + c.weight, 0);
  if (categories.length > 0 && total !== 100) {
    problems.push({
      field: 'categories',
      message: {
        en: `weights must sum to 100 (they sum to ${total})`,
        zh: `权重之和必须为 100（现为 ${total}）`,
      },
    });
  }
  problems.push(...bandProblems(bands));
  return problems;
}

function bandProblems(bands: RubricBand[]): RubricProblem[] {
  if (bands.length === 0)
    return [{ field: 'bands', message: { en: 'at least one band', zh: '至少一个等级' } }];
  const problems: RubricProblem[] = [];
  const outcomes = new Set<string>();
  bands.forEach((band, b) => {
    if (!OUTCOME.test(band.outcome)) {
      problems.push({
        field: `bands[${b}].outcome`,
        message: { en: 'lower-case letters, digits and "-"', zh: '小写字母、数字和“-”' },
      });
    } else if (outcomes.has(band.outcome)) {
      problems.push({
        field: `bands[${b}].outcome`,
        message: { en: `outcome "${band.outcome}" is used twice`, zh: `等级结果“${band.outcome}”重复使用` },
      });
    }
    outcomes.add(band.outcome);
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max) || band.min > band.max) {
      problems.push({
        field: `bands[${b}].max`,
        message: { en: 'whole points with min <= max', zh: '整数分，且 min <= max' },
      });
    }
  });
  if (problems.length > 0) return problems;
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  let next = 0;
  for (const band of sorted) {
    if (band.min !== next) {
      return [
        {
          field: 'bands',
          message: {
            en: `bands must cover 0-100 without gaps or overlaps (at ${next})`,
            zh: `等级必须无间隙、无重叠地覆盖 0-100（在 ${next} 处）`,
          },
        },
      ];
    }
    next = band.max + 1;
  }
  if (next !== 101)
    return [{ field: 'bands', message: { en: 'bands must end at 100', zh: '等级必须止于 100' } }];
  return [];
}

/** How close to a whole number of steps a value must be: absorbs binary fractions (0.1 x 3), nothing a judge types. */
const STEP_TOLERANCE = 1e-9;

const wholeSteps = (distance: number, step: number) => {
  const k = distance / step;
  return Math.abs(k - Math.round(k)) < STEP_TOLERANCE;
};

function validStep(step: number, range: number): boolean {
  return (
    typeof step === 'number' && Number.isFinite(step) && step > 0 && step <= range && wholeSteps(range, step)
  );
}

/** The item's step: its declared one, or 1 (whole points) when it declares none. */
export const stepOf = (item: RubricItem): number => item.step ?? 1;

/** Whether a value on the item's scale lies on one of its steps (scaleMin + k x step). */
export const onStep = (item: RubricItem, value: number): boolean =>
  wholeSteps(value - item.scaleMin, stepOf(item));

/** Bands from the highest to the lowest, the order in which a minimum band is compared. */
export function bandsDescending(bands: RubricBand[]): RubricBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/** Whether `outcome` is the band `minimum` or a higher one. */
export function bandAtLeast(bands: RubricBand[], outcome: string, minimum: string): boolean {
  const rank = (o: string) => bands.find((b) => b.outcome === o)?.min ?? Number.NEGATIVE_INFINITY;
  return rank(outcome) >= rank(minimum);
}

/** Every item of the rubric, in order. */
export function rubricItems(rubric: RubricContent): RubricItem[] {
  return rubric.categories.flatMap((c) => c.items);
}
