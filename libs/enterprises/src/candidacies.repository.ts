import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Transactions } from '@app/database';
import { Candidacy, CandidacyState } from './candidacy.entity';

/** A candidacy the organizers approved: the enterprise competes in the category, in this industry. */
/** A member of an enterprise with an approved candidacy: someone to tell about the results. */
export interface CandidateMember {
  userId: string;
  enterpriseId: string;
  /** Its legal name, for messages to the member. */
  enterpriseName: string;
}

/** A `WHERE` clause over `candidacies c` with its positional parameters. */
export interface CandidacyCondition {
  clause: string;
  params: unknown[];
}

@Injectable()
export class CandidaciesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  findById(id: string): Promise<Candidacy | null> {
    return this.manager.findOneBy(Candidacy, { id });
  }

  /** Row-locks the candidacy; call inside a transaction, which holds the lock. */
  findByIdForUpdate(id: string): Promise<Candidacy | null> {
    return this.manager
      .getRepository(Candidacy)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Row-locks the enterprise's candidacy in the category, if it has one. */
  findEntryForUpdate(categoryId: string, enterpriseId: string): Promise<Candidacy | null> {
    return this.manager
      .getRepository(Candidacy)
      .findOne({ where: { categoryId, enterpriseId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, changes: QueryDeepPartialEntity<Candidacy>): Promise<Candidacy> {
    await this.manager.update(Candidacy, { id }, changes);
    return (await this.findById(id)) as Candidacy;
  }

  /** Null when the enterprise entered the category meanwhile: the unique key decides. */
  async insertIfNew(candidacy: QueryDeepPartialEntity<Candidacy>): Promise<Candidacy | null> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Candidacy)
      .values(candidacy)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id) : null;
  }

  listPage(
    where: CandidacyCondition,
    limit: number,
    offset: number,
  ): Promise<(Candidacy & { enterpriseName: string })[]> {
    return this.manager.query(
      `SELECT c.id, c.campaign_id AS "campaignId", c.category_id AS "categoryId", c.enterprise_id AS "enterpriseId",
              c.industry_code AS "industryCode", c.state, c.decision_reason AS "decisionReason", c.decided_by AS "decidedBy",
              c.decided_at AS "decidedAt", c.submitted_by AS "submittedBy", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
              e.legal_name AS "enterpriseName"
         FROM candidacies c JOIN enterprises e ON e.id = c.enterprise_id
        WHERE ${where.clause}
        ORDER BY c.created_at, c.id
        LIMIT ${limit} OFFSET ${offset}`,
      where.params,
    );
  }

  factsOfCampaign(
    campaignId: string,
  ): Promise<Pick<Candidacy, 'id' | 'categoryId' | 'industryCode' | 'state'>[]> {
    return this.manager.query(
      `SELECT c.id, c.category_id AS "categoryId", c.industry_code AS "industryCode", c.state
         FROM candidacies c WHERE c.campaign_id = $1`,
      [campaignId],
    );
  }

  countsByIndustryAndState(
    where: CandidacyCondition,
  ): Promise<{ industry_code: string; state: CandidacyState; n: number }[]> {
    return this.manager.query(
      `SELECT c.industry_code, c.state, count(*)::int AS n FROM candidacies c WHERE ${where.clause} GROUP BY 1, 2 ORDER BY 1, 2`,
      where.params,
    );
  }

  async membersOfApproved(campaignId: string): Promise<CandidateMember[]> {
    const rows: { user_id: string; enterprise_id: string; legal_name: string }[] = await this.manager.query(
      `SELECT DISTINCT m.user_id, m.enterprise_id, e.legal_name FROM candidacies c
         JOIN enterprise_members m ON m.enterprise_id = c.enterprise_id
         JOIN enterprises e ON e.id = c.enterprise_id
        WHERE c.campaign_id = $1 AND c.state = 'approved'`,
      [campaignId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      enterpriseId: r.enterprise_id,
      enterpriseName: r.legal_name,
    }));
  }
}
