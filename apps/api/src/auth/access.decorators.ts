import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '@app/common';
import { ApiErrors } from '../docs/api-errors.decorator';

export const PUBLIC_ROUTE = 'care:public';
export const PARTNER_KEY_ROUTE = 'care:partner-key';
export const PARTNER_KEY_HEADER = 'x-api-key';
export const PARTNER_KEY_SCHEME = 'survey-partner-key';
export const ROUTE_ROLES = 'care:roles';

/** Open to anyone, no token. Every route must say either @Public() or @Roles(...): the guard denies the rest. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles, with a valid bearer token. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROUTE_ROLES, roles),
    ApiBearerAuth(),
    ApiErrors({ 401: 'No token, or an invalid or expired one', 403: `Only for: ${roles.join(', ')}` }),
  );

/**
 * Organizers with a bearer token, or a survey partner with an `x-api-key` issued for the campaign named by
 * the route's `:campaignId`. A key for another campaign is refused (403).
 */
export const SurveyPartnerAccess = () =>
  applyDecorators(SetMetadata(PARTNER_KEY_ROUTE, true), Roles('organizer'), ApiSecurity(PARTNER_KEY_SCHEME));

export interface AuthenticatedPartner {
  keyId: string;
  campaignId: string;
}

export interface AuthenticatedUser {
  id: string;
  role: Role;
  /** The token was issued after a second factor (TOTP or a recovery code). */
  secondFactor?: boolean;
}

export type AuthenticatedRequest = FastifyRequest & {
  user?: AuthenticatedUser;
  partner?: AuthenticatedPartner;
};

/** The partner key behind the request, if it came with one (null for organizers). */
export const CurrentPartnerKey = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | null =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().partner?.keyId ?? null,
);

export function actorOf(request: AuthenticatedRequest): Actor {
  return {
    userId: request.user?.id ?? null,
    role: request.user?.role ?? null,
    requestId: String(request.id),
    ip: request.ip ?? null,
  };
}

/** Whether the caller's token was issued after a second factor; a new token of theirs keeps saying so. */
export const SessionSecondFactor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): boolean =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user?.secondFactor === true,
);

/** The caller as services see it: who, in what role, under which request id. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);
