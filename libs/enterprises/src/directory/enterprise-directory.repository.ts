import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

export interface ApprovedCandidate {
  enterpriseId: string;
  legalName: string;
  /** The industry the candidacy was made in. */
  industryCode: string;
  annualRevenue: number | null;
}

export interface CreditCodeEntry {
  enterpriseId: string;
  creditCode: string;
}

@Injectable()
export class EnterpriseDirectoryRepository {
  constructor(private readonly transactions: Transactions) {}

  async approvedCandidates(campaignId: string, categoryIds: string[]): Promise<ApprovedCandidate[]> {
    const rows: {
      enterprise_id: string;
      legal_name: string;
      industry_code: string;
      annual_revenue: string | null;
    }[] = await this.transactions.manager.query(
      `SELECT DISTINCT ON (c.enterprise_id) c.enterprise_id, e.legal_name, c.industry_code, e.annual_revenue
         FROM candidacies c JOIN enterprises e ON e.id = c.enterprise_id
         WHERE c.campaign_id = $1 AND c.state = 'approved' AND c.category_id = ANY($2::uuid[])
         ORDER BY c.enterprise_id, array_position($2::uuid[], c.category_id)`,
      [campaignId, categoryIds],
    );
    return rows.map((r) => ({
      enterpriseId: r.enterprise_id,
      legalName: r.legal_name,
      industryCode: r.industry_code,
      annualRevenue: r.annual_revenue === null ? null : Number(r.annual_revenue),
    }));
  }

  async creditCodes(): Promise<CreditCodeEntry[]> {
    const rows: { id: string; credit_code: string }[] = await this.transactions.manager.query(
      `SELECT id, credit_code FROM enterprises`,
    );
    return rows.map((r) => ({ enterpriseId: r.id, creditCode: r.credit_code }));
  }

  async firstCandidacyIndustry(campaignId: string, enterpriseId: string): Promise<string | null> {
    const rows: { industry_code: string }[] = await this.transactions.manager.query(
      `SELECT industry_code FROM candidacies WHERE campaign_id = $1 AND enterprise_id = $2 ORDER BY created_at LIMIT 1`,
      [campaignId, enterpriseId],
    );
    return rows[0]?.industry_code ?? null;
  }
}
