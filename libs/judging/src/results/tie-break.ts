import { published } from './precision';

/** Published per round and applied in order when two entrants have the same published score. */
export const TIE_BREAK_STEPS = ['heaviest-category', 'lower-spread', 'chair-decision'] as const;
export type TieBreakStep = (typeof TIE_BREAK_STEPS)[number];
export const DEFAULT_TIE_BREAK: TieBreakStep[] = [...TIE_BREAK_STEPS];

export interface RankingEntry {
  entrantId: string;
  score: number;
  /** The entrant's percentage in the rubric's heaviest category. */
  heaviestCategoryPercent: number;
  spread: number;
  /** The panel chair's recorded order among tied entrants (1 first); null when none is recorded. */
  chairOrder: number | null;
}

export interface RankedEntry {
  entrantId: string;
  /** 1-based; shared by entrants still tied after every step. */
  rank: number;
  /** What separated this entrant from the one just above: the score, a tie-break step, or nothing. */
  decidedBy: 'score' | TieBreakStep | 'unresolved' | null;
}

/**
 * Scores and the figures tie-breaks compare are compared exactly as they are published (precision.ts): comparing
 * at a coarser precision than the one published let an entrant with the higher published score rank lower.
 */
const compared = published;

/** > 0 when a ranks above b by this criterion, < 0 below, 0 when it does not separate them. */
function byStep(step: 'score' | TieBreakStep, a: RankingEntry, b: RankingEntry): number {
  switch (step) {
    case 'score':
      return compared(a.score) - compared(b.score);
    case 'heaviest-category':
      return compared(a.heaviestCategoryPercent) - compared(b.heaviestCategoryPercent);
    case 'lower-spread':
      return compared(b.spread) - compared(a.spread);
    case 'chair-decision':
      if (a.chairOrder === null || b.chairOrder === null) return 0;
      return b.chairOrder - a.chairOrder;
  }
}

/** The first criterion that separates two entrants, and in whose favour (> 0: a first). */
function separate(a: RankingEntry, b: RankingEntry, steps: TieBreakStep[]) {
  for (const step of ['score' as const, ...steps]) {
    const d = byStep(step, a, b);
    if (d !== 0) return { step, d };
  }
  return { step: 'unresolved' as const, d: 0 };
}

/** Orders entrants by score, then by the round's tie-break steps in order; ties left after all steps share a rank. */
export function rankEntrants(entries: RankingEntry[], steps: TieBreakStep[]): RankedEntry[] {
  const sorted = [...entries].sort(
    (a, b) =>
      -separate(a, b, steps).d || (a.entrantId < b.entrantId ? -1 : a.entrantId > b.entrantId ? 1 : 0),
  );
  const ranked: RankedEntry[] = [];
  sorted.forEach((entry, i) => {
    if (i === 0) {
      ranked.push({ entrantId: entry.entrantId, rank: 1, decidedBy: null });
      return;
    }
    const { step } = separate(sorted[i - 1], entry, steps);
    ranked.push({
      entrantId: entry.entrantId,
      rank: step === 'unresolved' ? ranked[i - 1].rank : i + 1,
      decidedBy: step,
    });
  });
  return ranked;
}
