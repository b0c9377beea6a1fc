import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { modifiedRows } from '@app/database';
import { AdvancementRule } from './advancement';
import { AggregationMethod } from './panel-aggregation';
import { RoundState, RoundVisibility } from './round-rules';
import { SheetValues } from './rubric-result';
import { TieBreakStep } from './tie-break';

type Runner = Pick<EntityManager, 'query'>;

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
  | 'reminderHoursBeforeClose'
>;

export interface RoundEntrant {
  id: string;
  roundId: string;
  candidacyId: string;
  enterpriseId: string;
  enterpriseName: string;
  creditCode: string;
  industryCode: string;
  source: 'candidacy' | 'advanced' | 'added';
  reason: string | null;
  removedAt: Date | null;
  removedReason: string | null;
  createdAt: Date;
}

export interface PanelJudge {
  judgeId: string;
  displayName: string;
  isChair: boolean;
}

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
  reminderHoursBeforeClose: 'reminder_hours_before_close',
};
const JSON_COLUMNS = new Set(['advancementRule', 'tieBreak', 'visibility']);

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access --
   rows come from SQL we wrote; each mapper below is the one place that names their columns. */
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
  reminderHoursBeforeClose: r.reminder_hours_before_close,
  chairDecision: r.chair_order,
  state: r.state,
  stateChangedAt: r.state_changed_at,
  forcedCloseReason: r.forced_close_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toEntrant = (r: any): RoundEntrant => ({
  id: r.id,
  roundId: r.round_id,
  candidacyId: r.candidacy_id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.legal_name,
  creditCode: r.credit_code,
  industryCode: r.industry_code,
  source: r.source,
  reason: r.reason,
  removedAt: r.removed_at,
  removedReason: r.removed_reason,
  createdAt: r.created_at,
});

