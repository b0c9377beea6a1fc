import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { DecidedWinners } from './award-decision';
import type { CategoryProposal } from './proposals/winner-proposal';
import type { Publication } from './publication/publication';

export interface AwardDecision {
  id: string;
  campaignId: string;
  categoryId: string;
  version: number;
  proposal: CategoryProposal;
  evidenceHash: string;
  winners: DecidedWinners[];
  overridden: boolean;
  justification: string | null;
  decidedBy: string | null;
  decidedAt: Date;
}

interface DecisionRow {
  id: string;
  campaign_id: string;
  category_id: string;
  version: number;
  proposal: CategoryProposal;
  evidence_hash: string;
  winners: DecidedWinners[];
  overridden: boolean;
  justification: string | null;
  decided_by: string | null;
  decided_at: Date;
}

const toDecision = (r: DecisionRow): AwardDecision => ({
  id: r.id,
  campaignId: r.campaign_id,
  categoryId: r.category_id,
  version: r.version,
  proposal: r.proposal,
  evidenceHash: r.evidence_hash,
  winners: r.winners,
  overridden: r.overridden,
  justification: r.justification,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

export interface StoredPublication {
  campaignId: string;
  slug: string;
  content: Publication;
  checksum: string;
  announcedAt: Date;
}

/**
 * What a certificate row holds (JSON), frozen at the announcement: what its public page, its verification
 * answer and its enterprise's members read.
 */
export interface CertificateContent {
  code: string;
  /** nameZh is absent from certificates issued before campaigns had a Chinese name. */
  campaign: { slug: string; name: string; nameZh?: string | null; year: number };
  /** nameZh is absent from the JSON when the category had none. */
  category: { name: string; nameZh?: string | null };
  industry: { code: string; name: string; nameZh: string | null } | null;
  enterprise: string;
  /** The enterprise's verified Chinese name and public reference; absent from older certificates. */
  enterpriseZh?: string | null;
  enterpriseRef?: string;
  figures: Record<string, number | string | null>;
  jointWinners: boolean;
  announcedAt: string;
}

export interface CertificateRow {
  code: string;
  campaignId: string;
  categoryId: string;
  industryCode: string | null;
  enterpriseId: string;
  content: CertificateContent;
}

/** Decisions, publications and certificates: all append-only (triggers refuse UPDATE and DELETE). */
@Injectable()
export class AwardsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  /** Latest decision of each category of the campaign. */
  async currentDecisions(campaignId: string): Promise<AwardDecision[]> {
    const rows: DecisionRow[] = await this.manager.query(
      `SELECT DISTINCT ON (category_id) * FROM award_decisions WHERE campaign_id = $1
        ORDER BY category_id, version DESC`,
      [campaignId],
    );
    return rows.map(toDecision);
  }

  async decisionHistory(categoryId: string): Promise<AwardDecision[]> {
    const rows: DecisionRow[] = await this.manager.query(
      `SELECT * FROM award_decisions WHERE category_id = $1 ORDER BY version`,
      [categoryId],
    );
    return rows.map(toDecision);
  }

  /** Call with the campaign locked, which makes max(version) + 1 safe. */
  async insertDecision(d: Omit<AwardDecision, 'id' | 'version' | 'decidedAt'>): Promise<AwardDecision> {
    const rows: DecisionRow[] = await this.manager.query(
      `INSERT INTO award_decisions (campaign_id, category_id, version, proposal, evidence_hash, winners,
         overridden, justification, decided_by)
       SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4, $5, $6, $7, $8
         FROM award_decisions WHERE category_id = $2
       RETURNING *`,
      [
        d.campaignId,
        d.categoryId,
        JSON.stringify(d.proposal),
        d.evidenceHash,
        JSON.stringify(d.winners),
        d.overridden,
        d.justification,
        d.decidedBy,
      ],
    );
    return toDecision(rows[0]);
  }

  async insertPublication(
    p: { campaignId: string; slug: string; content: Publication; checksum: string },
    by: string | null,
    how: 'manual' | 'scheduled',
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO award_publications (campaign_id, slug, content, checksum, announced_by, how)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [p.campaignId, p.slug, JSON.stringify(p.content), p.checksum, by, how],
    );
  }

  async publicationBySlug(slug: string): Promise<StoredPublication | null> {
    const rows: {
      campaign_id: string;
      slug: string;
      content: Publication;
      checksum: string;
      announced_at: Date;
    }[] = await this.manager.query(
      `SELECT campaign_id, slug, content, checksum, announced_at FROM award_publications WHERE slug = $1`,
      [slug],
    );
    const r = rows[0];
    return r
      ? {
          campaignId: r.campaign_id,
          slug: r.slug,
          content: r.content,
          checksum: r.checksum,
          announcedAt: r.announced_at,
        }
      : null;
  }

  /** Announced campaigns, newest first: only what the publication holds, nothing of unannounced ones. */
  async publicationList() {
    const rows: {
      slug: string;
      name: string;
      name_zh: string | null;
      year: number;
      categories: number;
      announced_at: Date;
    }[] = await this.manager.query(
      `SELECT slug, content #>> '{campaign,name}' AS name, content #>> '{campaign,nameZh}' AS name_zh,
              (content #>> '{campaign,year}')::int AS year,
              jsonb_array_length(content -> 'categories') AS categories, announced_at
         FROM award_publications ORDER BY announced_at DESC, slug`,
    );
    return rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      nameZh: r.name_zh,
      year: r.year,
      categories: r.categories,
      announcedAt: r.announced_at.toISOString(),
    }));
  }

  async insertCertificates(certificates: CertificateRow[]): Promise<void> {
    for (const c of certificates) {
      await this.manager.query(
        `INSERT INTO certificates (code, campaign_id, category_id, industry_code, enterprise_id, content)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [c.code, c.campaignId, c.categoryId, c.industryCode, c.enterpriseId, JSON.stringify(c.content)],
      );
    }
  }

  /** An enterprise's certificates in one campaign (none before the announcement: they are issued by it). */
  async certificatesOf(
    campaignId: string,
    enterpriseId: string,
  ): Promise<{ code: string; categoryId: string; content: CertificateContent; issuedAt: Date }[]> {
    const rows: { code: string; category_id: string; content: CertificateContent; issued_at: Date }[] =
      await this.manager.query(
        `SELECT code, category_id, content, issued_at FROM certificates
          WHERE campaign_id = $1 AND enterprise_id = $2 ORDER BY issued_at, code`,
        [campaignId, enterpriseId],
      );
    return rows.map((r) => ({
      code: r.code,
      categoryId: r.category_id,
      content: r.content,
      issuedAt: r.issued_at,
    }));
  }

  async certificate(code: string): Promise<{ content: CertificateContent; issuedAt: Date } | null> {
    const rows: { content: CertificateContent; issued_at: Date }[] = await this.manager.query(
      `SELECT content, issued_at FROM certificates WHERE code = $1`,
      [code],
    );
    return rows[0] ? { content: rows[0].content, issuedAt: rows[0].issued_at } : null;
  }
}
