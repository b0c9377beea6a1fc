import { decisionProblems, proposedWinners } from '../award-decision';
import { entrant, input, ROUND, RULES } from './test/proposal-fixtures';
import { proposeWinners } from './winner-proposal';

describe('panel proposals', () => {
  const panel = { ...RULES, kind: 'panel' as const };

  it('takes the top of the final round overall, with joint winners on an unresolved tie', () => {
    const p = proposeWinners(
      input({ rules: { ...panel, perIndustry: false, maxWinners: 3 }, finalRound: ROUND }),
    );
    expect(proposedWinners(p)).toEqual([{ industryCode: null, enterpriseIds: ['A', 'E', 'B', 'F'] }]);
    expect(p.industries[0].notes[0]).toContain('joint winners');
    expect(p.evidence.round).toEqual({
      roundId: 'r2',
      position: 2,
      name: 'Site visit',
      checksum: 'c'.repeat(64),
    });
  });

  it('takes the top of each industry, and none where no one was scored', () => {
    const p = proposeWinners(input({ rules: { ...panel, maxWinners: 1 }, finalRound: ROUND }));
    expect(proposedWinners(p)).toEqual([
      { industryCode: 'telecom', enterpriseIds: ['A'] },
      { industryCode: 'finance', enterpriseIds: ['E'] },
      { industryCode: 'retail', enterpriseIds: [] },
    ]);
    expect(p.industries[0].winners[0].figures).toEqual({
      panelScore: 86,
      band: 'certified-five-star',
      roundRank: 1,
    });
  });

  it('publishes the panel score at the precision the round ranks on, so the cut-off shows why', () => {
    // The round ranked A (80.004) above B (80.001). Rounded to two decimals both would read 80.00, and the
    // excluded B would look level with the winner; published as the round publishes them, they differ.
    const round = {
      ...ROUND,
      entrants: [entrant('A', 'telecom', 80.004, 1), entrant('B', 'telecom', 80.001, 2)],
    };
    const p = proposeWinners(
      input({ rules: { ...panel, perIndustry: false, maxWinners: 1 }, finalRound: round }),
    );
    const [group] = p.industries;
    expect(group.winners.map((w) => [w.enterpriseId, w.figures.panelScore])).toEqual([['A', 80.004]]);
    expect(group.candidates.map((c) => [c.enterpriseId, c.figures.panelScore, c.excluded])).toEqual([
      ['A', 80.004, null],
      ['B', 80.001, 'rank 2'],
    ]);
  });

  it('proposes nothing before the final round is finalised', () => {
    const p = proposeWinners(input({ rules: panel, finalRound: { ...ROUND, state: 'closed' } }));
    expect(p.problems).toEqual(['the final round "Site visit" (position 2) is not finalised']);
    const none = proposeWinners(input({ rules: { ...panel, perIndustry: false } }));
    expect(none.problems).toEqual(['the category has no judging round']);
    expect(none.industries).toEqual([
      expect.objectContaining({
        industryCode: null,
        winners: [],
        noWinnerReason: 'no proposal: the category has no judging round',
      }),
    ]);
    // Deciding without a proposal ("not awarded") is the organizers' own word: it needs a justification.
    const eligible = new Map<string | null, Set<string>>();
    expect(decisionProblems(none, proposedWinners(none), eligible, 1, null).map((x) => x.field)).toEqual([
      'justification',
    ]);
    expect(
      decisionProblems(none, proposedWinners(none), eligible, 1, 'Not awarded: the panel could not meet.'),
    ).toEqual([]);
  });
});
