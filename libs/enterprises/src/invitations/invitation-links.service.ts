import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { Actor, Language } from '@app/common';
import { AuditLogService, presentedTokenHash, User, UsersService } from '@app/identity';
import type { MemberRole } from '../enterprise-member.entity';
import { EnterpriseErrors } from '../enterprises.errors';
import { EnterprisesRepository } from '../enterprises.repository';
import { InvitationErrors } from './invitations.errors';
import { InvitationsRepository, LinkedInvitation } from './invitations.repository';

/** What the invitation page shows to whoever holds the link. */
export interface InvitationLinkPreview {
  enterpriseName: string;
  enterpriseNameZh: string | null;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  /** Whether the invitee signs in with their password (true) or chooses a name and a password (false). */
  accountExists: boolean;
}

export interface InvitationLinkAcceptance {
  token: string;
  /** Needed when the address has no account yet. */
  displayName?: string | null;
  password: string;
  language?: Language | null;
}

/**
 * The emailed side of an enterprise invitation: the link is the consent. Whoever opens it either has an
 * account with the invited address (and proves it with their password) or gets an enterprise account with it
 * (the link proved the address, so it counts as verified); either way they become a member (or, invited by an
 * organizer as the enterprise's contact, its admin) and land signed in. Every token that does not open an
 * invitation (unknown, used, declined, revoked, expired) gets the same 404.
 */
@Injectable()
export class InvitationLinksService {
  constructor(
    private readonly transactions: Transactions,
    private readonly invitations: InvitationsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly users: UsersService,
    private readonly auditLog: AuditLogService,
  ) {}

  async preview(token: string): Promise<InvitationLinkPreview> {
    const invitation = await this.open(token);
    return {
      enterpriseName: invitation.enterpriseName,
      enterpriseNameZh: invitation.enterpriseNameZh,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      accountExists: (await this.users.findByEmail(invitation.email)) !== null,
    };
  }

  /** Accepts the invitation as its addressee; the user who is now a member, to sign in. */
  async accept(acceptance: InvitationLinkAcceptance, actor: Actor): Promise<User> {
    const seen = await this.open(acceptance.token);
    // A known address proves itself with its password, checked (and audited) like a login. Enterprise accounts
    // have no second factor, and staff addresses are refused below, so the password is the whole proof.
    const existing = (await this.users.findByEmail(seen.email))
      ? await this.users.verifyCredentials(seen.email, acceptance.password, actor)
      : null;
    if (existing && existing.role !== 'enterprise') throw InvitationErrors.staffAddress();
    const displayName = acceptance.displayName?.trim();
    if (!existing && !displayName) throw InvitationErrors.displayNameRequired();
    return this.transactions.run(async () => {
      const invitation = await this.open(acceptance.token, true);
      const user =
        existing ??
        (await this.users.createInvitedUser(
          {
            email: invitation.email,
            displayName: displayName as string,
            password: acceptance.password,
            language: acceptance.language ?? null,
          },
          'enterprise',
          invitation.invitedBy,
          actor,
        ));
      const as: Actor = { ...actor, userId: user.id, role: user.role };
      const added = await this.enterprises.addMember({
        enterpriseId: invitation.enterpriseId,
        userId: user.id,
        role: invitation.role,
        addedBy: invitation.invitedBy,
      });
      if (!added) throw EnterpriseErrors.alreadyMember();
      const answered = await this.invitations.respond(invitation.id, 'accepted', user.id);
      await this.auditLog.record(as, {
        action: 'enterprise.member-added',
        entityType: 'enterprise',
        entityId: invitation.enterpriseId,
        after: {
          userId: user.id,
          email: invitation.email,
          role: invitation.role,
          invitationId: invitation.id,
        },
      });
      await this.auditLog.record(as, {
        action: 'enterprise.invitation-accepted',
        entityType: 'enterprise',
        entityId: invitation.enterpriseId,
        after: {
          invitationId: answered.id,
          email: answered.email,
          role: answered.role,
          status: answered.status,
          expiresAt: answered.expiresAt.toISOString(),
          byLink: true,
        },
      });
      return existing ? this.users.markEmailVerified(existing, as) : user;
    });
  }

  private async open(token: string, lock = false): Promise<LinkedInvitation> {
    const hash = presentedTokenHash(token);
    const invitation = hash ? await this.invitations.findOpenByTokenHash(hash, lock) : null;
    if (!invitation) throw InvitationErrors.linkNotFound();
    return invitation;
  }
}
