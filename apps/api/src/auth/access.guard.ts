import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@app/common';
import { PartnerKeysService } from '@app/surveys';
import {
  AuthenticatedRequest,
  PARTNER_KEY_HEADER,
  PARTNER_KEY_ROUTE,
  PUBLIC_ROUTE,
  ROUTE_ROLES,
} from './access.decorators';
import { bearerToken, TokenAuthenticator } from './token-authenticator';

/**
 * Global guard: a route is open only if marked @Public(); otherwise it needs a valid bearer token of an
 * active user whose role is listed in @Roles(). A route with neither marker is refused, so forgetting the
 * decorator can never publish a route.
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
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!roles || roles.length === 0) {
      this.logger.error(`Route ${request.method} ${request.url} has no @Roles() or @Public(); refusing`);
      throw new ForbiddenException('This route is not open to any role');
    }

    const apiKey = request.headers[PARTNER_KEY_HEADER];
    const partnerRoute = this.reflector.getAllAndOverride<boolean>(PARTNER_KEY_ROUTE, targets);
    if (partnerRoute && (request.partner || typeof apiKey === 'string')) {
      return this.admitPartner(String(apiKey), request);
    }

    // authenticateBeforeBody has usually found the caller already; checking again here keeps the guard whole
    // on its own (an app built without the hook).
    const user =
      request.user ?? (await this.authenticator.activeUser(bearerToken(request.headers.authorization)));
    request.user = user;
    if (!roles.includes(user.role)) {
      throw new ForbiddenException(`This route is for ${roles.join(' or ')} accounts`);
    }
    return true;
  }

  private async admitPartner(apiKey: string, request: AuthenticatedRequest): Promise<boolean> {
    const key = request.partner ?? (await this.partnerKeys.authenticate(apiKey.trim()));
    if (!key) throw new UnauthorizedException('The survey-partner key is invalid or revoked');
    const campaignId = (request.params as Record<string, string> | undefined)?.campaignId;
    if (campaignId !== key.campaignId) {
      throw new ForbiddenException('This survey-partner key is for another campaign');
    }
    request.partner = key;
    return true;
  }
}
