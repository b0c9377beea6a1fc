/**
 * Who an enterprise is, as opposed to how to reach it: the fields an organizer checks against the business
 * licence. Once verified they change only through review, and everything published uses the last verified
 * version. Pure: no I/O here.
 */
export const IDENTITY_FIELDS = [
  'legalName',
  'legalNameZh',
  'creditCode',
  'industryCode',
  'organizationType',
] as const;

export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export interface EnterpriseIdentity {
  legalName: string;
  legalNameZh: string | null;
  creditCode: string;
  industryCode: string;
  organizationType: string;
}

/** An identity an organizer verified; versions are numbered from 1 per enterprise and never change. */
export interface IdentityVersion extends EnterpriseIdentity {
  enterpriseId: string;
  version: number;
  verifiedBy: string | null;
  verifiedAt: Date;
}

export type IdentityChangeState = 'pending' | 'verified' | 'rejected' | 'withdrawn';

/** An identity an enterprise asked for: the whole identity, unchanged fields included. */
export interface IdentityChange extends EnterpriseIdentity {
  id: string;
  enterpriseId: string;
  state: IdentityChangeState;
  proposedBy: string;
  proposedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewReason: string | null;
  /** The version a verification created. */
  version: number | null;
}

/** What the public may be shown of an enterprise: its last verified identity, and whether a change awaits review. */
export interface PublishedIdentity extends EnterpriseIdentity {
  enterpriseId: string;
  version: number;
  changePending: boolean;
}

export function identityOf(source: EnterpriseIdentity): EnterpriseIdentity {
  return {
    legalName: source.legalName,
    legalNameZh: source.legalNameZh ?? null,
    creditCode: source.creditCode,
    industryCode: source.industryCode,
    organizationType: source.organizationType,
  };
}

export const sameIdentity = (a: EnterpriseIdentity, b: EnterpriseIdentity): boolean =>
  IDENTITY_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));

/** Splits an edit into its identity fields and the rest (contacts, size, business types). */
export function splitIdentity<T extends Partial<EnterpriseIdentity>>(
  patch: T,
): { identity: Partial<EnterpriseIdentity>; rest: Omit<T, IdentityField> } {
  const identity: Partial<EnterpriseIdentity> = {};
  const rest = { ...patch } as Record<string, unknown>;
  for (const f of IDENTITY_FIELDS) {
    if (patch[f] !== undefined) (identity as Record<string, unknown>)[f] = patch[f];
    delete rest[f];
  }
  return { identity, rest: rest as Omit<T, IdentityField> };
}

/**
 * The identity an edit asks for: the pending request (or, without one, the verified identity) with the edit's
 * identity fields applied. A later edit thus amends a pending request instead of discarding it.
 */
export function requestedIdentity(
  verified: EnterpriseIdentity,
  pending: EnterpriseIdentity | null,
  edit: Partial<EnterpriseIdentity>,
): EnterpriseIdentity {
  const base = identityOf(pending ?? verified);
  return identityOf({ ...base, ...edit });
}
