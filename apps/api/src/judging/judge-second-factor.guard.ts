import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { CredentialErrors } from '@app/identity';
import { JudgeAccessService } from '@app/judging';
import type { AuthenticatedRequest } from '../auth/access.decorators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place a campaign's "judges sign in with a second factor" is enforced: on the controllers a judge
 * judges through (the workspace: assignments, score sheets, conflicts; and the rounds a judge sits on), a
 * judge whose token was not issued after a second factor is refused (403 TWO_FACTOR_REQUIRED) when the
 * request touches such a campaign: the assignment's or round's campaign, or, for the workspace as a whole,
 * any campaign the judge judges in. Organizers pass untouched. It runs after the access guard, so the caller
 * is known.
 */
@Injectable()
export class JudgeSecondFactorGuard implements CanActivate {
  constructor(private readonly judgeAccess: JudgeAccessService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = request.user;
    if (!user || user.role !== 'judge' || user.secondFactor) return true;
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const { assignmentId, roundId } = params;
    // A malformed id gets the route's own 400; it names no campaign to check.
    if ([assignmentId, roundId].some((id) => id !== undefined && !UUID.test(id))) return true;
    const campaigns = await this.judgeAccess.campaignsRequiringSecondFactor(user.id, {
      assignmentId,
      roundId,
    });
    if (campaigns.length > 0) throw CredentialErrors.twoFactorRequired(campaigns);
    return true;
  }
}
