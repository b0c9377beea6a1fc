import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { authConfig } from '@app/config';
import type { Role } from '@app/common';
import { deriveKey } from './two-factor/credential-keys';
import type { User } from './user.entity';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The account's token version at issue; a token of an older version is refused. */
  tv: number;
  /**
   * How the holder proved who they are (RFC 8176): `pwd`, plus `otp` when a second factor was given. Tokens
   * issued before two-factor sign-in existed have none (no second factor).
   */
  amr?: string[];
}

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** What a sign-in challenge stands for: a password checked, a second factor still owed. */
export interface ChallengeClaims {
  sub: string;
  tv: number;
}

/** How long the second factor may take after the password. */
export const SIGN_IN_CHALLENGE_TTL_SECONDS = 300;

const ISSUER = 'care-awards';
const CHALLENGE_AUDIENCE = 'care-awards:two-factor-challenge';

export const hasSecondFactor = (claims: Pick<AccessTokenClaims, 'amr'>): boolean =>
  claims.amr?.includes('otp') === true;

@Injectable()
export class AccessTokensService {
  /** Challenges are signed with their own derived key: one can never pass as an access token. */
  private readonly challengeKey: Buffer;

  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
  ) {
    this.challengeKey = deriveKey(auth.twoFactorKey, 'sign-in-challenge');
  }

  async issue(user: User, options: { secondFactor?: boolean } = {}): Promise<IssuedToken> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      role: user.role,
      tv: user.tokenVersion,
      amr: options.secondFactor ? ['pwd', 'otp'] : ['pwd'],
    };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.auth.jwtSecret,
      expiresIn: this.auth.jwtTtlSeconds,
      algorithm: 'HS256',
      issuer: ISSUER,
    });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.auth.jwtTtlSeconds };
  }

  /** Throws on a bad signature, a wrong algorithm or issuer, or an expired token. */
  verify(token: string): Promise<AccessTokenClaims> {
    return this.jwt.verifyAsync<AccessTokenClaims>(token, {
      secret: this.auth.jwtSecret,
      algorithms: ['HS256'],
      issuer: ISSUER,
    });
  }

  /** A short-lived, signed promise that this user's password was right; it grants no access by itself. */
  issueChallenge(user: User): Promise<string> {
    const claims: ChallengeClaims = { sub: user.id, tv: user.tokenVersion };
    return this.jwt.signAsync(claims, {
      secret: this.challengeKey,
      expiresIn: SIGN_IN_CHALLENGE_TTL_SECONDS,
      algorithm: 'HS256',
      issuer: ISSUER,
      audience: CHALLENGE_AUDIENCE,
    });
  }

  /** Throws on anything but an unexpired challenge signed here. */
  async verifyChallenge(challenge: string): Promise<ChallengeClaims> {
    const claims = await this.jwt.verifyAsync<ChallengeClaims>(challenge, {
      secret: this.challengeKey,
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: CHALLENGE_AUDIENCE,
    });
    return { sub: claims.sub, tv: claims.tv };
  }
}
