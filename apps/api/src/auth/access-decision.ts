import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Role } from '@app/common';
import type { PartnerKeysService } from '@app/surveys';
import {
  AuthenticatedRequest,
  PARTNER_KEY_HEADER,
  PARTNER_KEY_ROUTE,
  PUBLIC_ROUTE,
  ROUTE_ROLES,
} from './access.decorators';
import { HttpMessages, localizedException } from '../http/http-messages';
import { bearerToken, TokenAuthenticator } from './token-authenticator';

/** What a route's decorators ask of a caller: read once from the metadata, by the hook and the guard alike. */
export interface AccessRule {
  public: boolean;
  /** Roles of bearer-token callers; empty when the route named none (refused to everyone). */
  roles: Role[];
  /** Also open to a survey-partner key issued for the route's `:campaignId`. */
  partnerKey: boolean;
}

/** The rule of a handler and its controller, method first, then class (the guard's order). */
export function accessRuleOf(reflector: Reflector, targets: object[]): AccessRule {
  const on = (key: string) => reflector.getAllAndOverride<boolean>(key, targets as never[]) === true;
  const roles = reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets as never[]);
  return { public: on(PUBLIC_ROUTE), roles: roles ?? [], partnerKey: on(PARTNER_KEY_ROUTE) };
}

export interface CallerSources {
  authenticator: TokenAuthenticator;
  partnerKeys: PartnerKeysService;
}

/**
 * Finds who sent a request (401 when nobody valid) and leaves it on the request: the partner key on a partner
 * route that was sent one, else the bearer token's active user. Nothing is done when a caller is already set.
 */
export async function identifyCaller(
  request: AuthenticatedRequest,
  rule: AccessRule,
  sources: CallerSources,
): Promise<void> {
  if (request.user || request.partner) return;
  const apiKey = request.headers[PARTNER_KEY_HEADER];
  if (rule.partnerKey && typeof apiKey === 'string') {
    const key = await sources.partnerKeys.authenticate(apiKey.trim());
    if (!key) throw localizedException(UnauthorizedException, HttpMessages.partnerKeyInvalid);
    request.partner = key;
    return;
  }
  request.user = await sources.authenticator.activeUser(bearerToken(request.headers.authorization));
}

/**
 * Whether the caller found may use the route: a partner key only on its own campaign (`:campaignId`), an
 * account only in one of the route's roles. Throws 403 otherwise; both the before-body hook and the guard
 * decide with this one function, so a refusal reads the same whichever of them gives it.
 */
export function authorizeCaller(request: AuthenticatedRequest, rule: AccessRule): void {
  if (rule.public) return;
  if (rule.roles.length === 0) throw localizedException(ForbiddenException, HttpMessages.routeClosed);
  if (request.partner) {
    const campaignId = (request.params as Record<string, string> | undefined)?.campaignId;
    if (!rule.partnerKey || campaignId !== request.partner.campaignId) {
      throw localizedException(ForbiddenException, HttpMessages.partnerKeyOtherCampaign);
    }
    return;
  }
  if (!request.user || !rule.roles.includes(request.user.role)) {
    throw localizedException(ForbiddenException, HttpMessages.routeForRoles(rule.roles));
  }
}
