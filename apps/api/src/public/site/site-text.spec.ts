import { DEFAULT_METHODOLOGY } from '@app/surveys';
import { methodologyProse, PARAMETER_MEANINGS, parameterValue } from './methodology-words';
import { SITE_TEXT } from './site-text';

const shape = (o: object): string[] =>
  Object.entries(o)
    .flatMap(([k, v]) =>
      v !== null && typeof v === 'object' ? shape(v as object).map((x) => `${k}.${x}`) : [`${k}:${typeof v}`],
    )
    .sort();

describe('the public site’s words', () => {
  it('says everything in both languages: the same keys, of the same kind', () => {
    expect(shape(SITE_TEXT.zh)).toEqual(shape(SITE_TEXT.en));
  });

  it('gives each of the default methodology’s parameters a meaning in both languages', () => {
    for (const key of Object.keys(DEFAULT_METHODOLOGY.parameters)) {
      expect(PARAMETER_MEANINGS[key]?.en).toBeTruthy();
      expect(PARAMETER_MEANINGS[key]?.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes the methodology with the campaign’s own numbers, in each language', () => {
    const rules = { minResponsesRanked: 120, minResponsesListed: 40, jointWinnersOnTie: true };
    const params = { ...DEFAULT_METHODOLOGY.parameters, alpha: 0.01, maxMissingShare: 0.25 };
    for (const lang of ['en', 'zh'] as const) {
      const text = methodologyProse(rules, params, lang).join(' ');
      for (const n of ['120', '40', '119', '0.01', '25']) expect(text).toContain(n);
    }
    expect(methodologyProse(rules, params, 'zh').join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('writes a contradiction rule in words, not as JSON', () => {
    const rules = [{ itemA: 'SAT1', itemB: 'LOY1', maxGapPoints: 80 }];
    expect(parameterValue('contradictions', rules, 'en')).toBe('SAT1 and LOY1 more than 80 points apart');
    expect(parameterValue('contradictions', rules, 'zh')).toBe('SAT1 与 LOY1 相差超过 80 分');
  });
});
