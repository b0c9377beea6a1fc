/**
 * The running totals keep one row per enterprise and completion second only near the speeding threshold.
 * The threshold (a share of the campaign's median) moves as data arrives, but only the seconds it can pass
 * need their own rows: every response faster than the window's first second is speeding for any threshold
 * in the window, every response slower than its last second is not, so each side is kept as one row per
 * enterprise, under the second just outside the window. Summing the rows at or above the threshold then
 * gives exactly what summing every response at or above it would, for any threshold the window holds; when
 * the threshold leaves it, the totals are rebuilt around the new one.
 */
export interface TotalsWindow {
  /** First and last completion second kept apart, both included. */
  firstSecond: number;
  lastSecond: number;
}

/** Seconds key of a response with no completion time: never speeding, never folded. */
export const NO_COMPLETION_TIME = -1;

/** How far the window reaches on either side of the threshold it is drawn around, as a share of it. */
export const WINDOW_REACH = 0.25;

/** The window drawn around a threshold (seconds); null when there is none (nothing can be speeding). */
export function windowAround(threshold: number | null): TotalsWindow | null {
  if (threshold === null) return null;
  return {
    // Seconds 0 up are times; the folded row below the window must stay clear of NO_COMPLETION_TIME.
    firstSecond: Math.max(1, Math.floor(threshold * (1 - WINDOW_REACH))),
    lastSecond: Math.max(1, Math.ceil(threshold * (1 + WINDOW_REACH))),
  };
}

/**
 * Whether totals kept with `window` give exact figures for `threshold`. A null window folds nothing (one row
 * per second), so it holds every threshold; a null threshold counts every response, so any window holds it.
 * A threshold of 0 or less counts every key (all are -1 or at least 0). Otherwise the folded rows must fall
 * on the right side: firstSecond - 1 < threshold <= lastSecond + 1.
 */
export function windowHolds(window: TotalsWindow | null, threshold: number | null): boolean {
  if (window === null || threshold === null || threshold <= 0) return true;
  return window.firstSecond - 1 < threshold && threshold <= window.lastSecond + 1;
}

/**
 * The window the totals should be kept with for `threshold`: the current one while it holds, one drawn around
 * the threshold otherwise, or when there is none yet and a threshold is known (rebuilding the totals).
 */
export function windowFor(current: TotalsWindow | null, threshold: number | null): TotalsWindow | null {
  if (current === null) return windowAround(threshold);
  return windowHolds(current, threshold) ? current : windowAround(threshold);
}

/** The seconds key a response's totals are kept under (the SQL in running-totals-sql.ts does the same). */
export function windowKey(window: TotalsWindow | null, completionSeconds: number | null): number {
  if (completionSeconds === null) return NO_COMPLETION_TIME;
  if (window === null) return completionSeconds;
  return Math.min(Math.max(completionSeconds, window.firstSecond - 1), window.lastSecond + 1);
}

/** The speeding rule on a seconds key, as validTotalsQuery applies it: not speeding when this is true. */
export function countsAtThreshold(key: number, threshold: number | null): boolean {
  return key === NO_COMPLETION_TIME || threshold === null || key >= threshold;
}
