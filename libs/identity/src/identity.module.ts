import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MailModule } from '@app/mail';
import { AccessTokensService } from './access-tokens.service';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { PasswordResetsRepository } from './password-resets/password-resets.repository';
import { PasswordResetsService } from './password-resets/password-resets.service';
import { SignInService } from './two-factor/sign-in.service';
import { TwoFactorRepository } from './two-factor/two-factor.repository';
import { TwoFactorService } from './two-factor/two-factor.service';
import { EmailVerificationService } from './email-verification/email-verification.service';
import { EmailVerificationsRepository } from './email-verification/email-verifications.repository';
import { StaffInvitationsRepository } from './staff-invitations/staff-invitations.repository';
import { StaffInvitationsService } from './staff-invitations/staff-invitations.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  // Secrets and lifetimes are passed per call from the auth config namespace.
  imports: [JwtModule.register({}), MailModule],
  providers: [
    UsersRepository,
    UsersService,
    AuditLogRepository,
    AuditLogService,
    AccessTokensService,
    PasswordResetsRepository,
    PasswordResetsService,
    TwoFactorRepository,
    TwoFactorService,
    SignInService,
    EmailVerificationsRepository,
    EmailVerificationService,
    StaffInvitationsRepository,
    StaffInvitationsService,
  ],
  exports: [
    UsersService,
    AuditLogService,
    AccessTokensService,
    PasswordResetsService,
    TwoFactorService,
    SignInService,
    EmailVerificationService,
    StaffInvitationsService,
  ],
})
export class IdentityModule {}
