import { MethodologyParameters } from '@app/surveys';
import { EnterpriseFigures } from './enterprise-figures';
import { holmAdjust } from './holm';
import { welchOneSided } from './welch-test';

export type Eligibility = 'ranked' | 'indicative' | 'unpublished';

const ELIGIBILITY_ORDER: Eligibility[] = ['ranked', 'indicative', 'unpublished'];

export interface EligibilityRules {
  minResponsesRanked: number;
  minResponsesListed: number;
}

export interface RankingInput {
  enterpriseId: string;
  figures: EnterpriseFigures;
}

export interface WinnerSetMembership {
  leader: boolean;
  member: boolean;
  /** One-sided Welch p-value of "leader > this enterprise"; null for the leader. */
  p: number | null;
  /** Holm-adjusted across the leader's rivals. */
  adjustedP: number | null;
  degreesOfFreedom: number | null;
}

export interface RankingEntry extends RankingInput {
  eligibility: Eligibility;
  /** Competition rank on the published (rounded) CSI: 1, 1, 3. Null unless ranked. */
  rank: number | null;
  publishedCsi: number | null;
  winnerSet: WinnerSetMembership | null;
}

export type TieBreakStep = 'csi' | 'cli' | 'nps' | 'n' | 'unresolved';

export interface IndustryRanking {
  entries: RankingEntry[];
  /** The leader and every co-winner, in rank order. */
  winnerSet: string[];
  /** For a category that allows one winner: who, and which tie-break step decided. */
  singleWinner: { enterpriseId: string | null; decidedBy: TieBreakStep } | null;
}

export function eligibilityOf(n: number, rules: EligibilityRules): Eligibility {
  if (n >= rules.minResponsesRanked) return 'ranked';
  return n >= rules.minResponsesListed ? 'indicative' : 'unpublished';
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

const csiOf = (e: RankingInput) => e.figures.csi?.mean ?? -Infinity;
const cliOf = (e: RankingInput, d: number) => (e.figures.cli ? roundTo(e.figures.cli.mean, d) : -Infinity);
const npsOf = (e: RankingInput, d: number) => (e.figures.nps ? roundTo(e.figures.nps.nps, d) : -Infinity);

/** Rank order: CSI, then the published tie-breaks (CLI, NPS, n), then the id so that the order is total. */
function compareForRank(a: RankingInput, b: RankingInput, d: number): number {
  return (
    csiOf(b) - csiOf(a) ||
    cliOf(b, d) - cliOf(a, d) ||
    npsOf(b, d) - npsOf(a, d) ||
    b.figures.n - a.figures.n ||
    a.enterpriseId.localeCompare(b.enterpriseId)
  );
}

/** METHODOLOGY.md "Eligibility and ranking", steps 1 to 4, for one industry. */
export function rankIndustry(
  inputs: RankingInput[],
  rules: EligibilityRules,
  p: MethodologyParameters,
  singleWinner: boolean,
): IndustryRanking {
  const d = p.displayDecimals;
  const withEligibility = inputs.map((e) => ({ ...e, eligibility: eligibilityOf(e.figures.n, rules) }));
  const ranked = withEligibility.filter((e) => e.eligibility === 'ranked' && e.figures.csi);
  ranked.sort((a, b) => compareForRank(a, b, d));

  const ranks = new Map<string, number>();
  ranked.forEach((e, i) => {
    const previous = ranked[i - 1];
    const sameAsPrevious = previous && roundTo(csiOf(previous), d) === roundTo(csiOf(e), d);
    ranks.set(e.enterpriseId, sameAsPrevious ? (ranks.get(previous.enterpriseId) as number) : i + 1);
  });

  const membership = winnerSetMembership(ranked, p);
  const entries: RankingEntry[] = withEligibility
    .map((e) => ({
      ...e,
      rank: ranks.get(e.enterpriseId) ?? null,
      publishedCsi: e.eligibility !== 'unpublished' && e.figures.csi ? roundTo(e.figures.csi.mean, d) : null,
      winnerSet: membership.get(e.enterpriseId) ?? null,
    }))
    .sort(
      (a, b) =>
        ELIGIBILITY_ORDER.indexOf(a.eligibility) - ELIGIBILITY_ORDER.indexOf(b.eligibility) ||
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        compareForRank(a, b, d),
    );
  const winnerSet = ranked.filter((e) => membership.get(e.enterpriseId)?.member).map((e) => e.enterpriseId);
  return {
    entries,
    winnerSet,
    singleWinner: singleWinner
      ? breakTie(
          ranked.filter((e) => winnerSet.includes(e.enterpriseId)),
          d,
        )
      : null,
  };
}

/** The leader and the rivals not significantly below it (one-sided Welch, Holm-adjusted p >= alpha). */
function winnerSetMembership(ranked: RankingInput[], p: MethodologyParameters) {
  const result = new Map<string, WinnerSetMembership>();
  if (ranked.length === 0) return result;
  const summary = (e: RankingInput) => {
    const csi = e.figures.csi!;
    return { mean: csi.mean, variance: (csi.sd ?? 0) ** 2, n: csi.n };
  };
  const [leader, ...rivals] = ranked;
  result.set(leader.enterpriseId, {
    leader: true,
    member: true,
    p: null,
    adjustedP: null,
    degreesOfFreedom: null,
  });
  const tests = rivals.map((r) => welchOneSided(summary(leader), summary(r)));
  const adjusted = holmAdjust(tests.map((t) => t.p));
  rivals.forEach((r, i) => {
    result.set(r.enterpriseId, {
      leader: false,
      member: adjusted[i] >= p.alpha,
      p: tests[i].p,
      adjustedP: adjusted[i],
      degreesOfFreedom: Number.isFinite(tests[i].degreesOfFreedom) ? tests[i].degreesOfFreedom : null,
    });
  });
  return result;
}

/** Step 3: among the winner set, higher CLI, then higher NPS, then larger n; records the step that decided. */
export function breakTie(
  winnerSet: RankingInput[],
  d: number,
): { enterpriseId: string | null; decidedBy: TieBreakStep } {
  if (winnerSet.length === 0) return { enterpriseId: null, decidedBy: 'unresolved' };
  if (winnerSet.length === 1) return { enterpriseId: winnerSet[0].enterpriseId, decidedBy: 'csi' };
  const steps: [TieBreakStep, (e: RankingInput) => number][] = [
    ['cli', (e) => cliOf(e, d)],
    ['nps', (e) => npsOf(e, d)],
    ['n', (e) => e.figures.n],
  ];
  let contenders = winnerSet;
  for (const [step, value] of steps) {
    const best = Math.max(...contenders.map(value));
    contenders = contenders.filter((e) => value(e) === best);
    if (contenders.length === 1) return { enterpriseId: contenders[0].enterpriseId, decidedBy: step };
  }
  // Still equal on every published criterion: the organizers decide and record it (winner confirmation).
  return { enterpriseId: null, decidedBy: 'unresolved' };
}
