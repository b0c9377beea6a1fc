import { FieldProblem } from '@app/common';
import { CONSTRUCTS, InstrumentItem, MethodologyParameters } from './methodology';

export const ITEM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
export const MAX_ITEMS = 100;

/** What is wrong with an instrument, field by field (`items.3.scaleMax`); empty when it can be used. */
export function instrumentProblems(items: InstrumentItem[], p: MethodologyParameters): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (i: number, field: string, message: string) =>
    problems.push({ field: `items.${i}.${field}`, message });
  if (items.length === 0 || items.length > MAX_ITEMS) {
    problems.push({ field: 'items', message: `an instrument has 1 to ${MAX_ITEMS} items` });
  }
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ITEM_KEY.test(item.key))
      at(i, 'key', 'must be a letter then up to 31 letters, digits or underscores');
    if (seen.has(item.key.toUpperCase())) at(i, 'key', `duplicate item key ${item.key}`);
    seen.add(item.key.toUpperCase());
    if (!(CONSTRUCTS as readonly string[]).includes(item.construct)) {
      at(i, 'construct', `must be one of ${CONSTRUCTS.join(', ')}`);
    }
    if (
      !Number.isInteger(item.scaleMin) ||
      !Number.isInteger(item.scaleMax) ||
      item.scaleMin >= item.scaleMax
    ) {
      at(i, 'scaleMax', 'scaleMin and scaleMax must be integers with scaleMin < scaleMax');
    } else if (item.scaleMin < -100 || item.scaleMax > 100) {
      at(i, 'scaleMax', 'scales lie within -100..100');
    }
    if (!(typeof item.weight === 'number' && item.weight > 0 && Number.isFinite(item.weight))) {
      at(i, 'weight', 'must be a positive number');
    }
    if (item.construct === 'complaint' && (item.scaleMin !== 0 || item.scaleMax !== 1)) {
      at(i, 'scaleMin', 'a complaint item is yes/no: scale 0 to 1');
    }
    if (item.construct === 'attention') {
      const ok = item.expected !== undefined && Number.isInteger(item.expected);
      if (!ok || (item.expected as number) < item.scaleMin || (item.expected as number) > item.scaleMax) {
        at(i, 'expected', 'an attention item needs its expected answer, within its scale');
      }
    } else if (item.expected !== undefined) {
      at(i, 'expected', 'only attention items have an expected answer');
    }
  });
  if (items.filter((item) => item.construct === 'complaint').length > 1) {
    problems.push({ field: 'items', message: 'at most one complaint item' });
  }
  if (!items.some((item) => item.construct === 'satisfaction')) {
    problems.push({ field: 'items', message: 'the CSI needs at least one satisfaction item' });
  }
  const satisfactionItems = items.filter((item) => item.construct === 'satisfaction').length;
  if (satisfactionItems > 0 && satisfactionItems < p.minSatisfactionItems) {
    problems.push({
      field: 'items',
      message: `the methodology excludes responses with fewer than ${p.minSatisfactionItems} satisfaction items answered, so the instrument needs at least that many`,
    });
  }
  const nps = items.find((item) => item.key === p.npsItem);
  if (nps && (nps.scaleMin !== 0 || nps.scaleMax !== 10)) {
    problems.push({ field: 'items', message: `the NPS item ${p.npsItem} must use the 0-10 scale` });
  }
  return problems;
}

/** Parameter sanity for a new methodology version. */
export function parameterProblems(p: MethodologyParameters): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (field: keyof MethodologyParameters, ok: boolean, message: string) =>
    ok || problems.push({ field: `parameters.${field}`, message });
  const share = (x: number) => typeof x === 'number' && x >= 0 && x <= 1;
  check(
    'confidence',
    typeof p.confidence === 'number' && p.confidence > 0.5 && p.confidence < 1,
    'between 0.5 and 1',
  );
  check('alpha', typeof p.alpha === 'number' && p.alpha > 0 && p.alpha < 0.5, 'between 0 and 0.5');
  check('npsZ', typeof p.npsZ === 'number' && p.npsZ > 0 && p.npsZ < 10, 'a positive z value');
  check('maxMissingShare', share(p.maxMissingShare), 'a share between 0 and 1');
  check('minCompletionShareOfMedian', share(p.minCompletionShareOfMedian), 'a share between 0 and 1');
  check('exclusionAlertRate', share(p.exclusionAlertRate), 'a share between 0 and 1');
  check(
    'promoterMin',
    Number.isInteger(p.promoterMin) && p.promoterMin > p.detractorMax,
    'an integer above detractorMax',
  );
  check('detractorMax', Number.isInteger(p.detractorMax) && p.detractorMax >= 0, 'an integer from 0');
  check(
    'minSatisfactionItems',
    Number.isInteger(p.minSatisfactionItems) && p.minSatisfactionItems >= 1,
    'at least 1',
  );
  check(
    'softFlagsToExclude',
    Number.isInteger(p.softFlagsToExclude) && p.softFlagsToExclude >= 1,
    'at least 1',
  );
  check(
    'straightLiningMinItems',
    Number.isInteger(p.straightLiningMinItems) && p.straightLiningMinItems >= 2,
    'at least 2',
  );
  check(
    'displayDecimals',
    Number.isInteger(p.displayDecimals) && p.displayDecimals >= 0 && p.displayDecimals <= 3,
    '0 to 3',
  );
  check(
    'exclusionAlertIndustryMultiple',
    typeof p.exclusionAlertIndustryMultiple === 'number' && p.exclusionAlertIndustryMultiple >= 1,
    'at least 1',
  );
  check('npsItem', typeof p.npsItem === 'string' && ITEM_KEY.test(p.npsItem), 'an item key');
  check('contradictions', Array.isArray(p.contradictions), 'a list of contradiction rules');
  return problems;
}
