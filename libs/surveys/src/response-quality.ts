import { layoutOf } from './instrument-layout';
import { InstrumentItem, MethodologyParameters } from './methodology';
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

export function softFlags(items: InstrumentItem[], answers: Answers, p: MethodologyParameters): number {
  const layout = layoutOf(items, p);
  let flags = 0;
  let answered = 0;
  let first: number | null = null;
  let identical = true;
  for (const i of layout.scored) {
    const x = answers[i];
    if (x === null || x === undefined) continue;
    answered++;
    if (first === null) first = x;
    else if (x !== first) identical = false;
  }
  if (answered >= p.straightLiningMinItems && identical) flags |= SOFT_FLAGS.straightLining;
  for (const i of layout.attention) {
    const x = answers[i];
    if (x !== null && x !== undefined && x !== items[i].expected) flags |= SOFT_FLAGS.failedAttention;
  }
  for (const { a, b, maxGapPoints } of layout.contradictions) {
    const xa = answers[a];
    const xb = answers[b];
    if (xa === null || xb === null || xa === undefined || xb === undefined) continue;
    if (Math.abs(rescaled(items[a], xa) - rescaled(items[b], xb)) * 100 > maxGapPoints) {
      flags |= SOFT_FLAGS.contradiction;
    }
  }
  return flags;
}

const FLAG_BITS: readonly number[] = Object.values(SOFT_FLAGS);

export function countFlags(flags: number): number {
  let set = 0;
  for (const bit of FLAG_BITS) if ((flags & bit) !== 0) set++;
  return set;
}

/** How many of `positions` hold an answer (null is unanswered); counted, not filtered, on every row. */
function answeredAt(positions: number[], answers: Answers): number {
  let answered = 0;
  for (const i of positions) if (answers[i] !== null) answered++;
  return answered;
}

/** The first exclusion rule a response breaks (in METHODOLOGY.md's order), and its soft flags. */
export function responseQuality(
  items: InstrumentItem[],
  answers: Answers,
  p: MethodologyParameters,
): ResponseQuality {
  const layout = layoutOf(items, p);
  const flags = softFlags(items, answers, p);
  const satisfactionAnswered = answeredAt(layout.satisfaction, answers);
  const scored = layout.scored.length;
  const missing = scored - answeredAt(layout.scored, answers);
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
