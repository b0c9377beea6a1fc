/** One finalised round's feedback as the page shows it. */
export interface FeedbackRound {
  roundId: string;
  roundName: string;
  score: number | null;
  band: string | null;
  bandNameZh: string | null;
  categories: { code: string; name: string; nameZh: string | null; percent: number | null }[];
  comments: string[];
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

/**
 * The feedback's rounds, read field by field: the API documents them loosely (its schema says strings), so what the page
 * shows is only what it finds with the expected type (a missing figure reads "—", never a crash).
 */
export function feedbackRounds(rounds: readonly unknown[]): FeedbackRound[] {
  return list(rounds).map((r, i) => ({
    roundId: text(r.roundId) ?? String(i),
    roundName: text(r.roundName) ?? '',
    score: num(r.score),
    band: text(r.band),
    bandNameZh: text(r.bandNameZh),
    categories: list(r.categories).map((c) => ({
      code: text(c.code) ?? '',
      name: text(c.name) ?? '',
      nameZh: text(c.nameZh),
      percent: num(c.percent),
    })),
    comments: list(r.comments)
      .map((c) => text(c.text))
      .filter((c): c is string => c !== null),
  }));
}
