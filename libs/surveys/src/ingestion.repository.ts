import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Category kinds whose winners come (wholly or partly) from the survey. */
export const SURVEY_CATEGORY_KINDS = ['survey-benchmark', 'combined'];

export interface IngestionFacts {
  candidates: Map<string, string>;
  enterpriseIdByCreditCode: Map<string, string>;
  enterpriseIds: Set<string>;
  surveyOpensAt: Date | null;
  surveyClosesAt: Date | null;
}

@Injectable()
export class IngestionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Read once per import, so each row is checked in memory. Enterprises number in the thousands, responses
   * in the millions: holding the directory is cheap, a lookup per row is not.
   */
  async campaignFacts(campaignId: string): Promise<IngestionFacts> {
    const [candidates, enterprises, window] = await Promise.all([
      this.dataSource.query<{ enterprise_id: string; industry_code: string }[]>(
        `SELECT DISTINCT ON (c.enterprise_id) c.enterprise_id, c.industry_code
         FROM candidacies c JOIN award_categories k ON k.id = c.category_id
         WHERE c.campaign_id = $1 AND c.state = 'approved' AND k.kind = ANY($2)
         ORDER BY c.enterprise_id, k.position`,
        [campaignId, SURVEY_CATEGORY_KINDS],
      ),
      this.dataSource.query<{ id: string; credit_code: string }[]>(`SELECT id, credit_code FROM enterprises`),
      this.dataSource.query<{ survey_opens_at: Date | null; survey_closes_at: Date | null }[]>(
        `SELECT survey_opens_at, survey_closes_at FROM campaigns WHERE id = $1`,
        [campaignId],
      ),
    ]);
    return {
      candidates: new Map(candidates.map((c) => [c.enterprise_id, c.industry_code])),
      enterpriseIdByCreditCode: new Map(enterprises.map((e) => [e.credit_code, e.id])),
      enterpriseIds: new Set(enterprises.map((e) => e.id)),
      surveyOpensAt: window[0]?.survey_opens_at ?? null,
      surveyClosesAt: window[0]?.survey_closes_at ?? null,
    };
  }
}
