import { Injectable } from '@nestjs/common';
import { Transactions, modifiedRows } from '@app/database';
import { UsersService } from '@app/identity';

export interface JudgeAssignment {
  id: string;
  roundId: string;
  entrantId: string;
  judgeId: string;
  judgeName: string;
  method: 'manual' | 'automatic';
  seed: number | null;
  state: 'active' | 'replaced' | 'withdrawn';
  endedReason: string | null;
  endedAt: Date | null;
  replacedBy: string | null;
  createdAt: Date;
  sheetId: string | null;
  sheetState: 'draft' | 'submitted' | null;
  /** An organizer kept this assignment's sheet counting despite a conflict declared after it was submitted. */
  conflictKept: { reason: string; by: string | null; at: Date } | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument --
   rows come from SQL we wrote; the mapper below is the one place that names their columns. */
const toAssignment = (r: any, names: Map<string, string>): JudgeAssignment => ({
  id: r.id,
  roundId: r.round_id,
  entrantId: r.entrant_id,
  judgeId: r.judge_id,
  judgeName: names.get(r.judge_id) as string,
  method: r.method,
  seed: r.seed,
  state: r.state,
  endedReason: r.ended_reason,
  endedAt: r.ended_at,
  replacedBy: r.replaced_by,
  createdAt: r.created_at,
  sheetId: r.sheet_id ?? null,
  sheetState: r.sheet_state ?? null,
  conflictKept: r.conflict_kept_at
    ? { reason: r.conflict_kept_reason, by: r.conflict_kept_by, at: r.conflict_kept_at }
    : null,
});
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument */

const ASSIGNMENT_SELECT = `
  SELECT a.*, s.id AS sheet_id, s.state AS sheet_state
  FROM judge_assignments a LEFT JOIN score_sheets s ON s.assignment_id = a.id`;

/** Who judges which entrant of a round, with the state of the judge's sheet. Judges' names come from identity. */
@Injectable()
export class AssignmentsRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersService,
  ) {}

  private get db() {
    return this.transactions.manager;
  }

  private async withNames(rows: { judge_id: string }[]): Promise<JudgeAssignment[]> {
    const names = await this.users.namesOf([...new Set(rows.map((r) => r.judge_id))]);
    const byId = new Map(names.map((n) => [n.id, n.displayName]));
    return rows.filter((r) => byId.has(r.judge_id)).map((r) => toAssignment(r, byId));
  }

  async assignments(roundId: string, onlyActive = false): Promise<JudgeAssignment[]> {
    const rows: { judge_id: string }[] = await this.db.query(
      `${ASSIGNMENT_SELECT} WHERE a.round_id = $1 ${onlyActive ? `AND a.state = 'active'` : ''}
       ORDER BY a.entrant_id, a.created_at, a.id`,
      [roundId],
    );
    return this.withNames(rows);
  }

  async findAssignment(id: string): Promise<JudgeAssignment | null> {
    const rows: { judge_id: string }[] = await this.db.query(`${ASSIGNMENT_SELECT} WHERE a.id = $1`, [id]);
    return (await this.withNames(rows))[0] ?? null;
  }

  /** A judge's active assignments in rounds that judges can see (open or later), newest round first. */
  async judgeWorkload(judgeId: string): Promise<JudgeAssignment[]> {
    const rows: { judge_id: string }[] = await this.db.query(
      `${ASSIGNMENT_SELECT} JOIN judging_rounds r ON r.id = a.round_id
       WHERE a.judge_id = $1 AND a.state = 'active' AND r.state <> 'draft'
       ORDER BY r.created_at DESC, a.created_at, a.id`,
      [judgeId],
    );
    return this.withNames(rows);
  }

  /** The unsubmitted judges' sheets of an open round: whom to remind. */
  async judgesOwingSheets(roundId: string) {
    const rows: { judge_id: string; owed: number }[] = await this.db.query(
      `SELECT a.judge_id, count(*)::int AS owed FROM judge_assignments a
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
       WHERE a.round_id = $1 AND a.state = 'active' AND (s.state IS NULL OR s.state <> 'submitted')
       GROUP BY a.judge_id ORDER BY a.judge_id`,
      [roundId],
    );
    return rows.map((r) => ({ judgeId: r.judge_id, owed: r.owed }));
  }

  async insertAssignments(
    roundId: string,
    pairs: { entrantId: string; judgeId: string }[],
    method: 'manual' | 'automatic',
    seed: number | null,
    assignedBy: string | null,
  ): Promise<string[]> {
    if (pairs.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO judge_assignments (round_id, entrant_id, judge_id, method, seed, assigned_by)
       SELECT $1, e, j, $4, $5, $6 FROM unnest($2::uuid[], $3::uuid[]) AS t(e, j) RETURNING id`,
      [roundId, pairs.map((p) => p.entrantId), pairs.map((p) => p.judgeId), method, seed, assignedBy],
    );
    return rows.map((r) => r.id);
  }

  async endAssignment(
    id: string,
    state: 'replaced' | 'withdrawn',
    reason: string,
    replacedBy: string | null,
    endedBy: string | null,
  ): Promise<boolean> {
    const rows = await modifiedRows<{ id: string }>(
      this.db,
      `UPDATE judge_assignments SET state = $2, ended_reason = $3, replaced_by = $4, ended_by = $5,
         ended_at = now() WHERE id = $1 AND state = 'active' RETURNING id`,
      [id, state, reason, replacedBy, endedBy],
    );
    return rows.length === 1;
  }

  /** Records an organizer's decision to keep a conflicted judge's submitted sheet counting. */
  async keepConflicted(id: string, reason: string, by: string | null): Promise<void> {
    await this.db.query(
      `UPDATE judge_assignments SET conflict_kept_reason = $2, conflict_kept_by = $3, conflict_kept_at = now()
       WHERE id = $1 AND state = 'active'`,
      [id, reason, by],
    );
  }
}
