import { DEFAULT_METHODOLOGY } from '@app/surveys';
import type { EnterpriseFigures } from './enterprise-figures';
import { breakTie, eligibilityOf, rankIndustry, RankingInput } from './ranking';

const p = DEFAULT_METHODOLOGY.parameters;
const rules = { minResponsesRanked: 100, minResponsesListed: 30 };
const interval = (mean: number, sd: number, n: number) => ({
  n,
  mean,
  sd,
  standardError: sd / Math.sqrt(n),
  low: null,
  high: null,
});

function enterprise(id: string, csi: number, n = 200, sd = 10, cli = 70, nps = 20): RankingInput {
  const figures: EnterpriseFigures = {
    n,
    csi: interval(csi, sd, n),
    cli: interval(cli, sd, n),
    nps: { n, nps, variance: 1, low: nps - 2, high: nps + 2 },
    complaintRate: 0.1,
    drivers: { image: null, expectations: null, quality: null, value: null },
  };
  return { enterpriseId: id, figures };
}

describe('eligibility', () => {
  it('ranks from 100 valid responses, lists 30-99 as indicative, hides fewer', () => {
    expect([100, 99, 30, 29, 0].map((n) => eligibilityOf(n, rules))).toEqual([
      'ranked',
      'indicative',
      'indicative',
      'unpublished',
      'unpublished',
    ]);
  });
});

describe('ranking an industry', () => {
  it('shares a rank on equal rounded CSI (1, 1, 3) and ranks only the eligible', () => {
    const r = rankIndustry(
      [
        enterprise('c', 75),
        enterprise('a', 80.04),
        enterprise('b', 79.96),
        enterprise('indicative', 90, 50),
        enterprise('hidden', 95, 10),
      ],
      rules,
      p,
      false,
    );
    const view = r.entries.map((e) => [e.enterpriseId, e.eligibility, e.rank, e.publishedCsi]);
    expect(view).toEqual([
      ['a', 'ranked', 1, 80],
      ['b', 'ranked', 1, 80],
      ['c', 'ranked', 3, 75],
      ['indicative', 'indicative', null, 90],
      ['hidden', 'unpublished', null, null],
    ]);
  });

  it('makes a rival a co-winner when the Holm-adjusted Welch p is at least 0.05', () => {
    // leader 80 (sd 10, n 200); b 79 is within noise; c 70 is far below.
    const r = rankIndustry([enterprise('a', 80), enterprise('b', 79), enterprise('c', 70)], rules, p, false);
    expect(r.winnerSet).toEqual(['a', 'b']);
    const b = r.entries.find((e) => e.enterpriseId === 'b')!.winnerSet!;
    const c = r.entries.find((e) => e.enterpriseId === 'c')!.winnerSet!;
    // b: t = 1 / sqrt(0.5 + 0.5) = 1, df = 398 -> p ≈ 0.159; Holm with 2 rivals: c's p is tiny and first,
    // so b's adjusted p = max(2 * p_c, 1 * p_b) = p_b.
    expect(b.p).toBeCloseTo(0.159, 3);
    expect(b.adjustedP).toBeCloseTo(b.p!, 12);
    expect(b.member).toBe(true);
    expect(c.member).toBe(false);
    expect(c.p).toBeLessThan(1e-12);
    expect(r.singleWinner).toBeNull();
  });

  it('breaks a tie among joint winners by CLI, then NPS, then n, and records the step', () => {
    const d = p.displayDecimals;
    expect(breakTie([enterprise('a', 80, 200, 10, 70), enterprise('b', 80, 200, 10, 72)], d)).toEqual({
      enterpriseId: 'b',
      decidedBy: 'cli',
    });
    expect(breakTie([enterprise('a', 80, 200, 10, 70, 25), enterprise('b', 80, 200, 10, 70, 20)], d)).toEqual(
      { enterpriseId: 'a', decidedBy: 'nps' },
    );
    expect(breakTie([enterprise('a', 80, 300), enterprise('b', 80, 200)], d)).toEqual({
      enterpriseId: 'a',
      decidedBy: 'n',
    });
    expect(breakTie([enterprise('a', 80), enterprise('b', 80)], d)).toEqual({
      enterpriseId: null,
      decidedBy: 'unresolved',
    });
    expect(breakTie([enterprise('a', 80)], d)).toEqual({ enterpriseId: 'a', decidedBy: 'csi' });
  });

  it('compares published values in the tie-break: a CLI gap hidden by rounding goes on to NPS', () => {
    const d = p.displayDecimals;
    // CLI 70.04 and 69.96 are both published as 70.0; NPS 20.04 and 20.01 both as 20.0; so n decides.
    const a = enterprise('a', 80, 200, 10, 70.04, 20.04);
    const b = enterprise('b', 80, 201, 10, 69.96, 20.01);
    expect(breakTie([a, b], d)).toEqual({ enterpriseId: 'b', decidedBy: 'n' });
  });

  it('names a single winner when the category allows only one', () => {
    const r = rankIndustry(
      [enterprise('a', 80, 200, 10, 70), enterprise('b', 79.9, 200, 10, 75)],
      rules,
      p,
      true,
    );
    expect(r.winnerSet).toEqual(['a', 'b']);
    expect(r.singleWinner).toEqual({ enterpriseId: 'b', decidedBy: 'cli' });
  });

  it('has no winner when nobody is eligible', () => {
    const r = rankIndustry([enterprise('a', 80, 40)], rules, p, true);
    expect(r.winnerSet).toEqual([]);
    expect(r.singleWinner).toEqual({ enterpriseId: null, decidedBy: 'unresolved' });
  });
});
