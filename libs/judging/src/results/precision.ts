/**
 * The one precision of judging's published figures. Every score, percentage, spread and statistic a round
 * publishes is rounded to PUBLISHED_DECIMALS, and ranks and tie-breaks compare exactly those published figures:
 * an entrant whose published score is higher can never rank lower, and two entrants are tied only when the
 * figures anyone can read are equal.
 */
export const PUBLISHED_DECIMALS = 6;

/** Half away from zero at `decimals`, with an epsilon so that 0.1 + 0.2 style errors do not flip a digit. */
export const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round((x + Number.EPSILON) * f) / f;
};

/** A figure as a round publishes it, and as ranks and tie-breaks compare it. */
export const published = (x: number): number => roundTo(x, PUBLISHED_DECIMALS);
