import type { RubricContent } from '@rubric-maths/rubric';
import { rubricResult } from '@rubric-maths/rubric-result';
import { sheetSummary } from './sheet-summary';
import { parseScore, scoresAsTyped, typedValues } from './score-input';

const RUBRIC: RubricContent = {
  categories: [
    {
      code: 'service',
      name: 'Service',
      weight: 60,
      items: [
        { code: 's1', name: 'FCR', scaleMin: 0, scaleMax: 10 },
        { code: 's2', name: 'Queue', scaleMin: 0, scaleMax: 10, step: 0.5 },
      ],
    },
    {
      code: 'people',
      name: 'People',
      weight: 40,
      items: [{ code: 'p1', name: 'Coaching', scaleMin: 0, scaleMax: 100 }],
    },
  ],
  bands: [
    { min: 81, max: 100, outcome: 'certified-five-star' },
    { min: 61, max: 80, outcome: 'certified' },
    { min: 41, max: 60, outcome: 'conditional' },
    { min: 0, max: 40, outcome: 'not-certified' },
  ],
};

describe('sheetSummary', () => {
  it('gives a complete category its percentage and leaves the total for a complete sheet', () => {
    const s = sheetSummary(RUBRIC, { p1: 45, s1: 8 });
    expect(s.categories).toEqual([
      { code: 'service', weight: 60, scored: 1, items: 2, percent: null },
      { code: 'people', weight: 40, scored: 1, items: 1, percent: 45 },
    ]);
    expect(s).toMatchObject({
      scored: 2,
      items: 3,
      total: null,
      band: null,
      weakestCategory: null,
      problems: {},
    });
  });

  it('matches the server’s result for a complete sheet', () => {
    const values = { s1: 8, s2: 7.5, p1: 45 };
    const s = sheetSummary(RUBRIC, values);
    const server = rubricResult(RUBRIC, values);
    expect(s.total).toBe(server.total);
    expect(s.band).toBe(server.band);
    expect(s.weakestCategory).toBe(server.weakestCategory);
    expect(s.categories.map((c) => c.percent)).toEqual(server.categories.map((c) => c.percent));
  });

  it('names out-of-scale, off-step and unreadable values and counts them as not scored', () => {
    const s = sheetSummary(RUBRIC, { s1: 11, s2: 7.25, p1: Number.NaN });
    expect(Object.keys(s.problems)).toEqual(['s1', 's2', 'p1']);
    expect(s.problems.s1.en).toBe('must be a number from 0 to 10');
    expect(s.scored).toBe(0);
    expect(s.total).toBeNull();
  });
});

describe('score input', () => {
  it('reads what a judge types: empty, a decimal point or comma, or not a number', () => {
    expect(parseScore('  ')).toBeUndefined();
    expect(parseScore('7')).toBe(7);
    expect(parseScore('7,5')).toBe(7.5);
    expect(parseScore('abc')).toBeNaN();
    expect(typedValues({ a: '3', b: '', c: 'x' })).toEqual({ a: 3, c: Number.NaN });
    expect(scoresAsTyped({ a: 7.5 })).toEqual({ a: '7.5' });
    expect(scoresAsTyped(null)).toEqual({});
  });
});
