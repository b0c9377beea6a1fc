import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest } from '@app/common';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter, AuditLogRepository, AuditRecord } from './audit-log.repository';

@Injectable()
export class AuditLogService {
  constructor(private readonly auditLog: AuditLogRepository) {}

  /**
   * Writes through the ambient transaction: inside `Transactions.run` the entry commits or rolls back with
   * the change it describes; outside one (an operator's action on a queue) it stands alone.
   */
  record(actor: Actor, record: AuditRecord): Promise<void> {
    return this.auditLog.append(actor, record);
  }

  /**
   * Many entries by one actor in one statement (a bulk import's one entry per record), through the ambient
   * transaction like `record`.
   */
  recordMany(actor: Actor, records: AuditRecord[]): Promise<void> {
    return this.auditLog.appendMany(actor, records);
  }

  list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.auditLog.list(filter, page);
  }
}
