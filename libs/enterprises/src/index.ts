export * from './enterprises.module';
export * from './enterprises.service';
export * from './identity/enterprise-identities.service';
export * from './candidacies.service';
export * from './invitations';
export * from './enterprises.errors';
export * from './credit-code';
export { registrationWindowProblem } from './candidacy-rules';
export type { Enterprise, EnterpriseStatus } from './enterprise.entity';
export type { EnterpriseListSort } from './enterprises.repository';
export type { EnterpriseMember, MemberRole } from './enterprise-member.entity';
export type { Candidacy, CandidacyState } from './candidacy.entity';
export type { CandidateMember } from './candidacies.repository';
export type {
  EnterpriseIdentity,
  IdentityChange,
  IdentityChangeState,
  IdentityField,
  IdentityVersion,
  PublishedIdentity,
} from './identity/enterprise-identity';
export * from './directory/enterprise-directory.service';
export type {
  ApprovedCandidacy,
  ApprovedCandidate,
  CreditCodeEntry,
  EnterpriseDossier,
  EnterpriseName,
} from './directory/enterprise-directory.repository';
export * from './onboarding/enterprise-import.service';
export { ENTERPRISE_COLUMNS, ENTERPRISE_EXAMPLE } from './onboarding/enterprise-rows';
export type { EnterpriseColumn } from './onboarding/enterprise-rows';
