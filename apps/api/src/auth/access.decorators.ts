import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '@app/common';
import { ErrorResponseDto } from '../docs/error-response.dto';

export const PUBLIC_ROUTE = 'care:public';
export const ROUTE_ROLES = 'care:roles';

/** Open to anyone, no token. Every route must say either @Public() or @Roles(...): the guard denies the rest. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles, with a valid bearer token. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROUTE_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({
      description: 'No token, or an invalid or expired one',
      type: ErrorResponseDto,
    }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}`, type: ErrorResponseDto }),
  );

export interface AuthenticatedUser {
  id: string;
  role: Role;
}

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };

export function actorOf(request: AuthenticatedRequest): Actor {
  return {
    userId: request.user?.id ?? null,
    role: request.user?.role ?? null,
    requestId: String(request.id),
    ip: request.ip ?? null,
  };
}

/** The caller as services see it: who, in what role, under which request id. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);
