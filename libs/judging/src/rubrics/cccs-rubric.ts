import cccsRubric from '../../../../seed/cccs-op-2003.rubric.json';

/**
 * The CCCS-OP 2003 rubric as a stored rubric version: the domain pack's categories, weights and bands, with a
 * 0-10 scale and guidance (English and Chinese) added to each item (the standard scores a category as a percentage of its maximum
 * and leaves the item scale open; 0-10 gives judges a scale with a middle).
 */
export const CCCS_RUBRIC = {
  key: cccsRubric.key,
  name: cccsRubric.name,
  nameZh: cccsRubric.nameZh,
  definition: {
    categories: cccsRubric.categories.map((c) => ({
      code: c.code,
      name: c.name,
      nameZh: c.nameZh,
      weight: c.weight,
      items: c.items.map((i) => ({
        code: i.code,
        name: i.name,
        nameZh: i.nameZh,
        scaleMin: 0,
        scaleMax: 10,
        guidance: `0: not in place; 5: partly in place; 10: fully meets the CCCS-OP 2003 requirement (${i.name}).`,
        guidanceZh: `0：尚未建立；5：部分建立；10：完全达到 CCCS-OP 2003 的要求（${i.nameZh}）。`,
      })),
    })),
    bands: cccsRubric.bands.map((b) => ({
      min: b.min,
      max: b.max,
      outcome: b.outcome,
      nameZh: b.nameZh,
      meaning: b.meaning,
      meaningZh: b.meaningZh,
    })),
  },
};
