import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { Eligibility } from './ranking';

const RANKED: Eligibility = 'ranked';

/** Which enterprises the survey ranks: what a judging round limited to survey-eligible entrants admits. */
@Injectable()
export class SurveyEligibilityService {
  constructor(private readonly transactions: Transactions) {}

  /** Enterprises whose latest ranking snapshot in their industry says `ranked` (enough valid responses). */
  async surveyEligibleEnterprises(campaignId: string): Promise<Set<string>> {
    const rows: { enterprise_id: string }[] = await this.transactions.manager.query(
      `SELECT entry->>'enterpriseId' AS enterprise_id
       FROM (SELECT DISTINCT ON (industry_code) entries FROM ranking_snapshots WHERE campaign_id = $1
             ORDER BY industry_code, sequence DESC) latest,
            jsonb_array_elements(latest.entries) entry
       WHERE entry->>'eligibility' = $2`,
      [campaignId, RANKED],
    );
    return new Set(rows.map((r) => r.enterprise_id));
  }
}
