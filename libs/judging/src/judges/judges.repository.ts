import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { modifiedRows } from '@app/database';
import { Affiliation } from './conflict-detection';

export interface JudgeProfile {
  judgeId: string;
  displayName: string;
  email: string;
  status: string;
  title: string | null;
  expertiseIndustries: string[];
  affiliations: Affiliation[];
  updatedAt: Date | null;
}

export type ConflictSource = 'declared' | 'recorded';

export interface StoredConflict {
  id: string;
  judgeId: string;
  enterpriseId: string;
  enterpriseName: string;
  source: ConflictSource;
  reason: string;
  recordedBy: string | null;
  createdAt: Date;
}

interface ProfileRow {
  id: string;
  display_name: string;
  email: string;
  status: string;
  title: string | null;
  expertise_industries: string[] | null;
  affiliations: Affiliation[] | null;
  updated_at: Date | null;
}

interface ConflictRow {
  id: string;
  judge_id: string;
  enterprise_id: string;
  legal_name: string;
  source: ConflictSource;
  reason: string;
  recorded_by: string | null;
  created_at: Date;
}

const toProfile = (r: ProfileRow): JudgeProfile => ({
  judgeId: r.id,
  displayName: r.display_name,
  email: r.email,
  status: r.status,
  title: r.title,
  expertiseIndustries: r.expertise_industries ?? [],
  affiliations: r.affiliations ?? [],
  updatedAt: r.updated_at,
});

const toConflict = (r: ConflictRow): StoredConflict => ({
  id: r.id,
  judgeId: r.judge_id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.legal_name,
  source: r.source,
  reason: r.reason,
  recordedBy: r.recorded_by,
  createdAt: r.created_at,
});

// Every judge account has a profile, empty until an organizer fills it in.
const PROFILE_SELECT = `
  SELECT u.id, u.display_name, u.email, u.status, p.title, p.expertise_industries, p.affiliations, p.updated_at
  FROM users u LEFT JOIN judge_profiles p ON p.user_id = u.id
  WHERE u.role = 'judge'`;

const CONFLICT_SELECT = `
  SELECT c.*, e.legal_name FROM judge_conflicts c JOIN enterprises e ON e.id = c.enterprise_id`;

