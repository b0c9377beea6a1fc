import { progressOf, workloadRounds, type WorkloadEntry } from './workload-rounds';

const entry = (over: Partial<WorkloadEntry>): WorkloadEntry => ({
  assignmentId: 'a',
  roundId: 'r1',
  roundName: 'Document review',
  roundState: 'open',
  campaignId: 'c',
  closesAt: '2027-05-21T10:00:00.000Z',
  enterpriseName: 'Alpha',
  sheetState: null,
  ...over,
});

describe('workloadRounds', () => {
  it('groups assignments by round with n submitted of m, nearest deadline first', () => {
    const rounds = workloadRounds([
      entry({ assignmentId: 'a1', enterpriseName: 'Beta', sheetState: 'submitted' }),
      entry({ assignmentId: 'a2', enterpriseName: 'Alpha', sheetState: 'draft' }),
      entry({ assignmentId: 'a3', enterpriseName: 'Gamma' }),
      entry({
        assignmentId: 'b1',
        roundId: 'r2',
        roundName: 'Site visit',
        closesAt: '2027-04-01T10:00:00.000Z',
      }),
      entry({ assignmentId: 'c1', roundId: 'r3', roundName: 'Final panel', closesAt: null }),
    ]);
    expect(rounds.map((r) => r.roundId)).toEqual(['r2', 'r1', 'r3']);
    expect(rounds[1].submitted).toBe(1);
    expect(rounds[1].assignments.map((a) => a.assignmentId)).toEqual(['a3', 'a2', 'a1']);
  });

  it('reads a missing sheet as not started', () => {
    expect(progressOf(entry({ sheetState: null }))).toBe('not-started');
    expect(progressOf(entry({ sheetState: 'draft' }))).toBe('draft');
    expect(progressOf(entry({ sheetState: 'submitted' }))).toBe('submitted');
  });
});
