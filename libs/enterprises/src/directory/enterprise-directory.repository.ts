import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

export interface ApprovedCandidate {
  enterpriseId: string;
  legalName: string;
  /** The industry the candidacy was made in. */
  industryCode: string;
  annualRevenue: number | null;
}

/** An approved candidacy of a category: what a first judging round takes as an entrant. */
export interface ApprovedCandidacy {
  candidacyId: string;
  enterpriseId: string;
  industryCode: string;
}

/** How an enterprise is named wherever it is listed, with the credit code that identifies it. */
export interface EnterpriseName {
  id: string;
  legalName: string;
  creditCode: string;
}

/** What a judge reads about a candidate: the declared profile, never contacts or revenue. */
export interface EnterpriseDossier {
  legalName: string;
  legalNameZh: string | null;
  industryCode: string;
  organizationType: string;
  businessTypes: string[];
  region: string;
  seats: number;
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

  /** The category's approved candidacies, by id. */
  async approvedIn(categoryId: string): Promise<ApprovedCandidacy[]> {
    const rows: { id: string; enterprise_id: string; industry_code: string }[] =
      await this.transactions.manager.query(
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

  /**
   * The names of these enterprises, ordered by legal name (then id) under the database's collation: callers
   * that list enterprises by name keep this order rather than sorting names themselves.
   */
  async namesOf(ids: string[]): Promise<EnterpriseName[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; legal_name: string; credit_code: string }[] =
      await this.transactions.manager.query(
        `SELECT id, legal_name, credit_code FROM enterprises WHERE id = ANY($1::uuid[]) ORDER BY legal_name, id`,
        [ids],
      );
    return rows.map((r) => ({ id: r.id, legalName: r.legal_name, creditCode: r.credit_code }));
  }

  async dossier(enterpriseId: string): Promise<EnterpriseDossier | null> {
    const rows: {
      legal_name: string;
      legal_name_zh: string | null;
      industry_code: string;
      organization_type: string;
      business_types: string[];
      region: string;
      seats: number;
    }[] = await this.transactions.manager.query(
      `SELECT legal_name, legal_name_zh, industry_code, organization_type, business_types, region, seats
         FROM enterprises WHERE id = $1`,
      [enterpriseId],
    );
    const r = rows[0];
    return r
      ? {
          legalName: r.legal_name,
          legalNameZh: r.legal_name_zh,
          industryCode: r.industry_code,
          organizationType: r.organization_type,
          businessTypes: r.business_types,
          region: r.region,
          seats: r.seats,
        }
      : null;
  }
}
