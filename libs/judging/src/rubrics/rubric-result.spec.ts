import fc from 'fast-check';
import { CCCS_RUBRIC } from './cccs-rubric';
import { RubricContent, rubricItems, rubricProblems } from './rubric';
import { bandOf, rubricResult, sheetProblems } from './rubric-result';

const CCCS_BANDS = [
  { min: 81, max: 100, outcome: 'certified-five-star' },
  { min: 61, max: 80, outcome: 'certified' },
  { min: 41, max: 60, outcome: 'conditional' },
  { min: 0, max: 40, outcome: 'not-certified' },
];

const small: RubricContent = {
  categories: [
    {
      code: 'A',
      name: 'Process',
      weight: 40,
      items: [
        { code: 'a1', name: 'one', scaleMin: 0, scaleMax: 10 },
        { code: 'a2', name: 'two', scaleMin: 0, scaleMax: 10 },
      ],
    },
    {
      code: 'B',
      name: 'Results',
      weight: 60,
      items: [{ code: 'b1', name: 'three', scaleMin: 0, scaleMax: 100 }],
    },
  ],
  bands: CCCS_BANDS,
};

describe('rubric result', () => {
  it('gives category percentages, the weighted total, the weakest category and the band (hand-computed)', () => {
    // A: (8 + 6) / 20 = 70 %; B: 45 %; total 40 x 0.70 + 60 x 0.45 = 28 + 27 = 55 -> conditional.
    expect(rubricResult(small, { a1: 8, a2: 6, b1: 45 })).toEqual({
      categories: [
        { code: 'A', weight: 40, percent: 70 },
        { code: 'B', weight: 60, percent: 45 },
      ],
      total: 55,
      weakestCategory: 'B',
      band: 'conditional',
    });
  });

  it('counts points above a scale minimum: 1-5 scored 3 is half of the range', () => {
    const r: RubricContent = {
      categories: [
        { code: 'C', name: 'c', weight: 100, items: [{ code: 'c1', name: 'c1', scaleMin: 1, scaleMax: 5 }] },
      ],
      bands: CCCS_BANDS,
    };
    expect(rubricResult(r, { c1: 3 }).total).toBe(50);
  });

  it('takes the heavier category as the weakest when percentages tie', () => {
    expect(rubricResult(small, { a1: 5, a2: 5, b1: 50 }).weakestCategory).toBe('B');
  });

  it.each([
    [0, 'not-certified'],
    [40, 'not-certified'],
    [40.49, 'not-certified'],
    [40.5, 'conditional'],
    [41, 'conditional'],
    [60, 'conditional'],
    [60.4999, 'conditional'],
    [60.5, 'certified'],
    [61, 'certified'],
    [80, 'certified'],
    [81, 'certified-five-star'],
    [100, 'certified-five-star'],
  ])('places a total of %d in band %s (whole points, half up)', (total, band) => {
    expect(bandOf(total, CCCS_BANDS)).toBe(band);
  });

  it('seeds the CCCS-OP 2003 rubric: 8 categories, 48 items, weights 10/10/10/15/10/15/10/20', () => {
    const rubric: RubricContent = CCCS_RUBRIC.definition;
    expect(rubricProblems(rubric)).toEqual([]);
    expect(rubric.categories.map((c) => c.weight)).toEqual([10, 10, 10, 15, 10, 15, 10, 20]);
    expect(rubricItems(rubric)).toHaveLength(48);
    const full = Object.fromEntries(rubricItems(rubric).map((i) => [i.code, 10]));
    expect(rubricResult(rubric, full)).toMatchObject({ total: 100, band: 'certified-five-star' });
    // Everything at 6 except results (category 8, weight 20) at 3: 80 x 0.6 + 20 x 0.3 = 54 -> conditional.
    const weak = Object.fromEntries(
      rubricItems(rubric).map((i) => [i.code, i.code.startsWith('8.') ? 3 : 6]),
    );
    expect(rubricResult(rubric, weak)).toMatchObject({
      total: 54,
      weakestCategory: '8',
      band: 'conditional',
    });
  });

  it('stays within 0-100 and between the weakest and the strongest category (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }),
        ([a1, a2, b]) => {
          const r = rubricResult(small, { a1, a2, b1: b * 10 });
          const percents = r.categories.map((c) => c.percent);
          expect(r.total).toBeGreaterThanOrEqual(Math.min(...percents) - 1e-9);
          expect(r.total).toBeLessThanOrEqual(Math.max(...percents) + 1e-9);
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('rubric checks', () => {
  it('names each problem: weights, codes, scales and band coverage', () => {
    const bad: RubricContent = {
      categories: [
        { code: 'A', name: 'a', weight: 50, items: [{ code: 'x', name: 'x', scaleMin: 5, scaleMax: 5 }] },
        { code: 'A', name: 'b', weight: 30, items: [] },
      ],
      bands: [
        { min: 0, max: 40, outcome: 'low' },
        { min: 50, max: 100, outcome: 'high' },
      ],
    };
    expect(rubricProblems(bad)).toEqual([
      {
        field: 'categories[0].items[0].scaleMax',
        message: expect.objectContaining({ en: 'scale: whole numbers with 0 <= scaleMin < scaleMax' }),
      },
      { field: 'categories[1].code', message: expect.objectContaining({ en: 'code "A" is used twice' }) },
      { field: 'categories[1].items', message: expect.objectContaining({ en: 'at least one item' }) },
      {
        field: 'categories',
        message: expect.objectContaining({ en: 'weights must sum to 100 (they sum to 80)' }),
      },
      {
        field: 'bands',
        message: expect.objectContaining({ en: 'bands must cover 0-100 without gaps or overlaps (at 41)' }),
      },
    ]);
  });

  it('checks a sheet: required items to submit, scales, unknown items', () => {
    expect(sheetProblems(small, { a1: 11, zz: 1 }, true)).toEqual([
      { field: 'values.a1', message: expect.objectContaining({ en: 'must be a number from 0 to 10' }) },
      { field: 'values.a2', message: expect.objectContaining({ en: 'is required to submit' }) },
      { field: 'values.b1', message: expect.objectContaining({ en: 'is required to submit' }) },
      { field: 'values.zz', message: expect.objectContaining({ en: 'is not an item of this rubric' }) },
    ]);
    expect(sheetProblems(small, { a1: 3 }, false)).toEqual([]);
  });

  it('refuses a value between whole points on an item that declares no step, naming the item', () => {
    expect(sheetProblems(small, { a1: 7.5, a2: 6, b1: 45.25 }, true)).toEqual([
      {
        field: 'values.a1',
        message: expect.objectContaining({
          en: 'must be a whole number of points (the item declares no finer step)',
        }),
      },
      {
        field: 'values.b1',
        message: expect.objectContaining({
          en: 'must be a whole number of points (the item declares no finer step)',
        }),
      },
    ]);
  });

  it('accepts scaleMin + k x step on an item with a step, and nothing in between', () => {
    const halves: RubricContent = {
      categories: [
        {
          code: 'A',
          name: 'a',
          weight: 100,
          items: [
            { code: 'h', name: 'halves', scaleMin: 1, scaleMax: 5, step: 0.5 },
            { code: 't', name: 'tenths', scaleMin: 0, scaleMax: 1, step: 0.1 },
          ],
        },
      ],
      bands: CCCS_BANDS,
    };
    expect(sheetProblems(halves, { h: 3.5, t: 0.3 }, true)).toEqual([]);
    expect(sheetProblems(halves, { h: 3.25, t: 0.35 }, true)).toEqual([
      {
        field: 'values.h',
        message: expect.objectContaining({ en: "must be 1 plus a multiple of the item's step 0.5" }),
      },
      {
        field: 'values.t',
        message: expect.objectContaining({ en: "must be 0 plus a multiple of the item's step 0.1" }),
      },
    ]);
    // (3.5 - 1) / 4 = 62.5 %, 0.3 / 1 = 30 %: the category is (2.5 + 0.3) / 5 = 56 %.
    expect(rubricResult(halves, { h: 3.5, t: 0.3 }).total).toBe(56);
  });

  it('checks a declared step: positive and dividing the scale range a whole number of times', () => {
    const withStep = (step: number): RubricContent => ({
      categories: [
        {
          code: 'A',
          name: 'a',
          weight: 100,
          items: [{ code: 'x', name: 'x', scaleMin: 0, scaleMax: 10, step }],
        },
      ],
      bands: CCCS_BANDS,
    });
    expect(rubricProblems(withStep(0.5))).toEqual([]);
    for (const bad of [0, -1, 0.3, 20]) {
      expect(rubricProblems(withStep(bad))).toEqual([
        {
          field: 'categories[0].items[0].step',
          message: expect.objectContaining({
            en: "a positive number that divides the scale's range (10) a whole number of times",
          }),
        },
      ]);
    }
  });
});
