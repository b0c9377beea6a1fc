export * from './user.entity';
export * from './audit-entry.entity';
export * from './users.service';
export type {
  AccountAccess,
  JudgeAccount,
  ProfileChanges,
  UserListFilter,
  UserListSort,
  UserName,
} from './users.repository';
export type { AuditFilter, AuditRecord } from './audit-log.repository';
export * from './audit-log.service';
export * from './access-tokens.service';
export * from './identity.module';
export * from './identity.errors';
export * from './password-hash';
export * from './credential.errors';
export * from './password-resets/password-resets.service';
export * from './two-factor/two-factor.service';
export * from './two-factor/sign-in.service';
export { RECOVERY_CODE_COUNT } from './two-factor/recovery-codes';
export * from './link-tokens';
export * from './email-verification/email-verification.service';
export * from './staff-invitations/staff-invitations.service';
export * from './staff-invitations/staff-invitations.errors';
export type {
  StaffInvitation,
  StaffInvitationStatus,
  StaffRole,
} from './staff-invitations/staff-invitations.repository';
