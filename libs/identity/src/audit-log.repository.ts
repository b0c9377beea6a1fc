import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor, Page, PageRequest, pageOffset } from '@app/common';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  requestId?: string;
  from?: Date;
  to?: Date;
}

function entryOf(actor: Actor, record: AuditRecord): QueryDeepPartialEntity<AuditEntry> {
  return {
    actorId: actor.userId,
    actorRole: actor.role,
    requestId: actor.requestId,
    ip: actor.ip,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
  } as QueryDeepPartialEntity<AuditEntry>;
}

@Injectable()
export class AuditLogRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Written through the ambient transaction, so the row commits or rolls back with the change it describes. */
  async append(actor: Actor, record: AuditRecord): Promise<void> {
    await this.transactions.manager.insert(AuditEntry, entryOf(actor, record));
  }

  /** Multi-row inserts of at most 1,000 entries each: far under PostgreSQL's 65,535 bind parameters. */
  async appendMany(actor: Actor, records: AuditRecord[]): Promise<void> {
    for (let at = 0; at < records.length; at += 1000) {
      await this.transactions.manager.insert(
        AuditEntry,
        records.slice(at, at + 1000).map((record) => entryOf(actor, record)),
      );
    }
  }

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    const qb = this.transactions.manager.getRepository(AuditEntry).createQueryBuilder('a');
    if (filter.actorId) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.requestId) qb.andWhere('a.requestId = :requestId', { requestId: filter.requestId });
    if (filter.from) qb.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurredAt < :to', { to: filter.to });
    const [items, total] = await qb
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(pageOffset(page))
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total, ...page };
  }
}
