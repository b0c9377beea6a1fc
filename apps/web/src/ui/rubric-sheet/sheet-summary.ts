import type { RubricContent } from '@rubric-maths/rubric';
import { rubricResult, sheetProblems, type SheetValues } from '@rubric-maths/rubric-result';

export interface CategorySummary {
  code: string;
  weight: number;
  /** Items of the category with a value on their scale. */
  scored: number;
  items: number;
  /** The category's percentage once every one of its items is scored; null before. */
  percent: number | null;
}

export interface SheetSummary {
  categories: CategorySummary[];
  /** Items with a value on their scale, out of `items`. */
  scored: number;
  items: number;
  /** The weighted total, band and weakest category: only for a complete sheet, as the server computes them. */
  total: number | null;
  band: string | null;
  weakestCategory: string | null;
  /** Item code -> its problem (out of scale, off step), as the server words it. */
  problems: Record<string, { en: string; zh: string }>;
}

/**
 * What a sheet adds up to while a judge types: the server's own rubric maths (rubricResult) on the values that
 * are on their scales. A complete category gets its percentage as soon as its last item is scored; the total,
 * band and weakest category only once every item is, because a partial total would mislead.
 */
export function sheetSummary(rubric: RubricContent, values: SheetValues): SheetSummary {
  const problems: SheetSummary['problems'] = {};
  for (const p of sheetProblems(rubric, values, false))
    problems[p.field.replace(/^values\./, '')] = p.message;
  const usable: SheetValues = {};
  for (const [code, v] of Object.entries(values)) if (!problems[code]) usable[code] = v;

  const categories = rubric.categories.map((category): CategorySummary => {
    const scored = category.items.filter((i) => usable[i.code] !== undefined).length;
    const complete = scored === category.items.length;
    // The category alone, weighted 100, is a rubric whose one category result is this category's percentage.
    const percent = complete
      ? rubricResult({ categories: [{ ...category, weight: 100 }], bands: rubric.bands }, usable)
          .categories[0].percent
      : null;
    return { code: category.code, weight: category.weight, scored, items: category.items.length, percent };
  });
  const scored = categories.reduce((s, c) => s + c.scored, 0);
  const items = categories.reduce((s, c) => s + c.items, 0);
  const result = scored === items ? rubricResult(rubric, usable) : null;
  return {
    categories,
    scored,
    items,
    total: result?.total ?? null,
    band: result?.band ?? null,
    weakestCategory: result?.weakestCategory ?? null,
    problems,
  };
}
