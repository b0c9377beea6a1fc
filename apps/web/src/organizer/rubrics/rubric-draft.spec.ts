import { ApiError } from '../../api/api-error';
import {
  blankDraft,
  definitionOf,
  draftOf,
  freeCode,
  moved,
  problemExactly,
  rubricPath,
  weightSum,
  withRubricPaths,
  type RubricDefinition,
} from './rubric-draft';

const definition: RubricDefinition = {
  categories: [
    {
      code: 'service',
      name: 'Service',
      nameZh: '服务',
      weight: 60,
      items: [{ code: 'service.1', name: 'First contact', scaleMin: 0, scaleMax: 10, step: 0.5 }],
    },
    {
      code: 'people',
      name: 'People',
      weight: 40,
      items: [{ code: 'people.1', name: 'Coaching', scaleMin: 0, scaleMax: 100, guidance: 'Monthly' }],
    },
  ],
  bands: [
    { min: 0, max: 60, outcome: 'not-certified' },
    { min: 61, max: 100, outcome: 'certified', meaning: 'meets it', meaningZh: '达到' },
  ],
};

describe('rubric draft', () => {
  it('goes from the API to the editor and back unchanged, absent texts as null', () => {
    const back = definitionOf(draftOf(definition));
    expect(back.categories[0]).toEqual({
      ...definition.categories[0],
      items: [{ ...definition.categories[0].items[0], nameZh: null, guidance: null, guidanceZh: null }],
    });
    expect(back.categories[1].nameZh).toBeNull();
    expect(back.categories[1].items[0].step).toBeNull();
    expect(back.bands[1]).toEqual({ ...definition.bands[1], nameZh: null });
  });

  it('sends an emptied number as NaN so the API refuses it by its path', () => {
    const draft = draftOf(definition);
    draft.categories[0].weight = ' ';
    expect(definitionOf(draft).categories[0].weight).toBeNaN();
  });

  it('adds the weights that read as numbers', () => {
    const draft = draftOf(definition);
    expect(weightSum(draft)).toBe(100);
    draft.categories[1].weight = '';
    expect(weightSum(draft)).toBe(60);
    draft.categories[1].weight = 'x';
    expect(weightSum(draft)).toBe(60);
  });

  it('finds a code nobody uses', () => {
    const draft = draftOf(definition);
    expect(freeCode(draft, 'new')).toBe('new');
    expect(freeCode(draft, 'service')).toBe('service-2');
    expect(freeCode(draft, 'people.1')).toBe('people.1-2');
  });

  it('starts from scratch with a rubric the API accepts in shape', () => {
    const fresh = definitionOf(blankDraft());
    expect(fresh.categories[0].weight).toBe(100);
    expect(fresh.bands).toEqual([
      { min: 0, max: 100, outcome: 'scored', nameZh: null, meaning: null, meaningZh: null },
    ]);
  });

  it('moves an entry up or down, and ignores a move off either end', () => {
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('spells every path the API names the way the fields are named', () => {
    expect(rubricPath('definition.categories[2].weight')).toBe('categories[2].weight');
    expect(rubricPath('categories.2.items.10.name')).toBe('categories[2].items[10].name');
    expect(rubricPath('bands.0')).toBe('bands[0]');
    expect(rubricPath('categories[0].items[1].code')).toBe('categories[0].items[1].code');
    expect(rubricPath('note')).toBe('note');
  });

  it('rewrites a refusal and finds the problem of a whole list only by its own path', () => {
    const error = withRubricPaths(
      new ApiError(400, 'VALIDATION', 'Invalid', [
        { field: 'definition.categories.1.weight', message: 'whole number' },
        { field: 'categories', message: 'weights must sum to 100' },
      ]),
    );
    expect(error?.problemFor('categories[1].weight')).toBe('whole number');
    expect(problemExactly(error, 'categories')).toBe('weights must sum to 100');
    expect(problemExactly(error, 'bands')).toBeUndefined();
    expect(withRubricPaths(new Error('x'))).toBeNull();
  });
});
