import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModuleOptions,
  ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { AccessTokensService } from '@app/identity';
import { ApiErrors } from '../docs/api-errors.decorator';
import type { AuthenticatedRequest } from './access.decorators';

/** Second-factor codes (and proofs) one account may try in five minutes, across every route that takes one. */
export const TWO_FACTOR_ATTEMPTS_PER_5_MINUTES = 5;

/**
 * Second-factor attempts per account: the signed-in user, or the account a sign-in challenge names (one that
 * does not verify is counted against the client address and refused anyway). One count for every route that
 * checks a code, so trying codes on another route gains nothing. With 6-digit codes, five tries in five
 * minutes leave a guesser about one chance in 60,000 a day.
 */
@Injectable()
export class TwoFactorThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: AccessTokensService,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as AuthenticatedRequest & { ip: string };
    if (r.user) return `account:${r.user.id}`;
    const challenge = (r.body as { challenge?: unknown } | undefined)?.challenge;
    if (typeof challenge === 'string') {
      const claims = await this.tokens.verifyChallenge(challenge).catch(() => null);
      if (claims) return `account:${claims.sub}`;
    }
    return `ip:${r.ip}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `two-factor:${name}:${tracker}`;
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return super.handleRequest({
      ...request,
      limit: TWO_FACTOR_ATTEMPTS_PER_5_MINUTES,
      ttl: 300_000,
      blockDuration: 300_000,
    });
  }
}

export const TwoFactorRateLimit = () =>
  applyDecorators(
    UseGuards(TwoFactorThrottlerGuard),
    ApiErrors({
      429: `More than ${TWO_FACTOR_ATTEMPTS_PER_5_MINUTES} second-factor attempts in 5 minutes for this account; see Retry-After`,
    }),
  );