const toAssignment = (r: any): JudgeAssignment => ({
  id: r.id,
  roundId: r.round_id,
  entrantId: r.entrant_id,
  judgeId: r.judge_id,
  judgeName: r.display_name,
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

const ENTRANT_SELECT = `
  SELECT en.*, e.legal_name, e.credit_code FROM round_entrants en JOIN enterprises e ON e.id = en.enterprise_id`;
const ASSIGNMENT_SELECT = `
  SELECT a.*, u.display_name, s.id AS sheet_id, s.state AS sheet_state
  FROM judge_assignments a JOIN users u ON u.id = a.judge_id LEFT JOIN score_sheets s ON s.assignment_id = a.id`;

/** Rounds, their entrants, panels, assignments and score sheets. */
@Injectable()
export class RoundsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    }[] = await this.dataSource.query(
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

  private run(manager?: Runner): Runner {
    return manager ?? this.dataSource;
  }

  // ---- the campaign around a round

  async campaign(campaignId: string, manager?: Runner) {
    const rows: { id: string; year: number; state: string }[] = await this.run(manager).query(
      `SELECT id, year, state FROM campaigns WHERE id = $1`,
      [campaignId],
    );
    return rows[0] ?? null;
  }

  async category(categoryId: string) {
    const rows: { id: string; campaign_id: string; kind: string; per_industry: boolean; name: string }[] =
      await this.dataSource.query(`SELECT * FROM award_categories WHERE id = $1`, [categoryId]);
    const r = rows[0];
    return r
      ? { id: r.id, campaignId: r.campaign_id, kind: r.kind, perIndustry: r.per_industry, name: r.name }
      : null;
  }

  /** What a judge reads about a candidate: the declared profile, never contacts or revenue. */
  async dossier(enterpriseId: string) {
    const rows: {
      legal_name: string;
      legal_name_zh: string | null;
      industry_code: string;
      organization_type: string;
      business_types: string[];
      region: string;
      seats: number;
    }[] = await this.dataSource.query(`SELECT * FROM enterprises WHERE id = $1`, [enterpriseId]);
    const r = rows[0];
    return {
      legalName: r.legal_name,
      legalNameZh: r.legal_name_zh,
      industryCode: r.industry_code,
      organizationType: r.organization_type,
      businessTypes: r.business_types,
      region: r.region,
      seats: r.seats,
    };
  }

  async isMember(enterpriseId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM enterprise_members WHERE enterprise_id = $1 AND user_id = $2`,
      [enterpriseId, userId],
    );
    return rows.length > 0;
  }

  /** The self-assessment entrants of an enterprise, in rounds that are open or later. */
  async selfAssessmentEntrants(enterpriseId: string) {
    const rows: { id: string; round_id: string }[] = await this.dataSource.query(
      `SELECT en.id, en.round_id FROM round_entrants en JOIN judging_rounds r ON r.id = en.round_id
       WHERE en.enterprise_id = $1 AND en.removed_at IS NULL AND r.stage_type = 'self-assessment'
         AND r.state <> 'draft' ORDER BY r.created_at, en.id`,
      [enterpriseId],
    );
    return rows.map((r) => ({ entrantId: r.id, roundId: r.round_id }));
  }

  /** An enterprise's entrants in finalised rounds of a campaign, with the round, for feedback. */
  async finalisedEntries(campaignId: string, enterpriseId: string) {
    const rows: { entrant_id: string; round_id: string }[] = await this.dataSource.query(
      `SELECT en.id AS entrant_id, r.id AS round_id FROM round_entrants en
         JOIN judging_rounds r ON r.id = en.round_id
       WHERE r.campaign_id = $1 AND en.enterprise_id = $2 AND r.state = 'finalised' AND en.removed_at IS NULL
       ORDER BY r.category_id, r.position`,
      [campaignId, enterpriseId],
    );
    return rows.map((r) => ({ entrantId: r.entrant_id, roundId: r.round_id }));
  }

  /** The unsubmitted judges' sheets of an open round: whom to remind. */
  async judgesOwingSheets(roundId: string) {
    const rows: { judge_id: string; owed: number }[] = await this.dataSource.query(
      `SELECT a.judge_id, count(*)::int AS owed FROM judge_assignments a
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
       WHERE a.round_id = $1 AND a.state = 'active' AND (s.state IS NULL OR s.state <> 'submitted')
       GROUP BY a.judge_id ORDER BY a.judge_id`,
      [roundId],
    );
    return rows.map((r) => ({ judgeId: r.judge_id, owed: r.owed }));
  }

  // ---- rounds

  async insertRound(
    campaignId: string,
    categoryId: string,
    columns: RoundColumns,
    createdBy: string | null,
    manager: EntityManager,
  ): Promise<JudgingRound> {
    // Positions are taken under a lock on the category so two rounds created at once never share one.
    await manager.query(`SELECT 1 FROM award_categories WHERE id = $1 FOR UPDATE`, [categoryId]);
    const keys = Object.keys(COLUMN_NAMES) as (keyof RoundColumns)[];
    const values = keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(columns[k]) : columns[k]));
    const rows: unknown[] = await manager.query(
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

  async updateRound(id: string, changes: Partial<RoundColumns>, manager: EntityManager): Promise<void> {
    const keys = Object.keys(changes).filter((k) => k in COLUMN_NAMES) as (keyof RoundColumns)[];
    if (keys.length === 0) return;
    await manager.query(
      `UPDATE judging_rounds SET ${keys.map((k, i) => `${COLUMN_NAMES[k]} = $${i + 2}`).join(', ')},
         updated_at = now() WHERE id = $1`,
      [id, ...keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(changes[k]) : changes[k]))],
    );
  }

  async find(id: string, manager?: Runner): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.run(manager).query(`SELECT * FROM judging_rounds WHERE id = $1`, [id]);
    return rows[0] ? toRound(rows[0]) : null;
  }

  /** The round, locked until the transaction ends: state changes and submissions take turns on it. */
  async lock(id: string, manager: EntityManager, mode: 'UPDATE' | 'SHARE'): Promise<JudgingRound | null> {
    const rows: unknown[] = await manager.query(`SELECT * FROM judging_rounds WHERE id = $1 FOR ${mode}`, [
      id,
    ]);
    return rows[0] ? toRound(rows[0]) : null;
  }

  async listForCampaign(campaignId: string): Promise<JudgingRound[]> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT * FROM judging_rounds WHERE campaign_id = $1 ORDER BY category_id, position`,
      [campaignId],
    );
    return rows.map(toRound);
  }

  /** The category's last round by position: the one whose outcome decides a panel award. */
  async lastOfCategory(categoryId: string, manager?: Runner): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.run(manager).query(
      `SELECT * FROM judging_rounds WHERE category_id = $1 ORDER BY position DESC LIMIT 1`,
      [categoryId],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async neighbour(round: JudgingRound, offset: -1 | 1, manager?: Runner): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.run(manager).query(
      `SELECT * FROM judging_rounds WHERE category_id = $1 AND position = $2`,
      [round.categoryId, round.position + offset],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  /** The category's latest self-assessment round before `round` that has closed. */
  async selfAssessmentRoundBefore(round: JudgingRound): Promise<JudgingRound | null> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT * FROM judging_rounds WHERE category_id = $1 AND position < $2
         AND stage_type = 'self-assessment' AND state IN ('closed', 'finalised')
       ORDER BY position DESC LIMIT 1`,
      [round.categoryId, round.position],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async setState(
    id: string,
    state: RoundState,
    forcedCloseReason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE judging_rounds SET state = $2, state_changed_at = now(), updated_at = now(),
         forced_close_reason = COALESCE($3, forced_close_reason) WHERE id = $1`,
      [id, state, forcedCloseReason],
    );
  }

  /** Adds to the round's forced-close reason (a shortfall accepted after closing); earlier reasons stay. */
  async appendForcedReason(id: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE judging_rounds SET updated_at = now(),
         forced_close_reason = CASE WHEN forced_close_reason IS NULL THEN $2 ELSE forced_close_reason || '; ' || $2 END
       WHERE id = $1`,
      [id, reason],
    );
  }

  async setChairDecision(id: string, decision: ChairDecision, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE judging_rounds SET chair_order = $2::jsonb, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(decision)],
    );
  }

  // ---- entrants

  async entrants(roundId: string, manager?: Runner, includeRemoved = false): Promise<RoundEntrant[]> {
    const rows: unknown[] = await this.run(manager).query(
      `${ENTRANT_SELECT} WHERE en.round_id = $1 ${includeRemoved ? '' : 'AND en.removed_at IS NULL'}
       ORDER BY en.industry_code, e.legal_name, en.id`,
      [roundId],
    );
    return rows.map(toEntrant);
  }

  async findEntrant(roundId: string, entrantId: string, manager?: Runner): Promise<RoundEntrant | null> {
    const rows: unknown[] = await this.run(manager).query(
      `${ENTRANT_SELECT} WHERE en.round_id = $1 AND en.id = $2`,
      [roundId, entrantId],
    );
    return rows[0] ? toEntrant(rows[0]) : null;
  }

  /** Approved candidacies of the category: the first round's entrants. */
  async approvedCandidacies(categoryId: string, manager?: Runner) {
    const rows: { id: string; enterprise_id: string; industry_code: string }[] = await this.run(
      manager,
    ).query(
      `SELECT id, enterprise_id, industry_code FROM candidacies WHERE category_id = $1 AND state = 'approved'
       ORDER BY id`,
      [categoryId],
    );
    return rows.map((r) => ({
      candidacyId: r.id,
      enterpriseId: r.enterprise_id,
      industryCode: r.industry_code,
    }));
  }

  /** Enterprises whose latest ranking snapshot in their industry says `ranked` (enough valid responses). */
  async surveyEligibleEnterprises(campaignId: string, manager?: Runner): Promise<Set<string>> {
    const rows: { enterprise_id: string }[] = await this.run(manager).query(
      `SELECT entry->>'enterpriseId' AS enterprise_id
       FROM (SELECT DISTINCT ON (industry_code) entries FROM ranking_snapshots WHERE campaign_id = $1
             ORDER BY industry_code, sequence DESC) latest,
            jsonb_array_elements(latest.entries) entry
       WHERE entry->>'eligibility' = 'ranked'`,
      [campaignId],
    );
    return new Set(rows.map((r) => r.enterprise_id));
  }

  /** Adds entrants that are not in the round yet; returns how many were added. */
  async insertEntrants(
    roundId: string,
    entrants: { candidacyId: string; enterpriseId: string; industryCode: string }[],
    source: RoundEntrant['source'],
    reason: string | null,
    addedBy: string | null,
    manager: EntityManager,
  ): Promise<number> {
    if (entrants.length === 0) return 0;
    const rows: unknown[] = await manager.query(
      `INSERT INTO round_entrants (round_id, candidacy_id, enterprise_id, industry_code, source, reason, added_by)
       SELECT $1, c, e, i, $5, $6, $7 FROM unnest($2::uuid[], $3::uuid[], $4::varchar[]) AS t(c, e, i)
       ON CONFLICT ON CONSTRAINT round_entrants_once DO NOTHING RETURNING id`,
      [
        roundId,
        entrants.map((e) => e.candidacyId),
        entrants.map((e) => e.enterpriseId),
        entrants.map((e) => e.industryCode),
        source,
        reason,
        addedBy,
      ],
    );
    return rows.length;
  }

  /** Brings a removed entrant back (an organizer re-adds it). */
  async restoreEntrant(entrantId: string, reason: string, by: string | null, manager: EntityManager) {
    await manager.query(
      `UPDATE round_entrants SET removed_at = NULL, removed_by = NULL, removed_reason = NULL,
         source = 'added', reason = $2, added_by = $3 WHERE id = $1`,
      [entrantId, reason, by],
    );
  }

  async removeEntrant(entrantId: string, reason: string, by: string | null, manager: EntityManager) {
    await manager.query(
      `UPDATE round_entrants SET removed_at = now(), removed_by = $3, removed_reason = $2 WHERE id = $1`,
      [entrantId, reason, by],
    );
  }

  // ---- panel

  async panel(roundId: string, manager?: Runner): Promise<PanelJudge[]> {
    const rows: { judge_id: string; display_name: string; is_chair: boolean }[] = await this.run(
      manager,
    ).query(
      `SELECT p.judge_id, u.display_name, p.is_chair FROM round_judges p JOIN users u ON u.id = p.judge_id
       WHERE p.round_id = $1 ORDER BY u.display_name, p.judge_id`,
      [roundId],
    );
    return rows.map((r) => ({ judgeId: r.judge_id, displayName: r.display_name, isChair: r.is_chair }));
  }

  async replacePanel(
    roundId: string,
    judges: { judgeId: string; isChair: boolean }[],
    addedBy: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM round_judges WHERE round_id = $1`, [roundId]);
    if (judges.length === 0) return;
    await manager.query(
      `INSERT INTO round_judges (round_id, judge_id, is_chair, added_by)
       SELECT $1, j, c, $4 FROM unnest($2::uuid[], $3::boolean[]) AS t(j, c)`,
      [roundId, judges.map((j) => j.judgeId), judges.map((j) => j.isChair), addedBy],
    );
  }

  /** Those of `ids` that are active judge accounts. */
  async activeJudgeIds(ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM users WHERE role = 'judge' AND status = 'active' AND id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async isOnPanel(roundId: string, judgeId: string): Promise<{ isChair: boolean } | null> {
    const rows: { is_chair: boolean }[] = await this.dataSource.query(
      `SELECT is_chair FROM round_judges WHERE round_id = $1 AND judge_id = $2`,
      [roundId, judgeId],
    );
    return rows[0] ? { isChair: rows[0].is_chair } : null;
  }

  // ---- assignments

  async assignments(roundId: string, manager?: Runner, onlyActive = false): Promise<JudgeAssignment[]> {
    const rows: unknown[] = await this.run(manager).query(
      `${ASSIGNMENT_SELECT} WHERE a.round_id = $1 ${onlyActive ? `AND a.state = 'active'` : ''}
       ORDER BY a.entrant_id, a.created_at, a.id`,
      [roundId],
    );
    return rows.map(toAssignment);
  }

  async findAssignment(id: string, manager?: Runner): Promise<JudgeAssignment | null> {
    const rows: unknown[] = await this.run(manager).query(`${ASSIGNMENT_SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ? toAssignment(rows[0]) : null;
  }

  /** A judge's active assignments in rounds that judges can see (open or later), newest round first. */
  async judgeWorkload(judgeId: string): Promise<JudgeAssignment[]> {
    const rows: unknown[] = await this.dataSource.query(
      `${ASSIGNMENT_SELECT} JOIN judging_rounds r ON r.id = a.round_id
       WHERE a.judge_id = $1 AND a.state = 'active' AND r.state <> 'draft'
       ORDER BY r.created_at DESC, a.created_at, a.id`,
      [judgeId],
    );
    return rows.map(toAssignment);
  }

  async insertAssignments(
    roundId: string,
    pairs: { entrantId: string; judgeId: string }[],
    method: 'manual' | 'automatic',
    seed: number | null,
    assignedBy: string | null,
    manager: EntityManager,
  ): Promise<string[]> {
    if (pairs.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
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
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await modifiedRows<{ id: string }>(
      manager,
      `UPDATE judge_assignments SET state = $2, ended_reason = $3, replaced_by = $4, ended_by = $5,
         ended_at = now() WHERE id = $1 AND state = 'active' RETURNING id`,
      [id, state, reason, replacedBy, endedBy],
    );
    return rows.length === 1;
  }

  /** Records an organizer's decision to keep a conflicted judge's submitted sheet counting. */
  async keepConflicted(id: string, reason: string, by: string | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE judge_assignments SET conflict_kept_reason = $2, conflict_kept_by = $3, conflict_kept_at = now()
       WHERE id = $1 AND state = 'active'`,
      [id, reason, by],
    );
  }

  // ---- score sheets

  async sheetOfAssignment(assignmentId: string, manager?: Runner): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.run(manager).query(
      `SELECT * FROM score_sheets WHERE assignment_id = $1`,
      [assignmentId],
    );
    return rows[0] ? toSheet(rows[0]) : null;
  }

  async selfAssessmentSheet(entrantId: string, manager?: Runner): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.run(manager).query(
      `SELECT * FROM score_sheets WHERE entrant_id = $1 AND assignment_id IS NULL`,
      [entrantId],
    );
    return rows[0] ? toSheet(rows[0]) : null;
  }

  async findSheet(id: string, manager?: Runner): Promise<ScoreSheet | null> {
    const rows: unknown[] = await this.run(manager).query(`SELECT * FROM score_sheets WHERE id = $1`, [id]);
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
    manager: EntityManager,
  ): Promise<ScoreSheet | null> {
    // A judge's sheet is one per assignment; a self-assessment one per entrant (a partial unique index).
    const target = sheet.assignmentId ? '(assignment_id)' : '(entrant_id) WHERE assignment_id IS NULL';
    const rows: unknown[] = await manager.query(
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
  async lockSheet(id: string, manager: EntityManager): Promise<ScoreSheet | null> {
    const rows: unknown[] = await manager.query(`SELECT * FROM score_sheets WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toSheet(rows[0]) : null;
  }

  /** Locks the sheet and keeps this submission as an immutable revision. */
  async submit(sheet: ScoreSheet, total: number, by: string | null, manager: EntityManager): Promise<void> {
    const revision = sheet.revision + 1;
    await manager.query(
      `UPDATE score_sheets SET state = 'submitted', revision = $2, submitted_at = now(), updated_by = $3,
         updated_at = now() WHERE id = $1`,
      [sheet.id, revision, by],
    );
    await manager.query(
      `INSERT INTO score_sheet_revisions (sheet_id, revision, values, comments, total, submitted_by)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)`,
      [sheet.id, revision, JSON.stringify(sheet.values), JSON.stringify(sheet.comments), total, by],
    );
  }

  async reopen(sheetId: string, reason: string, by: string | null, manager: EntityManager): Promise<void> {
    await manager.query(
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
    }[] = await this.dataSource.query(
      `SELECT * FROM score_sheet_revisions WHERE sheet_id = $1 ORDER BY revision`,
      [sheetId],
    );
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
  async sheets(roundId: string, manager?: Runner): Promise<ScoreSheet[]> {
    const rows: unknown[] = await this.run(manager).query(
      `SELECT * FROM score_sheets WHERE round_id = $1 ORDER BY entrant_id, judge_id`,
      [roundId],
    );
    return rows.map(toSheet);
  }

  // ---- outcomes

  async insertOutcome(
    roundId: string,
    results: unknown,
    checksum: string,
    by: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO round_outcomes (round_id, results, checksum, finalised_by) VALUES ($1, $2::jsonb, $3, $4)`,
      [roundId, JSON.stringify(results), checksum, by],
    );
  }

  async outcome(roundId: string, manager?: Runner) {
    const rows: { results: unknown; checksum: string; finalised_by: string | null; finalised_at: Date }[] =
      await this.run(manager).query(`SELECT * FROM round_outcomes WHERE round_id = $1`, [roundId]);
    const r = rows[0];
    return r
      ? {
          results: r.results,
          checksum: r.checksum.trim(),
          finalisedBy: r.finalised_by,
          finalisedAt: r.finalised_at,
        }
      : null;
  }

  // ---- reminders

  /** Inserts the notification unless its dedupe key exists; true when it was new. */
  async insertNotification(
    n: {
      recipientId: string;
      kind: string;
      subject: string;
      body: string;
      roundId: string;
      dedupeKey: string;
    },
    manager?: Runner,
  ): Promise<boolean> {
    const rows: unknown[] = await this.run(manager).query(
      `INSERT INTO notifications (recipient_id, kind, subject, body, round_id, dedupe_key, delivered_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [n.recipientId, n.kind, n.subject, n.body, n.roundId, n.dedupeKey],
    );
    return rows.length === 1;
  }

  async notificationsOf(recipientId: string) {
    const rows: {
      id: string;
      kind: string;
      subject: string;
      body: string;
      round_id: string | null;
      channel: string;
      created_at: Date;
      delivered_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT * FROM notifications WHERE recipient_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
      [recipientId],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      subject: r.subject,
      body: r.body,
      roundId: r.round_id,
      channel: r.channel,
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
    }));
  }
}
