import { Injectable } from '@nestjs/common';
import { CampaignFactsService } from '@app/campaigns';
import { modifiedRows, Transactions } from '@app/database';
import { EnterpriseDirectory } from '@app/enterprises';
import { EnterpriseIdentity } from './conflict-detection';

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

interface ConflictRow {
  id: string;
  judge_id: string;
  enterprise_id: string;
  source: ConflictSource;
  reason: string;
  recorded_by: string | null;
  created_at: Date;
}

/**
 * Judges' declared or recorded conflicts of interest, and the assignments a conflict ends or flags. Enterprise
 * names come from the enterprises lib, campaign years from the campaigns lib.
 */
@Injectable()
export class JudgeConflictsRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly enterprises: EnterpriseDirectory,
    private readonly campaigns: CampaignFactsService,
  ) {}

  private get db() {
    return this.transactions.manager;
  }

  private async withNames(rows: ConflictRow[]): Promise<StoredConflict[]> {
    const names = new Map(
      (await this.enterprises.namesOf([...new Set(rows.map((r) => r.enterprise_id))])).map((n) => [
        n.id,
        n.legalName,
      ]),
    );
    return rows.flatMap((r) => {
      const enterpriseName = names.get(r.enterprise_id);
      return enterpriseName === undefined
        ? []
        : [
            {
              id: r.id,
              judgeId: r.judge_id,
              enterpriseId: r.enterprise_id,
              enterpriseName,
              source: r.source,
              reason: r.reason,
              recordedBy: r.recorded_by,
              createdAt: r.created_at,
            },
          ];
    });
  }

  /** Null when the same judge, enterprise and source are on record already. */
  async insertConflict(
    conflict: { judgeId: string; enterpriseId: string; source: ConflictSource; reason: string },
    recordedBy: string | null,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO judge_conflicts (judge_id, enterprise_id, source, reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT judge_conflicts_once DO NOTHING RETURNING id`,
      [conflict.judgeId, conflict.enterpriseId, conflict.source, conflict.reason, recordedBy],
    );
    return rows[0]?.id ?? null;
  }

  async conflictsOfJudge(judgeId: string): Promise<StoredConflict[]> {
    const rows: ConflictRow[] = await this.db.query(
      `SELECT * FROM judge_conflicts WHERE judge_id = $1 ORDER BY created_at, id`,
      [judgeId],
    );
    return this.withNames(rows);
  }

  /** Stored conflicts between any of these judges and any of these enterprises. */
  async conflictsBetween(judgeIds: string[], enterpriseIds: string[]): Promise<StoredConflict[]> {
    if (judgeIds.length === 0 || enterpriseIds.length === 0) return [];
    const rows: ConflictRow[] = await this.db.query(
      `SELECT * FROM judge_conflicts WHERE judge_id = ANY($1::uuid[]) AND enterprise_id = ANY($2::uuid[])`,
      [judgeIds, enterpriseIds],
    );
    return this.withNames(rows);
  }

  async enterpriseIdentity(enterpriseId: string): Promise<EnterpriseIdentity | null> {
    const [found] = await this.enterprises.namesOf([enterpriseId]);
    return found ? { id: found.id, name: found.legalName, creditCode: found.creditCode } : null;
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
  ): Promise<string[]> {
    const rows = await modifiedRows<{ id: string }>(
      this.db,
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
  async submittedAssignments(judgeId: string, enterpriseId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
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
  async activeAssignmentTargets(
    judgeId: string,
  ): Promise<{ enterprise: EnterpriseIdentity; campaignYear: number }[]> {
    const rows: { enterprise_id: string; campaign_id: string }[] = await this.db.query(
      `SELECT DISTINCT en.enterprise_id, r.campaign_id
       FROM judge_assignments a JOIN round_entrants en ON en.id = a.entrant_id
         JOIN judging_rounds r ON r.id = a.round_id
       WHERE a.judge_id = $1 AND a.state = 'active' AND r.state IN ('draft', 'open')
       ORDER BY en.enterprise_id, r.campaign_id`,
      [judgeId],
    );
    const years = new Map<string, number>();
    for (const campaignId of new Set(rows.map((r) => r.campaign_id))) {
      const campaign = await this.campaigns.yearAndState(campaignId);
      if (campaign) years.set(campaignId, campaign.year);
    }
    const names = new Map(
      (await this.enterprises.namesOf([...new Set(rows.map((r) => r.enterprise_id))])).map((n) => [n.id, n]),
    );
    // One target per enterprise and campaign year, as the judge's affiliations are judged by year.
    const seen = new Set<string>();
    return rows.flatMap((r) => {
      const name = names.get(r.enterprise_id);
      const year = years.get(r.campaign_id);
      const key = `${r.enterprise_id}:${year}`;
      if (!name || year === undefined || seen.has(key)) return [];
      seen.add(key);
      return [
        {
          enterprise: { id: name.id, name: name.legalName, creditCode: name.creditCode },
          campaignYear: year,
        },
      ];
    });
  }
}
