import { evidenceHash } from './award-decision';
import { publishedRanking } from './publication/publication';
import { unpublishableIdentities, withPublishedNames } from './published-names';
import type { CategoryProposal, SurveySnapshot } from './proposals/winner-proposal';

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
    ['A', { name: 'Verified A', version: 1 }],
    ['B', { name: 'Verified B', version: 3 }],
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
    const named = withPublishedNames(proposal, new Map([['B', { name: 'Verified B', version: 3 }]]));
    expect(named.industries[0].winners[0]).toMatchObject({ enterpriseName: 'Live A', identityVersion: null });
  });

  it('moves the evidence hash when a winner is re-verified, with a new name or only a new version', () => {
    const before = evidenceHash(withPublishedNames(proposal, names));
    const renamed = new Map(names).set('A', { name: 'Renamed A', version: 2 });
    const reverified = new Map(names).set('A', { name: 'Verified A', version: 2 });
    expect(evidenceHash(withPublishedNames(proposal, renamed))).not.toBe(before);
    expect(evidenceHash(withPublishedNames(proposal, reverified))).not.toBe(before);
    expect(evidenceHash(withPublishedNames(proposal, new Map(names)))).toBe(before);
  });

  it('names the ranking table from the same map as the winners', () => {
    const snapshot = {
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
          csi: null,
          cli: null,
          nps: null,
          winnerSet: null,
        },
      ],
    } as SurveySnapshot;
    expect(publishedRanking(snapshot, names).entries[0].name).toBe('Verified A');
  });

  it('refuses to publish a winner whose identity change awaits review, or anyone without a verified identity', () => {
    const identities = new Map([
      ['A', { legalName: 'Verified A', version: 1, changePending: true }],
      ['B', { legalName: 'Verified B', version: 3, changePending: true }],
      ['C', { legalName: 'Verified C', version: 1, changePending: false }],
    ]);
    const problems = unpublishableIdentities(['A', 'C', 'A'], ['B', 'C', 'D'], identities);
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringMatching(/winner "Verified A" \(enterprise A\) has a change awaiting review/),
      'enterprise D has no verified identity to publish',
    ]);
    expect(problems[1].zh).toBe('企业 D 没有可公布的已审核身份');
  });
});
