import { applyDecorators, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModuleOptions,
  ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { httpConfig } from '@app/config';
import type { AuthenticatedRequest } from '../auth/access.decorators';
import { ApiErrors } from '../docs/api-errors.decorator';

/**
 * Ingestion is limited per client (INGEST_RATE_LIMIT a minute): the survey-partner key, else the account, else
 * the address. So partners behind one proxy do not share a limit, and one partner cannot use up another's.
 * The access guard has run before, so the request already says who sent it.
 */
@Injectable()
export class IngestionThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(httpConfig.KEY) private readonly http: ConfigType<typeof httpConfig>,
  ) {
    super(options, storage, reflector);
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const r = req as unknown as AuthenticatedRequest & { ip: string };
    return Promise.resolve(
      r.partner ? `key:${r.partner.keyId}` : r.user ? `user:${r.user.id}` : `ip:${r.ip}`,
    );
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return super.handleRequest({ ...request, limit: this.http.ingestRateLimitPerMinute, ttl: 60_000 });
  }
}

export const IngestionRateLimit = () =>
  applyDecorators(
    UseGuards(IngestionThrottlerGuard),
    ApiErrors({ 429: 'More than INGEST_RATE_LIMIT ingestion requests a minute from this client' }),
  );
