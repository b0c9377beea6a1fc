import type { LocalizedFieldProblem } from '@app/common';
import { published } from '../results/precision';
import { onStep, RubricBand, RubricContent, stepOf } from './rubric';

/** A score sheet's values, item code -> points on the item's scale. */
export type SheetValues = Record<string, number>;

export interface CategoryResult {
  code: string;
  weight: number;
  /** Points above the scales' minimums as a percentage of what the category's items allow, 0-100. */
  percent: number;
}

export interface RubricResult {
  categories: CategoryResult[];
  /** Sum of weight x percent / 100: out of 100. */
  total: number;
  /** The CCCS weakest-plank view: the category with the lowest percentage (ties: the heavier, then the first). */
  weakestCategory: string;
  band: string;
}

/**
 * The band of a weighted total. Bands are whole points (0-40, 41-60, ...), so the total is first rounded half
 * up to a whole point: 40.49 is 40 (not certified), 40.5 is 41 (conditional).
 */
export function bandOf(total: number, bands: RubricBand[]): string {
  const points = Math.floor(published(total) + 0.5);
  const band = bands.find((b) => points >= b.min && points <= b.max);
  if (!band) throw new RangeError(`no band holds ${points} points`);
  return band.outcome;
}

/** The missing, out-of-scale or off-step items of a sheet, by item code: empty when the sheet can be submitted. */
export function sheetProblems(rubric: RubricContent, values: SheetValues, complete: boolean) {
  const problems: LocalizedFieldProblem[] = [];
  const known = new Set<string>();
  for (const category of rubric.categories) {
    for (const item of category.items) {
      known.add(item.code);
      const v = values[item.code];
      if (v === undefined || v === null) {
        if (complete)
          problems.push({
            field: `values.${item.code}`,
            message: { en: 'is required to submit', zh: '提交时必填' },
          });
      } else if (typeof v !== 'number' || !Number.isFinite(v) || v < item.scaleMin || v > item.scaleMax) {
        problems.push({
          field: `values.${item.code}`,
          message: {
            en: `must be a number from ${item.scaleMin} to ${item.scaleMax}`,
            zh: `必须是 ${item.scaleMin} 到 ${item.scaleMax} 之间的数`,
          },
        });
      } else if (!onStep(item, v)) {
        // A value between the rubric's steps would count points the rubric never offered.
        problems.push({
          field: `values.${item.code}`,
          message:
            stepOf(item) === 1
              ? {
                  en: `must be a whole number of points (the item declares no finer step)`,
                  zh: `必须是整数分（此题未声明更细的步长）`,
                }
              : {
                  en: `must be ${item.scaleMin} plus a multiple of the item's step ${stepOf(item)}`,
                  zh: `必须是 ${item.scaleMin} 加上此题步长 ${stepOf(item)} 的整数倍`,
                },
        });
      }
    }
  }
  for (const code of Object.keys(values)) {
    if (!known.has(code))
      problems.push({
        field: `values.${code}`,
        message: { en: 'is not an item of this rubric', zh: '不是此评分细则的题目' },
      });
  }
  return problems;
}

/** A complete sheet's result on its rubric. */
export function rubricResult(rubric: RubricContent, values: SheetValues): RubricResult {
  const categories = rubric.categories.map((category) => {
    let points = 0;
    let possible = 0;
    for (const item of category.items) {
      const v = values[item.code];
      if (v === undefined) throw new RangeError(`item ${item.code} has no value`);
      points += v - item.scaleMin;
      possible += item.scaleMax - item.scaleMin;
    }
    return {
      code: category.code,
      weight: category.weight,
      percent: published((100 * points) / possible),
    };
  });
  // Kept at the published precision so that the same sheet always gives the same band.
  const total = published(categories.reduce((s, c) => s + (c.weight * c.percent) / 100, 0));
  return {
    categories,
    total,
    weakestCategory: weakestCategory(categories),
    band: bandOf(total, rubric.bands),
  };
}

export function weakestCategory(categories: CategoryResult[]): string {
  let weakest = categories[0];
  for (const c of categories.slice(1)) {
    if (c.percent < weakest.percent || (c.percent === weakest.percent && c.weight > weakest.weight))
      weakest = c;
  }
  return weakest.code;
}

/** The code of the category with the highest weight (the first such in rubric order). */
export function heaviestCategory(rubric: RubricContent): string {
  let heaviest = rubric.categories[0];
  for (const c of rubric.categories) if (c.weight > heaviest.weight) heaviest = c;
  return heaviest.code;
}
