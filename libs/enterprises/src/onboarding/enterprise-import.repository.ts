import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { EnterpriseRow } from './enterprise-rows';

/** A row of an enterprise export: the profile and, for a campaign, the ids of the categories it entered. */
export interface EnterpriseExportRow extends Omit<EnterpriseRow, 'line' | 'contactLanguage' | 'categories'> {
  categoryIds: string[];
}

export interface NewCandidacy {
  categoryId: string;
  enterpriseId: string;
  industryCode: string;
}

/**
 * The set-based reads and writes of a bulk import: each a single statement over arrays (`unnest`), so 600
 * enterprises cost a handful of round trips rather than thousands.
 */
@Injectable()
export class EnterpriseImportRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  /** The registered enterprises among these credit codes: code -> legal name. */
  async registeredCreditCodes(codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: { credit_code: string; legal_name: string }[] = await this.manager.query(
      `SELECT credit_code, legal_name FROM enterprises WHERE credit_code = ANY($1::char(18)[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.credit_code, r.legal_name]));
  }

  /** The addresses among these that are a registered enterprise's contact already. */
  async contactEmailsInUse(emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows: { email: string }[] = await this.manager.query(
      `SELECT DISTINCT lower(contact_email) AS email FROM enterprises WHERE lower(contact_email) = ANY($1::text[])`,
      [emails],
    );
    return new Set(rows.map((r) => r.email));
  }

  /**
   * Inserts the enterprises as verified by the importer, in the file's order, and returns their ids in that
   * order. A credit code registered meanwhile fails the statement on the unique key (the caller maps it).
   */
  async insertVerified(rows: EnterpriseRow[], importerId: string): Promise<string[]> {
    if (rows.length === 0) return [];
    const column = <K extends keyof EnterpriseRow>(key: K) => rows.map((r) => r[key]);
    const inserted: { id: string; credit_code: string }[] = await this.manager.query(
      `INSERT INTO enterprises (legal_name, legal_name_zh, credit_code, industry_code, organization_type,
                                business_types, region, seats, annual_revenue, contact_name, contact_email,
                                contact_phone, status, reviewed_by, reviewed_at, created_by, created_at)
       SELECT legal_name, legal_name_zh, credit_code, industry_code, organization_type,
              string_to_array(business_types, ';')::varchar(40)[], region, seats, annual_revenue, contact_name,
              contact_email, contact_phone, 'verified', $13, now(), $13,
              -- a microsecond apart, so registration order (what lists and exports follow) is the file's order
              now() + (ord - 1) * interval '1 microsecond'
         FROM unnest($1::varchar[], $2::varchar[], $3::char(18)[], $4::varchar[], $5::varchar[], $6::text[],
                     $7::varchar[], $8::int[], $9::numeric[], $10::varchar[], $11::varchar[], $12::varchar[])
              WITH ORDINALITY AS r(legal_name, legal_name_zh, credit_code, industry_code, organization_type,
                                   business_types, region, seats, annual_revenue, contact_name, contact_email,
                                   contact_phone, ord)
        ORDER BY ord
       RETURNING id, credit_code`,
      [
        column('legalName'),
        column('legalNameZh'),
        column('creditCode'),
        column('industryCode'),
        column('organizationType'),
        rows.map((r) => r.businessTypes.join(';')),
        column('region'),
        column('seats'),
        column('annualRevenue'),
        column('contactName'),
        column('contactEmail'),
        column('contactPhone'),
        importerId,
      ],
    );
    // RETURNING promises no order, so the ids are matched by the (unique) credit code.
    const byCode = new Map(inserted.map((r) => [r.credit_code, r.id]));
    return rows.map((r) => byCode.get(r.creditCode) as string);
  }

  /** Each enterprise's current identity as its first verified version, by the importer. */
  async appendFirstVersions(enterpriseIds: string[], importerId: string): Promise<void> {
    if (enterpriseIds.length === 0) return;
    await this.manager.query(
      `INSERT INTO enterprise_identity_versions
              (enterprise_id, version, legal_name, legal_name_zh, credit_code, industry_code, organization_type,
               verified_by)
       SELECT id, 1, legal_name, legal_name_zh, credit_code, industry_code, organization_type, $2
         FROM enterprises WHERE id = ANY($1::uuid[])`,
      [enterpriseIds, importerId],
    );
  }

  /** Approved candidacies decided by the importer; returns their ids in the given order. */
  async insertApprovedCandidacies(
    campaignId: string,
    candidacies: NewCandidacy[],
    importerId: string,
  ): Promise<string[]> {
    if (candidacies.length === 0) return [];
    const rows: { id: string; category_id: string; enterprise_id: string }[] = await this.manager.query(
      `INSERT INTO candidacies (campaign_id, category_id, enterprise_id, industry_code, state, decided_by,
                                decided_at, submitted_by)
       SELECT $1, category_id, enterprise_id, industry_code, 'approved', $5, now(), $5
         FROM unnest($2::uuid[], $3::uuid[], $4::varchar[]) AS r(category_id, enterprise_id, industry_code)
       RETURNING id, category_id, enterprise_id`,
      [
        campaignId,
        candidacies.map((c) => c.categoryId),
        candidacies.map((c) => c.enterpriseId),
        candidacies.map((c) => c.industryCode),
        importerId,
      ],
    );
    const byKey = new Map(rows.map((r) => [`${r.category_id}:${r.enterprise_id}`, r.id]));
    return candidacies.map((c) => byKey.get(`${c.categoryId}:${c.enterpriseId}`) as string);
  }

  /**
   * Every enterprise in registration order, or, for a campaign, those with a candidacy in it (withdrawn and
   * rejected ones left out), with the categories entered.
   */
  async exportRows(campaignId: string | null): Promise<EnterpriseExportRow[]> {
    return this.manager.query(
      `SELECT e.legal_name AS "legalName", e.legal_name_zh AS "legalNameZh", e.credit_code AS "creditCode",
              e.industry_code AS "industryCode", e.organization_type AS "organizationType",
              e.business_types AS "businessTypes", e.region, e.seats, e.annual_revenue AS "annualRevenue",
              e.contact_name AS "contactName", e.contact_email AS "contactEmail",
              e.contact_phone AS "contactPhone",
              coalesce(array_agg(c.category_id::text ORDER BY c.created_at, c.category_id)
                         FILTER (WHERE c.id IS NOT NULL), '{}') AS "categoryIds"
         FROM enterprises e
         LEFT JOIN candidacies c ON c.enterprise_id = e.id AND c.campaign_id = $1
                                AND c.state IN ('submitted', 'approved')
        GROUP BY e.id
       HAVING $1::uuid IS NULL OR count(c.id) > 0
        ORDER BY e.created_at, e.id`,
      [campaignId],
    );
  }
}
