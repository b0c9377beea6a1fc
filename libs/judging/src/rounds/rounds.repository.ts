import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { AdvancementRule } from '../results/advancement';
import { AggregationMethod } from '../results/panel-aggregation';
import { TieBreakStep } from '../results/tie-break';
import type { RoundMaterials } from '../materials/round-materials';
import { RoundState, RoundVisibility } from './round-rules';

export interface ChairDecision {
  order: string[];
  reason: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface JudgingRound {
  id: string;
  campaignId: string;
  categoryId: string;
  position: number;
  name: string;
  stageType: string;
  rubricId: string;
  rubricVersion: number;
  opensAt: Date | null;
  closesAt: Date | null;
  judgesPerEntrant: number;
  aggregationMethod: AggregationMethod;
  disagreementThreshold: number;
  advancementRule: AdvancementRule | null;
  tieBreak: TieBreakStep[];
  selfAssessmentWeight: number;
  onlySurveyEligible: boolean;
  visibility: RoundVisibility;
  /** What the judges see of each entry, and what they attach to their sheets. */
  materials: RoundMaterials;
  reminderHoursBeforeClose: number;
  chairDecision: ChairDecision | null;
  state: RoundState;
  stateChangedAt: Date;
  forcedCloseReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns an organizer sets; the rest follow from the round's life. */
export type RoundColumns = Pick<
  JudgingRound,
  | 'name'
  | 'stageType'
  | 'rubricId'
  | 'rubricVersion'
  | 'opensAt'
  | 'closesAt'
  | 'judgesPerEntrant'
  | 'aggregationMethod'
  | 'disagreementThreshold'
  | 'advancementRule'
  | 'tieBreak'
  | 'selfAssessmentWeight'
  | 'onlySurveyEligible'
  | 'visibility'
  | 'materials'
  | 'reminderHoursBeforeClose'
>;

const COLUMN_NAMES: Record<keyof RoundColumns, string> = {
  name: 'name',
  stageType: 'stage_type',
  rubricId: 'rubric_id',
  rubricVersion: 'rubric_version',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  judgesPerEntrant: 'judges_per_entrant',
  aggregationMethod: 'aggregation_method',
  disagreementThreshold: 'disagreement_threshold',
  advancementRule: 'advancement_rule',
  tieBreak: 'tie_break',
  selfAssessmentWeight: 'self_assessment_weight',
  onlySurveyEligible: 'only_survey_eligible',
  visibility: 'visibility',
  materials: 'materials',
  reminderHoursBeforeClose: 'reminder_hours_before_close',
};
const JSON_COLUMNS = new Set(['advancementRule', 'tieBreak', 'visibility', 'materials']);

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access --
   rows come from SQL we wrote; the mapper below is the one place that names their columns. */
const toRound = (r: any): JudgingRound => ({
  id: r.id,
  campaignId: r.campaign_id,
  categoryId: r.category_id,
  position: r.position,
  name: r.name,
  stageType: r.stage_type,
  rubricId: r.rubric_id,
  rubricVersion: r.rubric_version,
  opensAt: r.opens_at,
  closesAt: r.closes_at,
  judgesPerEntrant: r.judges_per_entrant,
  aggregationMethod: r.aggregation_method,
  disagreementThreshold: Number(r.disagreement_threshold),
  advancementRule: r.advancement_rule,
  tieBreak: r.tie_break,
  selfAssessmentWeight: r.self_assessment_weight,
  onlySurveyEligible: r.only_survey_eligible,
  visibility: r.visibility,
  materials: r.materials,
  reminderHoursBeforeClose: r.reminder_hours_before_close,
  chairDecision: r.chair_order,
  state: r.state,
  stateChangedAt: r.state_changed_at,
  forcedCloseReason: r.forced_close_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access */

/** Judging rounds: their settings, state and the chair's decision. */
@Injectable()
export class RoundsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  /** Draft and open rounds with an opening or closing at or after `since`: what the worker reconciles. */
  async withWindowSince(since: Date): Promise<
    {
      id: string;
      state: string;
      opensAt: Date | null;
      closesAt: Date | null;
      reminderHoursBeforeClose: number;
    }[]
  > {
    const rows: {
      id: string;
      state: string;
      opens_at: Date | null;
      closes_at: Date | null;
      reminder_hours_before_close: number;
    }[] = await this.db.query(
      `SELECT id, state, opens_at, closes_at, reminder_hours_before_close FROM judging_rounds
        WHERE state IN ('draft', 'open') AND (opens_at >= $1 OR closes_at >= $1)`,
      [since],
    );
    return rows.map((r) => ({
      id: r.id,
      state: r.state,
      opensAt: r.opens_at,
      closesAt: r.closes_at,
      reminderHoursBeforeClose: r.reminder_hours_before_close,
    }));
  }

  /** Inside a transaction: the category's next position is taken under a lock held until it ends. */
  async insertRound(
    campaignId: string,
    categoryId: string,
    columns: RoundColumns,
    createdBy: string | null,
  ): Promise<JudgingRound> {
    // Two rounds created at once in a category must never share a position. The category's row is the
    // campaigns lib's, so judging takes turns on a lock of its own, keyed by the category.
    await this.db.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('judging-round-position:' || $1, 0))`,
      [categoryId],
    );
    const keys = Object.keys(COLUMN_NAMES) as (keyof RoundColumns)[];
    const values = keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(columns[k]) : columns[k]));
    const rows: unknown[] = await this.db.query(
      `INSERT INTO judging_rounds (campaign_id, category_id, position, created_by, ${keys
        .map((k) => COLUMN_NAMES[k])
        .join(', ')})
       SELECT $1, $2, COALESCE(max(position), 0) + 1, $3, ${keys.map((_, i) => `$${i + 4}`).join(', ')}
       FROM judging_rounds WHERE category_id = $2
       RETURNING *`,
      [campaignId, categoryId, createdBy, ...values],
    );
    return toRound(rows[0]);
  }

  async updateRound(id: string, changes: Partial<RoundColumns>): Promise<void> {
    const keys = Object.keys(changes).filter((k) => k in COLUMN_NAMES) as (keyof RoundColumns)[];
    if (keys.length === 0) return;
    await this.db.query(
      `UPDATE judging_rounds SET ${keys.map((k, i) => `${COLUMN_NAMES[k]} = $${i + 2}`).join(', ')},
         updated_at = now() WHERE id = $1`,
      [id, ...keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(changes[k]) : changes[k]))],
    );
  }

  async find(id: string): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.db.query(`SELECT * FROM judging_rounds WHERE id = $1`, [id]);
    return rows[0] ? toRound(rows[0]) : null;
  }

  /** The round, locked until the ambient transaction ends: state changes and submissions take turns on it. */
  async lock(id: string, mode: 'UPDATE' | 'SHARE'): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.db.query(`SELECT * FROM judging_rounds WHERE id = $1 FOR ${mode}`, [
      id,
    ]);
    return rows[0] ? toRound(rows[0]) : null;
  }

  async listForCampaign(campaignId: string): Promise<JudgingRound[]> {
    const rows: unknown[] = await this.db.query(
      `SELECT * FROM judging_rounds WHERE campaign_id = $1 ORDER BY category_id, position`,
      [campaignId],
    );
    return rows.map(toRound);
  }

  /** The category's last round by position: the one whose outcome decides a panel award. */
  async lastOfCategory(categoryId: string): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.db.query(
      `SELECT * FROM judging_rounds WHERE category_id = $1 ORDER BY position DESC LIMIT 1`,
      [categoryId],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async neighbour(round: JudgingRound, offset: -1 | 1): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.db.query(
      `SELECT * FROM judging_rounds WHERE category_id = $1 AND position = $2`,
      [round.categoryId, round.position + offset],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  /** The category's latest self-assessment round before `round` that has closed. */
  async selfAssessmentRoundBefore(round: JudgingRound): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.db.query(
      `SELECT * FROM judging_rounds WHERE category_id = $1 AND position < $2
         AND stage_type = 'self-assessment' AND state IN ('closed', 'finalised')
       ORDER BY position DESC LIMIT 1`,
      [round.categoryId, round.position],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async setState(id: string, state: RoundState, forcedCloseReason: string | null): Promise<void> {
    await this.db.query(
      `UPDATE judging_rounds SET state = $2, state_changed_at = now(), updated_at = now(),
         forced_close_reason = COALESCE($3, forced_close_reason) WHERE id = $1`,
      [id, state, forcedCloseReason],
    );
  }

  /** Adds to the round's forced-close reason (a shortfall accepted after closing); earlier reasons stay. */
  async appendForcedReason(id: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE judging_rounds SET updated_at = now(),
         forced_close_reason = CASE WHEN forced_close_reason IS NULL THEN $2 ELSE forced_close_reason || '; ' || $2 END
       WHERE id = $1`,
      [id, reason],
    );
  }

  async setChairDecision(id: string, decision: ChairDecision): Promise<void> {
    await this.db.query(
      `UPDATE judging_rounds SET chair_order = $2::jsonb, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(decision)],
    );
  }
}
