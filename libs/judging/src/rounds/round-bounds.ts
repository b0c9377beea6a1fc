import type { Localized } from '@app/common';

/**
 * How large one request may make a round's work. Automatic assignment is a minimum-cost flow whose time grows
 * with (assignments to make) x (entrants x panel judges), and it runs inside the request; a round's results
 * (and each conflicted judge's view of them) are computed from all its sheets on every read. Both block the
 * API's event loop while they run, so both are bounded here, with a 4xx that says what to do instead.
 * The figures behind the limits are in the README (judging rules, "Bounds").
 */

/** Entrants a round may hold: its results (about 1,000 x k sheets) stay well under a second to compute. */
export const MAX_ROUND_ENTRANTS = 1000;

/**
 * (Assignments to make) x (entrants x panel judges) one automatic assignment may take on. Measured on the shared
 * 2-core machine: 10 million took 0.36-1.3 s, 3.3 million 0.1-0.3 s; 5 million keeps the worst case near half a
 * second and still covers a category of 300 entrants with 15 judges and k = 3 (4 million).
 */
export const MAX_AUTOMATIC_ASSIGNMENT_WORK = 5_000_000;

/** Why a round cannot hold this many entrants; null when it can. */
export function entrantsBeyondBound(entrants: number): Localized | null {
  return entrants > MAX_ROUND_ENTRANTS
    ? {
        en:
          `a round holds at most ${MAX_ROUND_ENTRANTS} entrants (this would make ${entrants}): split the category's ` +
          'candidates over rounds with onlySurveyEligible, or narrow the category',
        zh:
          `一个轮次最多容纳 ${MAX_ROUND_ENTRANTS} 名参评者（此操作将达到 ${entrants} 名）：` +
          '请用 onlySurveyEligible 把奖项的参评者分到多个轮次，或缩小奖项范围',
      }
    : null;
}

/** Why one automatic assignment would be too large; null when it is not. */
export function automaticAssignmentBeyondBound(facts: {
  entrants: number;
  judges: number;
  toAssign: number;
}): Localized | null {
  const work = facts.toAssign * facts.entrants * facts.judges;
  return work > MAX_AUTOMATIC_ASSIGNMENT_WORK
    ? {
        en:
          `automatic assignment of ${facts.toAssign} assignments over ${facts.entrants} entrants x ${facts.judges} ` +
          `judges is beyond what one request may compute (${work} > ${MAX_AUTOMATIC_ASSIGNMENT_WORK}): assign part ` +
          'of the entrants by hand first, or use a smaller panel',
        zh:
          `自动分配 ${facts.toAssign} 项任务（${facts.entrants} 名参评者 x ${facts.judges} 名评审）超出了单个请求` +
          `能计算的范围（${work} > ${MAX_AUTOMATIC_ASSIGNMENT_WORK}）：请先手动分配部分参评者，或使用更小的评审团`,
      }
    : null;
}
