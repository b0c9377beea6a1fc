import { applyDecorators, Injectable, UseGuards } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';

/** Invitations one account may send in an hour. */
export const INVITATIONS_PER_HOUR = 20;

/**
 * Inviting is limited per inviter, not per address: the limit follows the account wherever it connects from,
 * so an admin cannot use invitations to spray addresses (or, once mail is sent, to send mail). The access
 * guard has run before, so the request names its user. The counts live in the throttler's storage, like the
 * other limits.
 */
@Injectable()
export class InvitationThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as AuthenticatedRequest & { ip: string };
    return Promise.resolve(r.user ? `inviter:${r.user.id}` : `ip:${r.ip}`);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return super.handleRequest({ ...request, limit: INVITATIONS_PER_HOUR, ttl: 3_600_000 });
  }
}

export const InvitationRateLimit = () =>
  applyDecorators(
    UseGuards(InvitationThrottlerGuard),
    ApiErrors({
      429: `More than ${INVITATIONS_PER_HOUR} invitations in an hour from this account; see Retry-After`,
    }),
  );
