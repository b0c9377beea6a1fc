import { DEFAULT_METHODOLOGY, MICRO } from '@app/surveys';
import { buildIndustrySnapshot } from './industry-snapshot';
import type { EnterpriseQualityCounts } from './rankings.repository';
import { emptyTotals, RunningTotals } from './running-totals';

/** n valid responses, all with satisfaction score `csi` except one at csi - 10 (so sd > 0). */
function totals(n: number, csi: number): RunningTotals {
  const t = emptyTotals();
  const scores = Array.from({ length: n }, (_, i) => BigInt((i === 0 ? csi - 10 : csi) * MICRO));
  t.n = n;
  t.constructs.satisfaction = {
    n,
    sum: scores.reduce((s, x) => s + x, 0n),
    sumSquares: scores.reduce((s, x) => s + x * x, 0n),
  };
  return t;
}

const quality = (id: string, stored: number, tooMany: number): EnterpriseQualityCounts => ({
  enterpriseId: id,
  industryCode: 'telecom',
  stored,
  duplicates: 2,
  excluded: { 'too-few-satisfaction-items': 0, 'too-many-missing': tooMany, 'soft-flags': 0 },
  flagged: { straightLining: 1, failedAttention: 0, contradiction: 0 },
});

describe('an industry snapshot', () => {
  const candidates = ['a', 'b', 'c', 'd'].map((id) => ({
    enterpriseId: id,
    legalName: id.toUpperCase(),
    industryCode: 'telecom',
    annualRevenue: null,
  }));
  const snapshot = buildIndustrySnapshot({
    candidates,
    totals: new Map([
      ['a', { totals: totals(20, 90), speeding: 0 }],
      ['b', { totals: totals(20, 80), speeding: 1 }],
      ['c', { totals: totals(20, 70), speeding: 0 }],
    ]),
    // Exclusion rates: a 0/20, b 1 speeder + 0 = 1/21 (4.8 %), c 5/25 (20 %); median of the three 4.8 %.
    quality: new Map([
      ['a', quality('a', 20, 0)],
      ['b', quality('b', 21, 0)],
      ['c', quality('c', 25, 5)],
    ]),
    rules: { minResponsesRanked: 10, minResponsesListed: 5 },
    parameters: DEFAULT_METHODOLOGY.parameters,
  });
  const entry = (id: string) => snapshot.entries.find((e) => e.enterpriseId === id)!;

  it('ranks, gives percentiles among the ranked, and lists a candidate without responses as unpublished', () => {
    expect(snapshot.entries.map((e) => [e.enterpriseId, e.rank, e.percentile, e.eligibility])).toEqual([
      ['a', 1, 100, 'ranked'],
      ['b', 2, 50, 'ranked'],
      ['c', 3, 0, 'ranked'],
      ['d', null, null, 'unpublished'],
    ]);
    expect(entry('a').legalName).toBe('A');
  });

  it('counts exclusions by reason, speeding included, and alerts above 15 % or twice the industry median', () => {
    expect(entry('b').dataQuality).toMatchObject({
      stored: 21,
      valid: 20,
      received: 23,
      excluded: { speeding: 1 },
    });
    expect(entry('b').dataQuality.exclusionRate).toBeCloseTo(1 / 21, 12);
    expect(entry('c').dataQuality).toMatchObject({
      exclusionRate: 0.2,
      alert: true,
      alertReasons: ['exclusion rate above 15 %', 'exclusion rate above 2 times the industry median'],
    });
    expect(entry('a').dataQuality.alert).toBe(false);
    expect(snapshot.counts).toMatchObject({
      enterprises: 4,
      stored: 66,
      valid: 60,
      duplicates: 6,
      alerts: 1,
    });
    expect(snapshot.counts.excluded).toEqual({
      'too-few-satisfaction-items': 0,
      'too-many-missing': 5,
      'soft-flags': 0,
      speeding: 1,
    });
  });

  it('averages the ranked enterprises equally when revenues are not declared', () => {
    expect(snapshot.industryAggregate).toMatchObject({ weighting: 'equal', enterprises: 3 });
    const mean = (entry('a').csi!.mean + entry('b').csi!.mean + entry('c').csi!.mean) / 3;
    expect(snapshot.industryAggregate!.csi).toBeCloseTo(mean, 12);
  });
});
