import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { Actor } from '@app/common';
import { MailService } from '@app/mail';
import { AuditLogRepository } from '../audit-log.repository';
import { IdentityErrors } from '../identity.errors';
import { newLinkToken, presentedTokenHash } from '../link-tokens';
import type { User } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { EmailVerificationsRepository } from './email-verifications.repository';

/** How long a verification link works. */
export const EMAIL_VERIFICATION_TTL_HOURS = 48;

/**
 * Proving an address: a self-registered user gets a link by email; opening it marks the account verified.
 * Each link is single use and lasts 48 hours; asking again sends a new one and the older ones keep working
 * until they expire, so a late click on the first mail is not a dead end.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly verifications: EmailVerificationsRepository,
    private readonly users: UsersRepository,
    private readonly mail: MailService,
    private readonly auditLog: AuditLogRepository,
  ) {}

  /** Records a link and its mail in the caller's transaction (the registration's). */
  async start(user: User, actor: Actor): Promise<void> {
    const { token, hash } = newLinkToken();
    await this.transactions.run(async () => {
      await this.verifications.insert(user.id, hash, EMAIL_VERIFICATION_TTL_HOURS);
      await this.mail.send({
        to: user.email,
        recipientId: user.id,
        template: 'email-verification',
        language: user.language ?? 'zh',
        params: {
          displayName: user.displayName,
          link: this.mail.link('/account/verify-email', { token }),
        },
        idempotencyKey: `email-verification:${hash}`,
      });
      await this.auditLog.append(
        { ...actor, userId: actor.userId ?? user.id, role: actor.role ?? user.role },
        { action: 'user.email-verification-sent', entityType: 'user', entityId: user.id },
      );
    });
  }

  /** Sends a new link to the signed-in user, unless their address is verified already. */
  async resend(userId: string, actor: Actor): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw IdentityErrors.userNotFound(userId);
    if (user.emailVerifiedAt) throw IdentityErrors.alreadyVerified();
    await this.start(user, actor);
  }

  /** Uses the link and marks the account's address verified; the same 404 for unknown, used or expired. */
  async verify(token: string, actor: Actor): Promise<User> {
    const hash = presentedTokenHash(token);
    if (!hash) throw IdentityErrors.verificationLinkNotFound();
    return this.transactions.run(async () => {
      const used = await this.verifications.use(hash);
      if (!used) throw IdentityErrors.verificationLinkNotFound();
      await this.users.markEmailVerified(used.userId);
      const user = (await this.users.findById(used.userId)) as User;
      await this.auditLog.append(
        { ...actor, userId: actor.userId ?? user.id, role: actor.role ?? user.role },
        { action: 'user.email-verified', entityType: 'user', entityId: user.id },
      );
      return user;
    });
  }
}
