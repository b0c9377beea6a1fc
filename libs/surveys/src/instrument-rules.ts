import { Localized, LocalizedFieldProblem } from '@app/common';
import { CONSTRUCTS, InstrumentItem, MethodologyParameters } from './methodology';

export const ITEM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
export const MAX_ITEMS = 100;

/** What is wrong with an instrument, field by field (`items.3.scaleMax`); empty when it can be used. */
export function instrumentProblems(
  items: InstrumentItem[],
  p: MethodologyParameters,
): LocalizedFieldProblem[] {
  const problems: LocalizedFieldProblem[] = [];
  const at = (i: number, field: string, message: Localized) =>
    problems.push({ field: `items.${i}.${field}`, message });
  if (items.length === 0 || items.length > MAX_ITEMS) {
    problems.push({
      field: 'items',
      message: { en: `an instrument has 1 to ${MAX_ITEMS} items`, zh: `问卷须有 1 到 ${MAX_ITEMS} 个题目` },
    });
  }
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ITEM_KEY.test(item.key))
      at(i, 'key', {
        en: 'must be a letter then up to 31 letters, digits or underscores',
        zh: '必须以字母开头，其后最多 31 个字母、数字或下划线',
      });
    if (seen.has(item.key.toUpperCase()))
      at(i, 'key', { en: `duplicate item key ${item.key}`, zh: `题目键 ${item.key} 重复` });
    seen.add(item.key.toUpperCase());
    if (!(CONSTRUCTS as readonly string[]).includes(item.construct)) {
      at(i, 'construct', {
        en: `must be one of ${CONSTRUCTS.join(', ')}`,
        zh: `必须是以下之一：${CONSTRUCTS.join('、')}`,
      });
    }
    if (
      !Number.isInteger(item.scaleMin) ||
      !Number.isInteger(item.scaleMax) ||
      item.scaleMin >= item.scaleMax
    ) {
      at(i, 'scaleMax', {
        en: 'scaleMin and scaleMax must be integers with scaleMin < scaleMax',
        zh: 'scaleMin 和 scaleMax 必须是整数，且 scaleMin < scaleMax',
      });
    } else if (item.scaleMin < -100 || item.scaleMax > 100) {
      at(i, 'scaleMax', { en: 'scales lie within -100..100', zh: '量表须在 -100..100 之内' });
    }
    if (!(typeof item.weight === 'number' && item.weight > 0 && Number.isFinite(item.weight))) {
      at(i, 'weight', { en: 'must be a positive number', zh: '必须是正数' });
    }
    if (item.construct === 'complaint' && (item.scaleMin !== 0 || item.scaleMax !== 1)) {
      at(i, 'scaleMin', {
        en: 'a complaint item is yes/no: scale 0 to 1',
        zh: '投诉题为是/否题：量表为 0 到 1',
      });
    }
    if (item.construct === 'attention') {
      const ok = item.expected !== undefined && Number.isInteger(item.expected);
      if (!ok || (item.expected as number) < item.scaleMin || (item.expected as number) > item.scaleMax) {
        at(i, 'expected', {
          en: 'an attention item needs its expected answer, within its scale',
          zh: '注意力检测题需要在其量表内的预期答案',
        });
      }
    } else if (item.expected !== undefined) {
      at(i, 'expected', {
        en: 'only attention items have an expected answer',
        zh: '只有注意力检测题才有预期答案',
      });
    }
  });
  if (items.filter((item) => item.construct === 'complaint').length > 1) {
    problems.push({ field: 'items', message: { en: 'at most one complaint item', zh: '最多一个投诉题' } });
  }
  if (!items.some((item) => item.construct === 'satisfaction')) {
    problems.push({
      field: 'items',
      message: { en: 'the CSI needs at least one satisfaction item', zh: 'CSI 至少需要一个满意度题' },
    });
  }
  const satisfactionItems = items.filter((item) => item.construct === 'satisfaction').length;
  if (satisfactionItems > 0 && satisfactionItems < p.minSatisfactionItems) {
    problems.push({
      field: 'items',
      message: {
        en: `the methodology excludes responses with fewer than ${p.minSatisfactionItems} satisfaction items answered, so the instrument needs at least that many`,
        zh: `方法论会排除答出的满意度题少于 ${p.minSatisfactionItems} 个的答卷，所以问卷至少需要这么多满意度题`,
      },
    });
  }
  const nps = items.find((item) => item.key === p.npsItem);
  if (nps && (nps.scaleMin !== 0 || nps.scaleMax !== 10)) {
    problems.push({
      field: 'items',
      message: {
        en: `the NPS item ${p.npsItem} must use the 0-10 scale`,
        zh: `NPS 题 ${p.npsItem} 必须使用 0-10 量表`,
      },
    });
  }
  return problems;
}

