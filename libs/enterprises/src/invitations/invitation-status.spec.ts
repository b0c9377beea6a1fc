import { effectiveInvitationStatus, invitationExpiry } from './invitation-status';

describe('invitation status', () => {
  const now = new Date('2026-06-01T12:00:00.000Z');

  it('expires a pending invitation at its expiry, not before', () => {
    expect(effectiveInvitationStatus('pending', new Date(now.getTime() + 1), now)).toBe('pending');
    expect(effectiveInvitationStatus('pending', now, now)).toBe('expired');
  });

  it('keeps an answered or revoked invitation as it was, expired or not', () => {
    const past = new Date(now.getTime() - 1);
    for (const status of ['accepted', 'declined', 'revoked'] as const) {
      expect(effectiveInvitationStatus(status, past, now)).toBe(status);
    }
  });

  it('lasts 14 days by default', () => {
    expect(invitationExpiry(now).toISOString()).toBe('2026-06-15T12:00:00.000Z');
  });
});
