import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { SheetValues } from '../rubrics/rubric-result';

export interface ScoreSheet {
  id: string;
  roundId: string;
  entrantId: string;
  assignmentId: string | null;
  judgeId: string | null;
  values: SheetValues;
  comments: Record<string, string>;
  state: 'draft' | 'submitted';
  revision: number;
  submittedAt: Date | null;
  reopenReason: string | null;
  updatedAt: Date;
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access --
   rows come from SQL we wrote; the mapper below is the one place that names their columns. */
const toSheet = (r: any): ScoreSheet => ({
  id: r.id,
  roundId: r.round_id,
  entrantId: r.entrant_id,
  assignmentId: r.assignment_id,
  judgeId: r.judge_id,
  values: r.values,
  comments: r.comments,
  state: r.state,
  revision: r.revision,
  submittedAt: r.submitted_at,
  reopenReason: r.reopen_reason,
  updatedAt: r.updated_at,
});
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access */

/** Score sheets and every submitted revision of them (a revision row is never changed). */
@Injectable()
export class ScoreSheetsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async sheetOfAssignment(assignmentId: string): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.db.query(`SELECT * FROM score_sheets WHERE assignment_id = $1`, [
      assignmentId,
    ]);
    return rows[0] ? toSheet(rows[0]) : null;
  }

  async selfAssessmentSheet(entrantId: string): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.db.query(
      `SELECT * FROM score_sheets WHERE entrant_id = $1 AND assignment_id IS NULL`,
      [entrantId],
    );
    return rows[0] ? toSheet(rows[0]) : null;
  }

  async findSheet(id: string): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.db.query(`SELECT * FROM score_sheets WHERE id = $1`, [id]);
    return rows[0] ? toSheet(rows[0]) : null;
  }

  /**
   * Creates the sheet on first save, then updates its values and comments, in one statement so two first saves
   * at once cannot collide. Only a draft is written: null when the sheet is submitted (locked).
   */
  async saveDraft(
    sheet: { roundId: string; entrantId: string; assignmentId: string | null; judgeId: string | null },
    values: SheetValues,
    comments: Record<string, string>,
    by: string | null,
  ): Promise<ScoreSheet | null> {
    // A judge's sheet is one per assignment; a self-assessment one per entrant (a partial unique index).
    const target = sheet.assignmentId ? '(assignment_id)' : '(entrant_id) WHERE assignment_id IS NULL';
    const rows: unknown[] = await this.db.query(
      `INSERT INTO score_sheets (round_id, entrant_id, assignment_id, judge_id, values, comments, updated_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
       ON CONFLICT ${target} DO UPDATE SET values = EXCLUDED.values, comments = EXCLUDED.comments,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       WHERE score_sheets.state = 'draft'
       RETURNING *`,
      [
        sheet.roundId,
        sheet.entrantId,
        sheet.assignmentId,
        sheet.judgeId,
        JSON.stringify(values),
        JSON.stringify(comments),
        by,
      ],
    );
    return rows[0] ? toSheet(rows[0]) : null;
  }

  /** The sheet, locked until the transaction ends: a submission and a save of the same sheet take turns. */
  async lockSheet(id: string): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.db.query(`SELECT * FROM score_sheets WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toSheet(rows[0]) : null;
  }

  /** Locks the sheet and keeps this submission as an immutable revision. */
  async submit(sheet: ScoreSheet, total: number, by: string | null): Promise<void> {
    const revision = sheet.revision + 1;
    await this.db.query(
      `UPDATE score_sheets SET state = 'submitted', revision = $2, submitted_at = now(), updated_by = $3,
         updated_at = now() WHERE id = $1`,
      [sheet.id, revision, by],
    );
    await this.db.query(
      `INSERT INTO score_sheet_revisions (sheet_id, revision, values, comments, total, submitted_by)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)`,
      [sheet.id, revision, JSON.stringify(sheet.values), JSON.stringify(sheet.comments), total, by],
    );
  }

  async reopen(sheetId: string, reason: string, by: string | null): Promise<void> {
    await this.db.query(
      `UPDATE score_sheets SET state = 'draft', reopen_reason = $2, updated_by = $3, updated_at = now()
       WHERE id = $1`,
      [sheetId, reason, by],
    );
  }

  async revisions(sheetId: string) {
    const rows: {
      revision: number;
      values: SheetValues;
      comments: Record<string, string>;
      total: string;
      submitted_by: string | null;
      submitted_at: Date;
    }[] = await this.db.query(`SELECT * FROM score_sheet_revisions WHERE sheet_id = $1 ORDER BY revision`, [
      sheetId,
    ]);
    return rows.map((r) => ({
      revision: r.revision,
      values: r.values,
      comments: r.comments,
      total: Number(r.total),
      submittedBy: r.submitted_by,
      submittedAt: r.submitted_at,
    }));
  }

  /** Every sheet of the round (judges' and self-assessments'). */
  async sheets(roundId: string): Promise<ScoreSheet[]> {
    const rows: unknown[] = await this.db.query(
      `SELECT * FROM score_sheets WHERE round_id = $1 ORDER BY entrant_id, judge_id`,
      [roundId],
    );
    return rows.map(toSheet);
  }
}
