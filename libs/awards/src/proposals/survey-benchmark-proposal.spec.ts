import { decisionProblems, proposedWinners } from '../award-decision';
import { entry, input, RULES, snapshot, SNAPSHOTS } from './test/proposal-fixtures';
import { proposeWinners } from './winner-proposal';

describe('survey-benchmark proposals', () => {
  it('proposes the winner set as joint winners, and says why an industry has none', () => {
    const p = proposeWinners(input({ snapshots: SNAPSHOTS }));
    expect(p.problems).toEqual([]);
    expect(proposedWinners(p)).toEqual([
      { industryCode: 'telecom', enterpriseIds: ['A', 'B'] },
      { industryCode: 'finance', enterpriseIds: ['E', 'F'] },
      { industryCode: 'retail', enterpriseIds: [] },
    ]);
    expect(p.industries[0].notes).toContain('joint winners: not significantly different from the leader');
    // Published figures: CSI 90.04 -> 90.0 (one decimal), interval 88.0 to 92.1, CLI 70.04 -> 70.0
    expect(p.industries[0].winners[0].figures).toMatchObject({
      csi: 90.04,
      csiLow: 88,
      csiHigh: 92.1,
      cli: 70,
      n: 120,
    });
    expect(p.industries[0].candidates.find((c) => c.enterpriseId === 'C')?.excluded).toContain(
      'significantly below',
    );
    expect(p.industries[2].noWinnerReason).toContain('no eligible enterprise');
    expect(p.evidence.snapshots.map((s) => s.snapshotId)).toEqual([
      'snap-telecom',
      'snap-finance',
      'snap-retail',
    ]);
  });

  it('takes one winner by the recorded tie-break when the category allows only one', () => {
    const p = proposeWinners(input({ snapshots: SNAPSHOTS, rules: { ...RULES, maxWinners: 1 } }));
    expect(p.industries[1].winners.map((w) => [w.enterpriseId, w.decidedBy])).toEqual([['F', 'cli']]);
    expect(p.industries[1].notes[0]).toBe('2 statistically tied; one winner by the tie-break step "cli"');
    expect(p.industries[1].candidates.find((c) => c.enterpriseId === 'E')?.excluded).toBe('tie-break');
  });

  it('keeps joint winners when the tie-break could not separate them', () => {
    const unresolved = new Map([
      ['finance', snapshot('finance', SNAPSHOTS.get('finance')!.entries, ['E', 'F'], [null, 'unresolved'])],
    ]);
    const p = proposeWinners(
      input({ snapshots: unresolved, industryCodes: ['finance'], rules: { ...RULES, maxWinners: 1 } }),
    );
    expect(proposedWinners(p)).toEqual([{ industryCode: 'finance', enterpriseIds: ['E', 'F'] }]);
  });

  it('cuts a winner set larger than the limit by published rank, keeping a tie on the boundary joint', () => {
    // Four not significantly different; C and D publish the same CSI (rank 3 each), so with at most 3 winners
    // the cut falls after both of them, never between two equal published figures.
    const entries = [
      entry('A', { csi: 90.1, member: true, rank: 1 }),
      entry('B', { csi: 89.9, member: true, rank: 2 }),
      entry('C', { csi: 89.5, member: true, rank: 3 }),
      entry('D', { csi: 89.5, member: true, rank: 3 }),
      entry('E', { csi: 89.2, member: true, rank: 5 }),
    ];
    const tied = new Map([['telecom', snapshot('telecom', entries, ['A', 'B', 'C', 'D', 'E'])]]);
    const p = proposeWinners(input({ snapshots: tied, industryCodes: ['telecom'] }));
    expect(proposedWinners(p)).toEqual([{ industryCode: 'telecom', enterpriseIds: ['A', 'B', 'C', 'D'] }]);
    expect(p.industries[0].notes).toContain(
      'an equal published CSI on the boundary: joint winners beyond the limit',
    );
    expect(p.industries[0].candidates.find((c) => c.enterpriseId === 'E')?.excluded).toBe('tie-break');

    // Confirmed as proposed, the boundary tie needs no justification; a fifth winner beyond the limit does.
    const telecom = new Map<string | null, Set<string>>([['telecom', new Set(['A', 'B', 'C', 'D', 'E'])]]);
    expect(decisionProblems(p, proposedWinners(p), telecom, 3, null)).toEqual([]);
    const more = [{ industryCode: 'telecom', enterpriseIds: ['A', 'B', 'C', 'D', 'E'] }];
    expect(decisionProblems(p, more, telecom, 3, null).map((x) => x.field)).toEqual([
      'winners[0].enterpriseIds',
    ]);

    const untied = new Map([
      [
        'telecom',
        snapshot(
          'telecom',
          [...entries.slice(0, 3), entry('D', { csi: 89.4, member: true, rank: 4 })],
          ['A', 'B', 'C', 'D'],
        ),
      ],
    ]);
    const q = proposeWinners(input({ snapshots: untied, industryCodes: ['telecom'] }));
    expect(proposedWinners(q)).toEqual([{ industryCode: 'telecom', enterpriseIds: ['A', 'B', 'C'] }]);
  });

  it('lets only the category’s own candidates win, and an industry without a snapshot has none', () => {
    const p = proposeWinners(
      input({ snapshots: SNAPSHOTS, candidates: new Set(['B', 'C']), industryCodes: ['telecom', 'energy'] }),
    );
    expect(proposedWinners(p)).toEqual([
      { industryCode: 'telecom', enterpriseIds: ['B'] },
      { industryCode: 'energy', enterpriseIds: [] },
    ]);
    expect(p.industries[1].noWinnerReason).toContain('no ranking snapshot');
  });
});
