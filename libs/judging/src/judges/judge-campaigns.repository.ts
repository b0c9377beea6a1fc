import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

/** Which campaigns a judge's work belongs to, for rules a campaign sets for its judges. */
@Injectable()
export class JudgeCampaignsRepository {
  constructor(private readonly transactions: Transactions) {}

  private async ids(sql: string, parameters: unknown[]): Promise<string[]> {
    const rows: { campaign_id: string }[] = await this.transactions.manager.query(sql, parameters);
    return rows.map((r) => r.campaign_id);
  }

  /** Campaigns with a round whose panel has the judge or that assigns the judge an entrant. */
  ofJudge(judgeId: string): Promise<string[]> {
    return this.ids(
      `SELECT DISTINCT r.campaign_id FROM judging_rounds r
        WHERE EXISTS (SELECT 1 FROM round_judges p WHERE p.round_id = r.id AND p.judge_id = $1)
           OR EXISTS (SELECT 1 FROM judge_assignments a WHERE a.round_id = r.id AND a.judge_id = $1)`,
      [judgeId],
    );
  }

  ofRound(roundId: string): Promise<string[]> {
    return this.ids(`SELECT campaign_id FROM judging_rounds WHERE id = $1`, [roundId]);
  }

  ofAssignment(assignmentId: string): Promise<string[]> {
    return this.ids(
      `SELECT r.campaign_id FROM judge_assignments a JOIN judging_rounds r ON r.id = a.round_id
        WHERE a.id = $1`,
      [assignmentId],
    );
  }
}
