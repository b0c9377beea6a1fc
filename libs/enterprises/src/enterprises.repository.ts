import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Transactions } from '@app/database';
import { containsPattern, Page, PageRequest, pageOffset } from '@app/common';
import { Enterprise, EnterpriseStatus } from './enterprise.entity';
import { EnterpriseMember, MemberRole } from './enterprise-member.entity';

export type NewEnterprise = Omit<
  Enterprise,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'status'
  | 'reviewReason'
  | 'reviewedBy'
  | 'reviewedAt'
  | 'profileRevision'
>;

export interface EnterpriseListFilter {
  status?: EnterpriseStatus;
  industryCode?: string;
  /** Only enterprises this user is a member of. */
  memberUserId?: string;
  /** Only enterprises with an identity change awaiting review. */
  identityChange?: 'pending';
  /** Part of the legal name (English or Chinese) or of the credit code, any case. */
  search?: string;
}

/** The orders a list of enterprises comes in; each ends on the id so pages never overlap. */
export type EnterpriseListSort =
  'createdAt' | '-createdAt' | 'legalName' | '-legalName' | 'creditCode' | '-creditCode';

const ENTERPRISE_SORT_COLUMNS = {
  createdAt: 'e.createdAt',
  legalName: 'e.legalName',
  creditCode: 'e.creditCode',
} as const;

@Injectable()
export class EnterprisesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  findById(id: string): Promise<Enterprise | null> {
    return this.manager.findOneBy(Enterprise, { id });
  }

  findByIds(ids: string[]): Promise<Enterprise[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.manager.findBy(Enterprise, { id: In([...new Set(ids)]) });
  }

  /** Row-locks the enterprise for a read-modify-write; call inside a transaction, which holds the lock. */
  findByIdForUpdate(id: string): Promise<Enterprise | null> {
    return this.manager
      .getRepository(Enterprise)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts unless the credit code is taken; the unique key decides, so two racing registrations cannot both win. */
  async insertIfCreditCodeFree(enterprise: NewEnterprise): Promise<Enterprise | null> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Enterprise)
      .values(enterprise)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id) : null;
  }

  async update(id: string, changes: QueryDeepPartialEntity<Enterprise>): Promise<Enterprise> {
    await this.manager.update(Enterprise, { id }, changes);
    return (await this.findById(id)) as Enterprise;
  }

  async creditCodeUsedByOther(code: string, exceptId: string): Promise<boolean> {
    const count = await this.manager
      .getRepository(Enterprise)
      .createQueryBuilder('e')
      .where('e.creditCode = :code AND e.id <> :exceptId', { code, exceptId })
      .getCount();
    return count > 0;
  }

  async list(
    filter: EnterpriseListFilter,
    page: PageRequest,
    sort: EnterpriseListSort = 'createdAt',
  ): Promise<Page<Enterprise>> {
    const qb = this.manager.getRepository(Enterprise).createQueryBuilder('e');
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.industryCode) qb.andWhere('e.industryCode = :industry', { industry: filter.industryCode });
    if (filter.identityChange === 'pending') {
      qb.andWhere(
        `e.id IN (SELECT ic.enterprise_id FROM enterprise_identity_changes ic WHERE ic.state = 'pending')`,
      );
    }
    if (filter.memberUserId) {
      qb.andWhere('e.id IN (SELECT m.enterprise_id FROM enterprise_members m WHERE m.user_id = :uid)', {
        uid: filter.memberUserId,
      });
    }
    if (filter.search) {
      qb.andWhere(
        '(e.legalName ILIKE :search OR e.legalNameZh ILIKE :search OR e.creditCode ILIKE :search)',
        {
          search: containsPattern(filter.search),
        },
      );
    }
    const column = ENTERPRISE_SORT_COLUMNS[sort.replace('-', '') as keyof typeof ENTERPRISE_SORT_COLUMNS];
    const [items, total] = await qb
      .orderBy(column, sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip(pageOffset(page))
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total, ...page };
  }

  membership(enterpriseId: string, userId: string): Promise<EnterpriseMember | null> {
    return this.manager.findOneBy(EnterpriseMember, { enterpriseId, userId });
  }

  /** False when the user is already a member. */
  async addMember(member: {
    enterpriseId: string;
    userId: string;
    role: MemberRole;
    addedBy: string | null;
  }): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(EnterpriseMember)
      .values(member)
      .orIgnore()
      .returning(['user_id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Oldest member first. */
  listMembers(enterpriseId: string): Promise<EnterpriseMember[]> {
    return this.manager.query(
      `SELECT m.enterprise_id AS "enterpriseId", m.user_id AS "userId", m.role, m.added_by AS "addedBy",
              m.created_at AS "createdAt"
         FROM enterprise_members m
        WHERE m.enterprise_id = $1
        ORDER BY m.created_at, m.user_id`,
      [enterpriseId],
    );
  }
}
