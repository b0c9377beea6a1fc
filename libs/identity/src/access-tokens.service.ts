import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { authConfig } from '@app/config';
import type { Role } from '@app/common';
import type { User } from './user.entity';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The account's token version at issue; a token of an older version is refused. */
  tv: number;
}

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

@Injectable()
export class AccessTokensService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
  ) {}

  async issue(user: User): Promise<IssuedToken> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.auth.jwtSecret,
      expiresIn: this.auth.jwtTtlSeconds,
      algorithm: 'HS256',
      issuer: 'care-awards',
    });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.auth.jwtTtlSeconds };
  }

  /** Throws on a bad signature, a wrong algorithm or issuer, or an expired token. */
  verify(token: string): Promise<AccessTokenClaims> {
    return this.jwt.verifyAsync<AccessTokenClaims>(token, {
      secret: this.auth.jwtSecret,
      algorithms: ['HS256'],
      issuer: 'care-awards',
    });
  }
}
