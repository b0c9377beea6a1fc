import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Role } from '@app/common';
import { AccessTokenClaims, AccessTokensService, hasSecondFactor, UsersService } from '@app/identity';
import { HttpMessages, localizedException } from '../http/http-messages';

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * The user behind an access token, for the guard and for the few routes outside Nest's router (the queue
 * dashboard and its session cookie). The role is read from the database, not the token, and the token's
 * version (`tv`) must be the account's current one: a password change, a role change or disabling the account
 * bumps it, so every token issued before is refused at once. No cache: the version comes with the same read by
 * primary key that already checks the account is active, so the check costs nothing more and no instance can
 * serve a stale answer. `secondFactor` says whether the token was issued after a second factor (its `amr`).
 */
@Injectable()
export class TokenAuthenticator {
  constructor(
    private readonly tokens: AccessTokensService,
    private readonly users: UsersService,
  ) {}

  async activeUser(token: string | null): Promise<{ id: string; role: Role; secondFactor: boolean }> {
    if (!token) throw localizedException(UnauthorizedException, HttpMessages.bearerRequired);
    let claims: AccessTokenClaims;
    try {
      claims = await this.tokens.verify(token);
    } catch {
      throw localizedException(UnauthorizedException, HttpMessages.bearerInvalid);
    }
    const user = await this.users.activeAccess(claims.sub);
    if (!user) throw localizedException(UnauthorizedException, HttpMessages.accountGone);
    if (claims.tv !== user.tokenVersion) {
      throw localizedException(UnauthorizedException, HttpMessages.tokenRevoked);
    }
    return { id: user.id, role: user.role, secondFactor: hasSecondFactor(claims) };
  }
}
