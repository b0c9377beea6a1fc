import { InstrumentItem, MethodologyParameters, SCORED_CONSTRUCTS } from './methodology';
import { Answers, rescaled } from './respondent-scores';

/**
 * METHODOLOGY.md "Data quality" as pure rules. Raw responses are always kept; these decide whether a stored
 * response counts, and why not. Speeding depends on the campaign's median completion time, which moves as
 * responses arrive, so it is applied at ranking time (see speedingThreshold), not here.
 */
export const EXCLUSION_REASONS = ['too-few-satisfaction-items', 'too-many-missing', 'soft-flags'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number] | 'speeding';

/** Soft flags as bits, so a response stores them in one small integer. */
export const SOFT_FLAGS = { straightLining: 1, failedAttention: 2, contradiction: 4 } as const;
export type SoftFlag = keyof typeof SOFT_FLAGS;

export interface ResponseQuality {
  exclusion: (typeof EXCLUSION_REASONS)[number] | null;
  flags: number;
}

const isScored = (item: InstrumentItem) => (SCORED_CONSTRUCTS as readonly string[]).includes(item.construct);

export function softFlags(items: InstrumentItem[], answers: Answers, p: MethodologyParameters): number {
  let flags = 0;
  const rated = items.flatMap((item, i) => (isScored(item) && answers[i] !== null ? [answers[i]] : []));
  if (rated.length >= p.straightLiningMinItems && rated.every((x) => x === rated[0])) {
    flags |= SOFT_FLAGS.straightLining;
  }
  const attentionFailed = items.some(
    (item, i) =>
      item.construct === 'attention' &&
      item.expected !== undefined &&
      answers[i] !== null &&
      answers[i] !== item.expected,
  );
  if (attentionFailed) flags |= SOFT_FLAGS.failedAttention;
  const indexOf = new Map(items.map((item, i) => [item.key, i]));
  const contradicts = p.contradictions.some((rule) => {
    const a = indexOf.get(rule.itemA);
    const b = indexOf.get(rule.itemB);
    if (a === undefined || b === undefined) return false;
    const xa = answers[a];
    const xb = answers[b];
    if (xa === null || xb === null) return false;
    return Math.abs(rescaled(items[a], xa) - rescaled(items[b], xb)) * 100 > rule.maxGapPoints;
  });
  if (contradicts) flags |= SOFT_FLAGS.contradiction;
  return flags;
}

export function countFlags(flags: number): number {
  return Object.values(SOFT_FLAGS).filter((bit) => (flags & bit) !== 0).length;
}

/** The first exclusion rule a response breaks (in METHODOLOGY.md's order), and its soft flags. */
export function responseQuality(
  items: InstrumentItem[],
  answers: Answers,
  p: MethodologyParameters,
): ResponseQuality {
  const flags = softFlags(items, answers, p);
  const satisfactionAnswered = items.filter(
    (item, i) => item.construct === 'satisfaction' && answers[i] !== null,
  ).length;
  const scored = items.filter(isScored).length;
  const missing = items.filter((item, i) => isScored(item) && answers[i] === null).length;
  let exclusion: ResponseQuality['exclusion'] = null;
  if (satisfactionAnswered < p.minSatisfactionItems) exclusion = 'too-few-satisfaction-items';
  else if (scored > 0 && missing / scored > p.maxMissingShare) exclusion = 'too-many-missing';
  else if (countFlags(flags) >= p.softFlagsToExclude) exclusion = 'soft-flags';
  return { exclusion, flags };
}

/** Completion times below this many seconds are excluded as speeding; null when no median is known. */
export function speedingThreshold(medianSeconds: number | null, p: MethodologyParameters): number | null {
  return medianSeconds === null ? null : medianSeconds * p.minCompletionShareOfMedian;
}
