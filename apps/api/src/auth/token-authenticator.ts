import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Role } from '@app/common';
import { AccessTokensService, UsersService } from '@app/identity';

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * The user behind an access token, for the guard and for the few routes outside Nest's router (the queue
 * dashboard). The role is read from the database, not the token, so disabling a user or changing a role takes
 * effect at once.
 */
@Injectable()
export class TokenAuthenticator {
  constructor(
    private readonly tokens: AccessTokensService,
    private readonly users: UsersService,
  ) {}

  async activeUser(token: string | null): Promise<{ id: string; role: Role }> {
    if (!token) throw new UnauthorizedException('A bearer token is required');
    let userId: string;
    try {
      userId = (await this.tokens.verify(token)).sub;
    } catch {
      throw new UnauthorizedException('The bearer token is invalid or expired');
    }
    const user = await this.users.getActiveUser(userId);
    if (!user) throw new UnauthorizedException('The account behind this token is disabled or gone');
    return { id: user.id, role: user.role };
  }
}
