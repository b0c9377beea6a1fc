import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '@app/database';
import { Actor, Language, Page, PageRequest, Role, SYSTEM_ACTOR } from '@app/common';
import { AuditLogRepository } from './audit-log.repository';
import { IdentityErrors } from './identity.errors';
import { decoyHash, hashPassword, verifyPassword } from './password-hash';
import { User, UserStatus } from './user.entity';
import {
  AccountAccess,
  JudgeAccount,
  ProfileChanges,
  UserListFilter,
  UserListSort,
  UserName,
  UsersRepository,
} from './users.repository';
import { EmailVerificationService } from './email-verification/email-verification.service';

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  language?: Language | null;
}

interface AccountOptions {
  /** The address was proved (an invitation's link) or vouched for (an organizer, the configuration). */
  verified: boolean;
  /** Runs in the account's transaction, after the insert. */
  then?: (user: User) => Promise<void>;
  /**
   * Who invited them, when they accept an invitation: recorded as the account's creator, while the audit entry
   * is the new user's own act.
   */
  invitedBy?: string | null;
}

/** How another lib addresses a user (an enterprise's member list, say): never the account's credentials. */
export interface UserContact {
  email: string;
  displayName: string;
  /** Null until they choose one. */
  language: Language | null;
}

/** What the audit log keeps of a user: enough to follow changes, never a credential. */
function auditSummary(user: User): Record<string, unknown> {
  return { email: user.email, displayName: user.displayName, role: user.role, status: user.status };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly verifications: EmailVerificationService,
  ) {}

  /**
   * Enterprise users register themselves; the registration is audited as their own first act. Their address
   * is not proved yet: the `email-verification` mail goes out in the same transaction.
   */
  registerEnterpriseUser(account: NewAccount, actor: Actor): Promise<User> {
    return this.createAccount(account, 'enterprise', actor, 'user.registered', {
      verified: false,
      then: (user) => this.verifications.start(user, actor),
    });
  }

  /**
   * Organizers create judge and organizer accounts directly (scripts, tests); people are added by invitation
   * (StaffInvitationsService). The organizer vouches for the address.
   */
  createStaffUser(account: NewAccount, role: 'organizer' | 'judge', actor: Actor): Promise<User> {
    return this.createAccount(account, role, actor, 'user.created', { verified: true });
  }

  /**
   * The account of someone who opened an invitation's link: the link proved the address. Joins the caller's
   * transaction, so the invitation's acceptance and the account commit together.
   */
  createInvitedUser(account: NewAccount, role: Role, invitedBy: string | null, actor: Actor): Promise<User> {
    return this.createAccount(account, role, actor, 'user.invitation-accepted', {
      verified: true,
      invitedBy,
    });
  }

  private async createAccount(
    account: NewAccount,
    role: Role,
    actor: Actor,
    action: string,
    options: AccountOptions,
  ): Promise<User> {
    const email = account.email.trim().toLowerCase();
    const passwordHash = await hashPassword(account.password);
    return this.transactions.run(async () => {
      const user = await this.users.insertIfEmailFree({
        email,
        displayName: account.displayName.trim(),
        role,
        passwordHash,
        createdBy: options.invitedBy !== undefined ? options.invitedBy : actor.userId,
        language: account.language ?? null,
        emailVerifiedAt: options.verified ? new Date() : null,
      });
      if (!user) throw IdentityErrors.emailTaken(email);
      const auditActor =
        actor.userId && options.invitedBy === undefined ? actor : { ...actor, userId: user.id, role };
      await this.auditLog.append(auditActor, {
        action,
        entityType: 'user',
        entityId: user.id,
        after: {
          ...auditSummary(user),
          ...(options.invitedBy !== undefined && { invitedBy: options.invitedBy }),
        },
      });
      await options.then?.(user);
      return user;
    });
  }

  /** The account with this address, active or not, or null. */
  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  /** Refuses an account whose address is not proved yet (a self-registration whose link was not opened). */
  async requireVerifiedEmail(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw IdentityErrors.userNotFound(userId);
    if (!user.emailVerifiedAt) throw IdentityErrors.emailNotVerified();
  }

  /** Records that the account proved its address (an invitation's link opened by an existing account). */
  async markEmailVerified(user: User, actor: Actor): Promise<User> {
    if (user.emailVerifiedAt) return user;
    await this.users.markEmailVerified(user.id);
    await this.auditLog.append(actor, {
      action: 'user.email-verified',
      entityType: 'user',
      entityId: user.id,
    });
    return (await this.users.findById(user.id)) as User;
  }

  /**
   * The account these credentials open, without signing in yet: SignInService decides whether a second factor
   * follows. Unknown emails cost the same time as known ones and both failures give the same error, so the
   * endpoint does not reveal which emails have accounts; failures are audited.
   */
  async verifyCredentials(email: string, password: string, actor: Actor): Promise<User> {
    const normalised = email.trim().toLowerCase();
    const user = await this.users.findWithPasswordByEmail(normalised);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) {
      await this.auditLog.append(actor, {
        action: 'auth.login-failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { email: normalised },
      });
      throw IdentityErrors.invalidCredentials();
    }
    if (user.status !== 'active') throw IdentityErrors.accountDisabled();
    return user;
  }

  /** The sign-in completed: audited with the second factor used, if any. */
  async recordSignIn(user: User, actor: Actor, secondFactor: 'totp' | 'recovery-code' | null): Promise<void> {
    await this.users.touchLastLogin(user.id);
    await this.auditLog.append(
      { ...actor, userId: user.id, role: user.role },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        ...(secondFactor && { after: { secondFactor } }),
      },
    );
  }

  async getActiveUser(id: string): Promise<User | null> {
    const user = await this.users.findById(id);
    return user && user.status === 'active' ? user : null;
  }

  /** The role and token version of an active account, or null: all a request's authentication needs. */
  async activeAccess(id: string): Promise<AccountAccess | null> {
    const access = await this.users.accessOf(id);
    return access && access.status === 'active' ? access : null;
  }

  /** An active account with this email and role, or null. */
  async findActiveByEmail(email: string, role: Role): Promise<User | null> {
    const user = await this.users.findByEmail(email);
    return user && user.status === 'active' && user.role === role ? user : null;
  }

  /** Judge accounts (these, or all), in display-name order. */
  judgeAccounts(ids?: string[]): Promise<JudgeAccount[]> {
    return this.users.judgeAccounts(ids);
  }

  /** The display names of these users, in display-name order (then id) under the database's collation. */
  namesOf(ids: string[]): Promise<UserName[]> {
    return this.users.namesOf(ids);
  }

  async getUser(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw IdentityErrors.userNotFound(id);
    return user;
  }

  /** The contact of each of these users that exists, by id. */
  async contactsOf(userIds: string[]): Promise<Map<string, UserContact>> {
    const users = await this.users.findByIds([...new Set(userIds)]);
    return new Map(
      users.map((u) => [u.id, { email: u.email, displayName: u.displayName, language: u.language }]),
    );
  }

  listUsers(filter: UserListFilter, page: PageRequest, sort?: UserListSort): Promise<Page<User>> {
    return this.users.list(filter, page, sort);
  }

  async setStatus(id: string, status: UserStatus, actor: Actor): Promise<User> {
    if (id === actor.userId && status === 'disabled') throw IdentityErrors.cannotDisableSelf();
    return this.transactions.run(async () => {
      const before = await this.users.findById(id);
      if (!before) throw IdentityErrors.userNotFound(id);
      await this.users.setStatus(id, status);
      const after = (await this.users.findById(id)) as User;
      await this.auditLog.append(actor, {
        action: status === 'disabled' ? 'user.disabled' : 'user.enabled',
        entityType: 'user',
        entityId: id,
        before: auditSummary(before),
        after: auditSummary(after),
      });
      return after;
    });
  }

  /**
   * Changes the caller's own password, after checking the current one. A wrong current password is audited
   * like a failed login. The change bumps the token version, so every token issued before, including the one
   * this request came with, stops working; the caller gets a new one.
   */
  async changePassword(userId: string, current: string, next: string, actor: Actor): Promise<User> {
    const user = await this.users.findWithPasswordById(userId);
    if (!user) throw IdentityErrors.userNotFound(userId);
    if (!(await verifyPassword(current, user.passwordHash))) {
      await this.auditLog.append(actor, {
        action: 'auth.password-change-failed',
        entityType: 'user',
        entityId: userId,
      });
      throw IdentityErrors.wrongCurrentPassword();
    }
    if (next === current) throw IdentityErrors.samePassword();
    const passwordHash = await hashPassword(next);
    return this.transactions.run(async () => {
      await this.users.setPasswordHash(userId, passwordHash);
      await this.auditLog.append(actor, {
        action: 'user.password-changed',
        entityType: 'user',
        entityId: userId,
      });
      return (await this.users.findById(userId)) as User;
    });
  }

  /**
   * Changes what a person says about themselves: their display name and the language they read the platform
   * in (mail follows it). Audited with what changed; a request that changes nothing records nothing.
   */
  async updateProfile(userId: string, changes: ProfileChanges, actor: Actor): Promise<User> {
    return this.transactions.run(async () => {
      const before = await this.users.findById(userId);
      if (!before) throw IdentityErrors.userNotFound(userId);
      const wanted: ProfileChanges = {
        ...(changes.displayName !== undefined && { displayName: changes.displayName.trim() }),
        ...(changes.language !== undefined && { language: changes.language }),
      };
      const changed = (Object.keys(wanted) as (keyof ProfileChanges)[]).filter(
        (k) => wanted[k] !== before[k],
      );
      if (changed.length === 0) return before;
      await this.users.updateProfile(userId, wanted);
      const after = (await this.users.findById(userId)) as User;
      await this.auditLog.append(actor, {
        action: 'user.profile-updated',
        entityType: 'user',
        entityId: userId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
      return after;
    });
  }

  /**
   * Moves a staff account between judge and organizer. Enterprise accounts are not staff and stay as they are;
   * an organizer cannot demote themselves (the platform would risk having none). Ends the account's sessions.
   */
  async changeRole(id: string, role: 'organizer' | 'judge', actor: Actor): Promise<User> {
    if (id === actor.userId) throw IdentityErrors.cannotChangeOwnRole();
    return this.transactions.run(async () => {
      const before = await this.users.findById(id);
      if (!before) throw IdentityErrors.userNotFound(id);
      if (before.role === 'enterprise') throw IdentityErrors.roleNotChangeable();
      await this.users.setRole(id, role);
      const after = (await this.users.findById(id)) as User;
      await this.auditLog.append(actor, {
        action: 'user.role-changed',
        entityType: 'user',
        entityId: id,
        before: auditSummary(before),
        after: auditSummary(after),
      });
      return after;
    });
  }

  /**
   * Creates the first organizer from configuration when there is none. Several API instances may start at
   * once: the unique email decides, and an organizer created by hand later is never overwritten.
   */
  async ensureBootstrapOrganizer(credentials: { email: string; password: string } | null): Promise<void> {
    if (!credentials) return;
    if ((await this.users.countByRole('organizer')) > 0) return;
    try {
      await this.createAccount(
        { email: credentials.email, displayName: 'Bootstrap organizer', password: credentials.password },
        'organizer',
        SYSTEM_ACTOR,
        'user.bootstrapped',
        { verified: true },
      );
      this.logger.log(`Created the bootstrap organizer ${credentials.email}`);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EMAIL_TAKEN') throw error;
    }
  }
}
