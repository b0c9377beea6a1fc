import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { AccessTokensService } from '../access-tokens.service';
import { CredentialErrors } from '../credential.errors';
import { User } from '../user.entity';
import { UsersService } from '../users.service';
import { SecondFactor, TwoFactorService } from './two-factor.service';

/** Where a sign-in stands after the password: done, or a second factor owed against a challenge. */
export type SignInOutcome =
  | { kind: 'signed-in'; user: User; secondFactor: boolean }
  | { kind: 'two-factor-required'; challenge: string };

/**
 * Signing in: the password, then, for an account with two-factor sign-in, a code against a short-lived
 * challenge. The challenge is signed and stateless; it names the account's token version, so a password
 * change or a disabled account voids it at once.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: UsersService,
    private readonly twoFactor: TwoFactorService,
    private readonly tokens: AccessTokensService,
  ) {}

  async withPassword(email: string, password: string, actor: Actor): Promise<SignInOutcome> {
    return this.afterPassword(await this.users.verifyCredentials(email, password, actor), actor);
  }

  /** The password is proven (a login, or a password just reset): sign in, or ask for the second factor. */
  async afterPassword(user: User, actor: Actor): Promise<SignInOutcome> {
    if (await this.twoFactor.isEnabled(user.id)) {
      return { kind: 'two-factor-required', challenge: await this.tokens.issueChallenge(user) };
    }
    await this.users.recordSignIn(user, actor, null);
    return { kind: 'signed-in', user, secondFactor: false };
  }

  async withSecondFactor(challenge: string, factor: SecondFactor, actor: Actor): Promise<User> {
    let claims: { sub: string; tv: number };
    try {
      claims = await this.tokens.verifyChallenge(challenge);
    } catch {
      throw CredentialErrors.invalidChallenge();
    }
    const user = await this.users.getActiveUser(claims.sub);
    if (!user || user.tokenVersion !== claims.tv) throw CredentialErrors.invalidChallenge();
    const method = await this.twoFactor.verifySecondFactor(user.id, factor, actor);
    await this.users.recordSignIn(user, actor, method);
    return user;
  }
}
