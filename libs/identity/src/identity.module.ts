import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokensService } from './access-tokens.service';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  // Secrets and lifetimes are passed per call from the auth config namespace.
  imports: [JwtModule.register({})],
  providers: [UsersRepository, UsersService, AuditLogRepository, AuditLogService, AccessTokensService],
  exports: [UsersService, AuditLogService, AccessTokensService],
})
export class IdentityModule {}
