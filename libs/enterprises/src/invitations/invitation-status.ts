import type { InvitationStatus, StoredInvitationStatus } from './enterprise-invitation.entity';

/** How long an invitation can be accepted. */
export const INVITATION_TTL_DAYS = 14;

export function invitationExpiry(from: Date, days = INVITATION_TTL_DAYS): Date {
  return new Date(from.getTime() + days * 24 * 60 * 60 * 1000);
}

/** The status a reader sees: a pending invitation whose expiry has passed is expired. */
export function effectiveInvitationStatus(
  stored: StoredInvitationStatus,
  expiresAt: Date,
  now: Date,
): InvitationStatus {
  return stored === 'pending' && expiresAt.getTime() <= now.getTime() ? 'expired' : stored;
}
