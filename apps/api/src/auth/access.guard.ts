import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PartnerKeysService } from '@app/surveys';
import { accessRuleOf, authorizeCaller, identifyCaller } from './access-decision';
import { AuthenticatedRequest } from './access.decorators';
import { TokenAuthenticator } from './token-authenticator';

/**
 * Global guard: a route is open only if marked @Public(); otherwise it needs a valid bearer token of an
 * active user whose role is listed in @Roles(), or a partner key of the route's campaign where the route
 * takes one. A route with neither marker is refused, so forgetting the decorator can never publish a route.
 * authenticateBeforeBody makes the same decision before the body is read; deciding again here keeps the guard
 * whole on its own (an app built without the hook) and is cheap: the caller is already on the request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: TokenAuthenticator,
    private readonly partnerKeys: PartnerKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = accessRuleOf(this.reflector, [context.getHandler(), context.getClass()]);
    if (rule.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (rule.roles.length === 0) {
      this.logger.error(`Route ${request.method} ${request.url} has no @Roles() or @Public(); refusing`);
      authorizeCaller(request, rule);
    }
    await identifyCaller(request, rule, {
      authenticator: this.authenticator,
      partnerKeys: this.partnerKeys,
    });
    authorizeCaller(request, rule);
    return true;
  }
}