const SHARE: Localized = { en: 'a share between 0 and 1', zh: '介于 0 与 1 之间的比例' };
const AT_LEAST_1: Localized = { en: 'at least 1', zh: '至少为 1' };

/** Parameter sanity for a new methodology version. */
export function parameterProblems(p: MethodologyParameters): LocalizedFieldProblem[] {
  const problems: LocalizedFieldProblem[] = [];
  const check = (field: keyof MethodologyParameters, ok: boolean, message: Localized) =>
    ok || problems.push({ field: `parameters.${field}`, message });
  const share = (x: number) => typeof x === 'number' && x >= 0 && x <= 1;
  check('confidence', typeof p.confidence === 'number' && p.confidence > 0.5 && p.confidence < 1, {
    en: 'between 0.5 and 1',
    zh: '介于 0.5 与 1 之间',
  });
  check('alpha', typeof p.alpha === 'number' && p.alpha > 0 && p.alpha < 0.5, {
    en: 'between 0 and 0.5',
    zh: '介于 0 与 0.5 之间',
  });
  check('npsZ', typeof p.npsZ === 'number' && p.npsZ > 0 && p.npsZ < 10, {
    en: 'a positive z value',
    zh: '正的 z 值',
  });
  check('maxMissingShare', share(p.maxMissingShare), SHARE);
  check('minCompletionShareOfMedian', share(p.minCompletionShareOfMedian), SHARE);
  check('exclusionAlertRate', share(p.exclusionAlertRate), SHARE);
  check('promoterMin', Number.isInteger(p.promoterMin) && p.promoterMin > p.detractorMax, {
    en: 'an integer above detractorMax',
    zh: '大于 detractorMax 的整数',
  });
  check('detractorMax', Number.isInteger(p.detractorMax) && p.detractorMax >= 0, {
    en: 'an integer from 0',
    zh: '从 0 起的整数',
  });
  check(
    'minSatisfactionItems',
    Number.isInteger(p.minSatisfactionItems) && p.minSatisfactionItems >= 1,
    AT_LEAST_1,
  );
  check(
    'softFlagsToExclude',
    Number.isInteger(p.softFlagsToExclude) && p.softFlagsToExclude >= 1,
    AT_LEAST_1,
  );
  check(
    'straightLiningMinItems',
    Number.isInteger(p.straightLiningMinItems) && p.straightLiningMinItems >= 2,
    { en: 'at least 2', zh: '至少为 2' },
  );
  check(
    'displayDecimals',
    Number.isInteger(p.displayDecimals) && p.displayDecimals >= 0 && p.displayDecimals <= 3,
    { en: '0 to 3', zh: '0 到 3' },
  );
  check(
    'exclusionAlertIndustryMultiple',
    typeof p.exclusionAlertIndustryMultiple === 'number' && p.exclusionAlertIndustryMultiple >= 1,
    AT_LEAST_1,
  );
  check('npsItem', typeof p.npsItem === 'string' && ITEM_KEY.test(p.npsItem), {
    en: 'an item key',
    zh: '题目键',
  });
  check('contradictions', Array.isArray(p.contradictions), {
    en: 'a list of contradiction rules',
    zh: '矛盾规则列表',
  });
  return problems;
}
