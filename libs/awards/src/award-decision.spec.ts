import { decisionProblems, evidenceHash, proposedWinners } from './award-decision';
import { input, SNAPSHOTS } from './proposals/test/proposal-fixtures';
import { proposeWinners } from './proposals/winner-proposal';

describe('decisions', () => {
  const p = proposeWinners(input({ snapshots: SNAPSHOTS }));
  const eligible = new Map<string | null, Set<string>>([
    ['telecom', new Set(['A', 'B', 'C'])],
    ['finance', new Set(['E', 'F'])],
    ['retail', new Set(['G'])],
  ]);

  it('accepts the proposal as it is, without a justification', () => {
    expect(decisionProblems(p, proposedWinners(p), eligible, 3, null)).toEqual([]);
  });

  it('needs a justification for an override, and names every wrong field', () => {
    const changed = [
      { industryCode: 'telecom', enterpriseIds: ['A'] },
      { industryCode: 'finance', enterpriseIds: ['E', 'F'] },
      { industryCode: 'retail', enterpriseIds: [] },
    ];
    expect(decisionProblems(p, changed, eligible, 3, 'too short')).toEqual([
      {
        field: 'justification',
        message: {
          en: expect.stringContaining('at least 20 characters'),
          zh: expect.stringContaining('至少 20 个字符'),
        },
      },
    ]);
    expect(
      decisionProblems(p, changed, eligible, 3, 'B was found to have paid for survey responses.'),
    ).toEqual([]);
    const wrong = [
      { industryCode: 'telecom', enterpriseIds: ['A', 'X', 'A'] },
      { industryCode: 'energy', enterpriseIds: [] },
    ];
    expect(decisionProblems(p, wrong, eligible, 3, null).map((x) => x.field)).toEqual([
      'winners[0].enterpriseIds[1]',
      'winners[0].enterpriseIds[2]',
      'winners[1].industryCode',
      'winners',
      'winners',
    ]);
  });

  it('changes the evidence hash with any figure, and keeps it for the same evidence', () => {
    const again = proposeWinners(input({ snapshots: SNAPSHOTS }));
    expect(evidenceHash(again)).toBe(evidenceHash(p));
    const moved = new Map(SNAPSHOTS);
    moved.set('retail', { ...SNAPSHOTS.get('retail')!, sequence: 4 });
    expect(evidenceHash(proposeWinners(input({ snapshots: moved })))).not.toBe(evidenceHash(p));
  });
});
