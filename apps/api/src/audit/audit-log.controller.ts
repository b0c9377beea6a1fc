import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLogService } from '@app/identity';
import { Roles } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';
import { AuditEntryPageDto, AuditEntryResponseDto, ListAuditLogQueryDto } from './audit-log.dto';

@ApiTags('audit')
@Controller('audit-log')
@Roles('organizer')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'Search the audit log, newest first', description: 'The log is append-only.' })
  @ApiOkResponse({ type: AuditEntryPageDto })
  @ApiErrors(400)
  async list(@Query() query: ListAuditLogQueryDto): Promise<AuditEntryPageDto> {
    const { actorId, action, entityType, entityId, requestId, from, to } = query;
    const result = await this.auditLog.list(
      { actorId, action, entityType, entityId, requestId, from, to },
      query.toPageRequest(),
    );
    return { ...result, items: result.items.map((e) => AuditEntryResponseDto.from(e)) };
  }
}
