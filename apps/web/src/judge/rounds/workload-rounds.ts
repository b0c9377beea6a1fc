/** The fields of an assignment that place it in a round and say how far its sheet is. */
export interface WorkloadEntry {
  assignmentId: string;
  roundId: string;
  roundName: string;
  roundState: string;
  campaignId: string;
  closesAt: string | null;
  enterpriseName: string;
  sheetState: string | null;
}

export type SheetProgress = 'not-started' | 'draft' | 'submitted';

export interface WorkloadRound<T extends WorkloadEntry> {
  roundId: string;
  roundName: string;
  roundState: string;
  campaignId: string;
  closesAt: string | null;
  submitted: number;
  assignments: T[];
}

export const progressOf = (a: WorkloadEntry): SheetProgress =>
  a.sheetState === 'submitted' ? 'submitted' : a.sheetState === 'draft' ? 'draft' : 'not-started';

/**
 * My assignments as the rounds they belong to: the nearest deadline first (rounds without one last), and in
 * each round what is left to do first (not started, then drafts, then submitted), then by enterprise name.
 */
export function workloadRounds<T extends WorkloadEntry>(items: T[]): WorkloadRound<T>[] {
  const rounds = new Map<string, WorkloadRound<T>>();
  for (const a of items) {
    const round = rounds.get(a.roundId) ?? {
      roundId: a.roundId,
      roundName: a.roundName,
      roundState: a.roundState,
      campaignId: a.campaignId,
      closesAt: a.closesAt,
      submitted: 0,
      assignments: [],
    };
    round.assignments.push(a);
    if (progressOf(a) === 'submitted') round.submitted += 1;
    rounds.set(a.roundId, round);
  }
  const order: Record<SheetProgress, number> = { 'not-started': 0, draft: 1, submitted: 2 };
  const deadline = (r: WorkloadRound<T>) => (r.closesAt ? Date.parse(r.closesAt) : Number.POSITIVE_INFINITY);
  return [...rounds.values()]
    .map((r) => ({
      ...r,
      assignments: [...r.assignments].sort(
        (x, y) =>
          order[progressOf(x)] - order[progressOf(y)] || x.enterpriseName.localeCompare(y.enterpriseName),
      ),
    }))
    .sort((x, y) => deadline(x) - deadline(y) || x.roundName.localeCompare(y.roundName));
}
