import { Injectable } from '@nestjs/common';
import { Page, PageRequest } from '@app/common';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter, AuditLogRepository } from './audit-log.repository';

@Injectable()
export class AuditLogService {
  constructor(private readonly auditLog: AuditLogRepository) {}

  list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.auditLog.list(filter, page);
  }
}
