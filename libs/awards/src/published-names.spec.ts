import { createHash } from 'node:crypto';
import { evidenceHash } from './award-decision';
import { methodologyChecksum, publicRef, publishedRanking } from './publication/publication';
import { unpublishableIdentities, withPublishedNames } from './published-names';
import type { CategoryProposal } from './proposals/winner-proposal';

const proposal: CategoryProposal = {
  kind: 'panel',
  rule: 'the top 1',
  evidence: { snapshots: [], round: null },
  problems: [],
  industries: [
    {
      industryCode: null,
      winners: [
        { enterpriseId: 'A', enterpriseName: 'Live A', figures: { panelScore: 86 }, decidedBy: null },
      ],
      noWinnerReason: null,
      notes: [],
      candidates: [
        { enterpriseId: 'A', enterpriseName: 'Live A', rank: 1, figures: {}, excluded: null },
        { enterpriseId: 'B', enterpriseName: 'Live B', rank: 2, figures: {}, excluded: 'rank 2' },
      ],
    },
  ],
};

describe('published names', () => {
  const names = new Map([
    ['A', { name: 'Verified A', nameZh: '已验证甲', version: 1 }],
    ['B', { name: 'Verified B', nameZh: null, version: 3 }],
  ]);

  it('names winners and candidates by their verified identity, with its version', () => {
    const named = withPublishedNames(proposal, names);
    expect(named.industries[0].winners[0]).toMatchObject({
      enterpriseName: 'Verified A',
      identityVersion: 1,
    });
    expect(named.industries[0].candidates.map((c) => [c.enterpriseName, c.identityVersion])).toEqual([
      ['Verified A', 1],
      ['Verified B', 3],
    ]);
  });

  it('marks an enterprise without a verified identity with version null', () => {
    const named = withPublishedNames(
      proposal,
      new Map([['B', { name: 'Verified B', nameZh: null, version: 3 }]]),
    );
    expect(named.industries[0].winners[0]).toMatchObject({ enterpriseName: 'Live A', identityVersion: null });
  });

  it('moves the evidence hash when a winner is re-verified, with a new name or only a new version', () => {
    const before = evidenceHash(withPublishedNames(proposal, names));
    const renamed = new Map(names).set('A', { name: 'Renamed A', nameZh: null, version: 2 });
    const reverified = new Map(names).set('A', { name: 'Verified A', nameZh: null, version: 2 });
    expect(evidenceHash(withPublishedNames(proposal, renamed))).not.toBe(before);
    expect(evidenceHash(withPublishedNames(proposal, reverified))).not.toBe(before);
    expect(evidenceHash(withPublishedNames(proposal, new Map(names)))).toBe(before);
  });

  it('names the ranking table from the same map as the winners, in both languages', () => {
    const snapshot = {
      counts: {
        received: 20,
        duplicates: 1,
        stored: 19,
        excluded: { 'too-few-satisfaction-items': 1, 'too-many-missing': 2, 'soft-flags': 0, speeding: 3 },
        valid: 13,
      },
      id: 's',
      industryCode: 'telecom',
      sequence: 1,
      methodologyVersion: 'csi-2026.1',
      winnerSet: [],
      singleWinner: null,
      entries: [
        {
          enterpriseId: 'A',
          legalName: 'Name at snapshot time',
          eligibility: 'ranked',
          rank: 1,
          n: 12,
          publishedCsi: 90,
          csi: { mean: 90.04, low: 85.26, high: 94.75 },
          cli: { mean: 80.05, low: 75.55, high: 84.44 },
          nps: { nps: 33.33, low: 10.04, high: 56.66 },
          winnerSet: null,
        },
        { enterpriseId: 'Z', legalName: 'Too few', eligibility: 'unpublished', rank: null, n: 1 },
      ],
    } as unknown as Parameters<typeof publishedRanking>[0];
    const ranking = publishedRanking(snapshot, names);
    expect(ranking.entries).toHaveLength(1);
    expect(ranking.entries[0]).toMatchObject({ name: 'Verified A', nameZh: '已验证甲' });
    // Every interval end to the one published decimal.
    expect(ranking.entries[0]).toMatchObject({
      csiLow: 85.3,
      csiHigh: 94.8,
      cli: 80.1,
      cliLow: 75.6,
      cliHigh: 84.4,
      nps: 33.3,
      npsLow: 10,
      npsHigh: 56.7,
    });
    expect(ranking.dataQuality).toEqual({
      enterprises: 2,
      ranked: 1,
      indicative: 0,
      notPublished: 1,
      received: 20,
      duplicates: 1,
      stored: 19,
      excluded: { 'too-few-satisfaction-items': 1, 'too-many-missing': 2, 'soft-flags': 0, speeding: 3 },
      valid: 13,
    });
  });

  it('gives each enterprise one public reference in every campaign, which does not show its id', () => {
    const ref = publicRef('7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f');
    expect(ref).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/);
    expect(publicRef('7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f')).toBe(ref);
    expect(publicRef('7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e60')).not.toBe(ref);
  });

  it('publishes a methodology checksum a reader recomputes from the canonical JSON', () => {
    // sha256 of exactly {"parameters":{"alpha":0.05,"confidence":0.95},"version":"v1"}
    const expected = createHash('sha256')
      .update('{"parameters":{"alpha":0.05,"confidence":0.95},"version":"v1"}')
      .digest('hex');
    expect(methodologyChecksum('v1', { confidence: 0.95, alpha: 0.05 })).toBe(expected);
  });

  it('refuses to publish a winner whose identity change awaits review, or anyone without a verified identity', () => {
    const identities = new Map([
      ['A', { legalName: 'Verified A', legalNameZh: null, version: 1, changePending: true }],
      ['B', { legalName: 'Verified B', legalNameZh: null, version: 3, changePending: true }],
      ['C', { legalName: 'Verified C', legalNameZh: null, version: 1, changePending: false }],
    ]);
    const problems = unpublishableIdentities(['A', 'C', 'A'], ['B', 'C', 'D'], identities);
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringMatching(/winner "Verified A" \(enterprise A\) has a change awaiting review/),
      'enterprise D has no verified identity to publish',
    ]);
    expect(problems[1].zh).toBe('企业 D 没有可公布的已审核身份');
  });
});
