import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { MailService } from '@app/mail';
import { AuditLogRepository } from '../audit-log.repository';
import { CredentialErrors } from '../credential.errors';
import { hashLinkToken, newLinkToken, presentedTokenHash } from '../link-tokens';
import { hashPassword } from '../password-hash';
import { User } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { PasswordResetsRepository } from './password-resets.repository';

/**
 * The least time a reset request takes. Whether the address has an account decides whether a reset is
 * written and a mail recorded, which takes a few milliseconds more; answering every request after the same
 * floor keeps that difference from telling who has an account.
 */
export const RESET_REQUEST_FLOOR_MS = 300;

/** How long a reset link works. */
export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

/**
 * Forgotten passwords: a single-use link by mail, valid 30 minutes. The request answers the same whether or not
 * the address has an (active) account; only a hash of the token is stored.
 */

/** Reset mails one account is sent in an hour, whoever asks and from wherever. */
export const RESET_MAILS_PER_ACCOUNT_PER_HOUR = 5;
@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly mail: MailService,
  ) {}

  async request(email: string, actor: Actor): Promise<void> {
    const started = Date.now();
    try {
      await this.recordRequest(email.trim().toLowerCase(), actor);
    } finally {
      await sleep(Math.max(0, RESET_REQUEST_FLOOR_MS - (Date.now() - started)));
    }
  }

  /** The address a pending reset is for and when it expires; not found when unknown, used or expired. */
  async inspect(token: string): Promise<{ email: string; expiresAt: Date }> {
    const hash = presentedTokenHash(token);
    const pending = hash ? await this.resets.findPending(hash) : null;
    if (!pending) throw CredentialErrors.resetNotFound();
    return { email: pending.email, expiresAt: pending.expiresAt };
  }

  /**
   * Sets the new password and uses the reset, with every other pending reset of the user. The token version
   * moves on, so every session of the account ends.
   */
  async confirm(token: string, newPassword: string, actor: Actor): Promise<User> {
    await this.inspect(token);
    const passwordHash = await hashPassword(newPassword);
    return this.transactions.run(async () => {
      const userId = await this.resets.consume(hashLinkToken(token));
      const user = userId ? await this.users.findById(userId) : null;
      if (!user || user.status !== 'active') throw CredentialErrors.resetNotFound();
      await this.resets.consumeAllOf(user.id);
      await this.users.setPasswordHash(user.id, passwordHash);
      await this.auditLog.append(
        { ...actor, userId: actor.userId ?? user.id, role: actor.role ?? user.role },
        { action: 'user.password-reset', entityType: 'user', entityId: user.id },
      );
      return (await this.users.findById(user.id)) as User;
    });
  }

  private async recordRequest(email: string, actor: Actor): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.status !== 'active') {
      await this.auditLog.append(actor, {
        action: 'auth.password-reset-requested',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { email, sent: false },
      });
      return;
    }
    // Past the cap the answer stays the same 202 and nothing is sent: no mailbox can be flooded, and nobody
    // can lock a person out of their resets by asking for them (a 429 with a block would do both).
    if ((await this.resets.countRecent(user.id, 60 * 60_000)) >= RESET_MAILS_PER_ACCOUNT_PER_HOUR) {
      await this.auditLog.append(actor, {
        action: 'auth.password-reset-requested',
        entityType: 'user',
        entityId: user.id,
        after: { email, sent: false, reason: 'hourly limit' },
      });
      return;
    }
    const { token, hash } = newLinkToken();
    const expiresAt = new Date(Date.now() + RESET_TOKEN_TTL_MS);
    await this.transactions.run(async () => {
      const resetId = await this.resets.insert(user.id, hash, expiresAt);
      await this.mail.send({
        to: user.email,
        recipientId: user.id,
        template: 'password-reset',
        language: user.language ?? 'zh',
        params: {
          displayName: user.displayName,
          link: this.mail.link('/account/reset-password', { token }),
          expiresAt: expiresAt.toISOString(),
        },
        idempotencyKey: `password-reset:${resetId}`,
      });
      await this.auditLog.append(actor, {
        action: 'auth.password-reset-requested',
        entityType: 'user',
        entityId: user.id,
        after: { email, sent: true },
      });
    });
  }
}