/** Judges' profiles (expertise, affiliation history) and their declared or recorded conflicts. */
@Injectable()
export class JudgesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<JudgeProfile[]> {
    const rows: ProfileRow[] = await this.dataSource.query(`${PROFILE_SELECT} ORDER BY u.display_name, u.id`);
    return rows.map(toProfile);
  }

  async find(judgeId: string, manager?: EntityManager): Promise<JudgeProfile | null> {
    const rows: ProfileRow[] = await (manager ?? this.dataSource).query(`${PROFILE_SELECT} AND u.id = $1`, [
      judgeId,
    ]);
    return rows[0] ? toProfile(rows[0]) : null;
  }

  async findMany(judgeIds: string[], manager?: EntityManager): Promise<JudgeProfile[]> {
    if (judgeIds.length === 0) return [];
    const rows: ProfileRow[] = await (manager ?? this.dataSource).query(
      `${PROFILE_SELECT} AND u.id = ANY($1::uuid[]) ORDER BY u.id`,
      [judgeIds],
    );
    return rows.map(toProfile);
  }

  async saveProfile(
    judgeId: string,
    profile: { title: string | null; expertiseIndustries: string[]; affiliations: Affiliation[] },
    updatedBy: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO judge_profiles (user_id, title, expertise_industries, affiliations, updated_by)
       VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (user_id) DO UPDATE SET title = EXCLUDED.title,
         expertise_industries = EXCLUDED.expertise_industries, affiliations = EXCLUDED.affiliations,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [judgeId, profile.title, profile.expertiseIndustries, JSON.stringify(profile.affiliations), updatedBy],
    );
  }

  /** The industry codes among `codes` that do not exist. */
  async unknownIndustries(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM industries WHERE code = ANY($1::varchar[])`,
      [codes],
    );
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  /** Null when the same judge, enterprise and source are on record already. */
  async insertConflict(
    conflict: { judgeId: string; enterpriseId: string; source: ConflictSource; reason: string },
    recordedBy: string | null,
    manager: EntityManager,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO judge_conflicts (judge_id, enterprise_id, source, reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT judge_conflicts_once DO NOTHING RETURNING id`,
      [conflict.judgeId, conflict.enterpriseId, conflict.source, conflict.reason, recordedBy],
    );
    return rows[0]?.id ?? null;
  }

  async conflictsOfJudge(judgeId: string): Promise<StoredConflict[]> {
    const rows: ConflictRow[] = await this.dataSource.query(
      `${CONFLICT_SELECT} WHERE c.judge_id = $1 ORDER BY c.created_at, c.id`,
      [judgeId],
    );
    return rows.map(toConflict);
  }

  /** Stored conflicts between any of these judges and any of these enterprises. */
  async conflictsBetween(
    judgeIds: string[],
    enterpriseIds: string[],
    manager?: EntityManager,
  ): Promise<StoredConflict[]> {
    if (judgeIds.length === 0 || enterpriseIds.length === 0) return [];
    const rows: ConflictRow[] = await (manager ?? this.dataSource).query(
      `${CONFLICT_SELECT} WHERE c.judge_id = ANY($1::uuid[]) AND c.enterprise_id = ANY($2::uuid[])`,
      [judgeIds, enterpriseIds],
    );
    return rows.map(toConflict);
  }

  async enterpriseIdentity(enterpriseId: string) {
    const rows: { id: string; legal_name: string; credit_code: string }[] = await this.dataSource.query(
      `SELECT id, legal_name, credit_code FROM enterprises WHERE id = $1`,
      [enterpriseId],
    );
    return rows[0] ? { id: rows[0].id, name: rows[0].legal_name, creditCode: rows[0].credit_code } : null;
  }

  /**
   * Ends the judge's unfinished active assignments to this enterprise in rounds still being judged: a conflict
   * found late must not leave a conflicted judge scoring. An assignment whose sheet is submitted is not ended:
   * a judge must not be able to retract a locked score by declaring a conflict, so it keeps counting until an
   * organizer decides (see submittedAssignments). Returns the ended assignments' ids.
   */
  async withdrawAssignments(
    judgeId: string,
    enterpriseId: string,
    reason: string,
    endedBy: string | null,
    manager: EntityManager,
  ): Promise<string[]> {
    const rows = await modifiedRows<{ id: string }>(
      manager,
      `UPDATE judge_assignments a SET state = 'withdrawn', ended_reason = $3, ended_by = $4, ended_at = now()
       FROM round_entrants en, judging_rounds r
       WHERE a.entrant_id = en.id AND a.round_id = r.id AND a.state = 'active' AND a.judge_id = $1
         AND en.enterprise_id = $2 AND r.state IN ('draft', 'open')
         AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.assignment_id = a.id AND s.state = 'submitted')
       RETURNING a.id`,
      [judgeId, enterpriseId, reason, endedBy],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The judge's active assignments to this enterprise, in rounds not yet finalised, whose sheet is submitted:
   * what a conflict declared now flags to organizers instead of withdrawing.
   */
  async submittedAssignments(
    judgeId: string,
    enterpriseId: string,
    manager: EntityManager,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT a.id FROM judge_assignments a JOIN round_entrants en ON en.id = a.entrant_id
         JOIN judging_rounds r ON r.id = a.round_id
         JOIN score_sheets s ON s.assignment_id = a.id AND s.state = 'submitted'
       WHERE a.judge_id = $1 AND en.enterprise_id = $2 AND a.state = 'active' AND r.state IN ('draft', 'open', 'closed')
       ORDER BY a.id`,
      [judgeId, enterpriseId],
    );
    return rows.map((r) => r.id);
  }

  /** The enterprises behind a judge's active assignments in rounds still being judged, with the campaign year. */
  async activeAssignmentTargets(judgeId: string, manager: EntityManager) {
    const rows: { enterprise_id: string; legal_name: string; credit_code: string; year: number }[] =
      await manager.query(
        `SELECT DISTINCT en.enterprise_id, e.legal_name, e.credit_code, c.year
         FROM judge_assignments a JOIN round_entrants en ON en.id = a.entrant_id
           JOIN enterprises e ON e.id = en.enterprise_id JOIN judging_rounds r ON r.id = a.round_id
           JOIN campaigns c ON c.id = r.campaign_id
         WHERE a.judge_id = $1 AND a.state = 'active' AND r.state IN ('draft', 'open')`,
        [judgeId],
      );
    return rows.map((r) => ({
      enterprise: { id: r.enterprise_id, name: r.legal_name, creditCode: r.credit_code },
      campaignYear: r.year,
    }));
  }
}
