import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import type { Actor, Language } from '@app/common';
import { AuditLogService, UsersService } from '@app/identity';
import type { Enterprise } from '../enterprise.entity';
import { EnterpriseErrors } from '../enterprises.errors';
import { EnterprisesRepository } from '../enterprises.repository';
import { EnterprisesService } from '../enterprises.service';
import { EnterpriseInvitation, InvitationStatus } from './enterprise-invitation.entity';
import { effectiveInvitationStatus } from './invitation-status';
import { InvitationErrors } from './invitations.errors';
import { InvitationIssuer, invitationEntry } from './invitation-issuer';
import { InvitationsRepository, ReceivedInvitation } from './invitations.repository';

/** An invitation with the status its reader sees (expired computed from the database clock). */
export type InvitationView = Omit<EnterpriseInvitation, 'status' | 'tokenHash'> & {
  status: InvitationStatus;
};
export type ReceivedInvitationView = InvitationView & Pick<ReceivedInvitation, 'enterpriseName'>;

/**
 * Membership by consent. An enterprise admin invites an address (an organizer, an enterprise's first admin);
 * the invitee gets the `member-invitation` mail with a link, and only the person who opens it (or who signs in
 * with that address) can accept, and only then are they a member, or decline; the admin can revoke while it is
 * open. Inviting never looks the address up among accounts, so the admin's answer is the same for known and
 * unknown addresses, and an account registered later with that address finds the invitation waiting. Only the
 * SHA-256 of the link's token is stored. Everything is audited against the enterprise.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly invitations: InvitationsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly profiles: EnterprisesService,
    private readonly users: UsersService,
    private readonly auditLog: AuditLogService,
    private readonly issuer: InvitationIssuer,
  ) {}

  async invite(enterpriseId: string, email: string, actor: Actor): Promise<InvitationView> {
    await this.requireAdmin(enterpriseId, actor);
    const address = email.trim().toLowerCase();
    // The admin sees the member list already, so saying "already a member" reveals nothing new.
    const members = await this.profiles.members(enterpriseId);
    if (members.some((m) => m.email === address)) throw EnterpriseErrors.alreadyMember();
    const enterprise = (await this.enterprises.findById(enterpriseId)) as Enterprise;
    const [invitation] = await this.issuer.issue(
      [{ enterprise, email: address, role: 'member', language: null }],
      actor,
    );
    return { ...invitation, status: 'pending' };
  }

  /**
   * An organizer invites an enterprise's contact to become its admin: an enterprise an organizer created (a
   * bulk import's) has no member yet. Joins the caller's transaction, no password hashing.
   */
  async inviteContact(
    enterpriseId: string,
    contact: { email: string; language?: Language | null },
    actor: Actor,
  ): Promise<InvitationView> {
    const [invitation] = await this.inviteContacts([{ enterpriseId, ...contact }], actor);
    return invitation;
  }

  /**
   * The contacts of many enterprises at once (a bulk import's 600), in a few statements whatever their number;
   * in the order given, each enterprise once.
   */
  async inviteContacts(
    contacts: { enterpriseId: string; email: string; language?: Language | null }[],
    actor: Actor,
  ): Promise<InvitationView[]> {
    const enterprises = new Map(
      (await this.enterprises.findByIds(contacts.map((c) => c.enterpriseId))).map((e) => [e.id, e]),
    );
    const missing = contacts.find((c) => !enterprises.has(c.enterpriseId));
    if (missing) throw EnterpriseErrors.notFound(missing.enterpriseId);
    const issued = await this.issuer.issue(
      contacts.map((c) => ({
        enterprise: enterprises.get(c.enterpriseId) as Enterprise,
        email: c.email.trim().toLowerCase(),
        role: 'admin',
        language: c.language ?? null,
      })),
      actor,
    );
    return issued.map((i) => ({ ...i, status: 'pending' }));
  }

  async listForEnterprise(enterpriseId: string, actor: Actor): Promise<InvitationView[]> {
    await this.requireAdmin(enterpriseId, actor);
    const rows = await this.invitations.listForEnterprise(enterpriseId);
    const now = await this.invitations.now();
    return rows.map((i) => ({ ...i, status: effectiveInvitationStatus(i.status, i.expiresAt, now) }));
  }

  async revoke(enterpriseId: string, invitationId: string, actor: Actor): Promise<InvitationView> {
    await this.requireAdmin(enterpriseId, actor);
    return this.transactions.run(async () => {
      const invitation = await this.invitations.findForUpdate(invitationId);
      if (!invitation || invitation.enterpriseId !== enterpriseId)
        throw InvitationErrors.notFound(invitationId);
      // An expired invitation can still be revoked: it closes it for good, and nothing can accept it anyway.
      if (invitation.status !== 'pending') throw InvitationErrors.notPending(invitation.status);
      const revoked = await this.invitations.respond(invitationId, 'revoked', actor.userId as string);
      await this.audit(actor, 'enterprise.invitation-revoked', revoked);
      return revoked;
    });
  }

  /**
   * The open invitations to the signed-in user's address. Only a proven address sees them: anyone may register
   * with a contact's published address, and must not thereby take the admin invitation an import sent to it.
   */
  async received(actor: Actor): Promise<ReceivedInvitationView[]> {
    await this.users.requireVerifiedEmail(actor.userId as string);
    const user = await this.users.getUser(actor.userId as string);
    const rows = await this.invitations.listOpenForEmail(user.email);
    return rows.map((i) => ({ ...i, status: 'pending' }));
  }

  /** Makes the invitee a member; only the account with the invited address can. */
  accept(invitationId: string, actor: Actor): Promise<InvitationView> {
    return this.answer(invitationId, 'accepted', actor, async (invitation) => {
      const added = await this.enterprises.addMember({
        enterpriseId: invitation.enterpriseId,
        userId: actor.userId as string,
        role: invitation.role,
        addedBy: invitation.invitedBy,
      });
      if (!added) throw EnterpriseErrors.alreadyMember();
      await this.auditLog.record(actor, {
        action: 'enterprise.member-added',
        entityType: 'enterprise',
        entityId: invitation.enterpriseId,
        after: {
          userId: actor.userId,
          email: invitation.email,
          role: invitation.role,
          invitationId: invitation.id,
        },
      });
    });
  }

  decline(invitationId: string, actor: Actor): Promise<InvitationView> {
    return this.answer(invitationId, 'declined', actor);
  }

  private async answer(
    invitationId: string,
    answer: 'accepted' | 'declined',
    actor: Actor,
    // Runs in the answer's transaction: membership and the answer commit together.
    effect?: (invitation: EnterpriseInvitation) => Promise<void>,
  ): Promise<InvitationView> {
    // The invitation is to an address: an account that has not proven it holds the address cannot answer.
    await this.users.requireVerifiedEmail(actor.userId as string);
    const user = await this.users.getUser(actor.userId as string);
    return this.transactions.run(async () => {
      const invitation = await this.invitations.findForUpdate(invitationId);
      // Someone else's invitation does not exist for this caller: the same 404 as an unknown id.
      if (!invitation || invitation.email !== user.email) throw InvitationErrors.notFound(invitationId);
      const status = effectiveInvitationStatus(
        invitation.status,
        invitation.expiresAt,
        await this.invitations.now(),
      );
      if (status === 'expired') throw InvitationErrors.expired();
      if (status !== 'pending') throw InvitationErrors.notPending(status);
      await effect?.(invitation);
      const answered = await this.invitations.respond(invitationId, answer, user.id);
      await this.audit(actor, `enterprise.invitation-${answer}`, answered);
      return answered;
    });
  }

  private async requireAdmin(enterpriseId: string, actor: Actor): Promise<void> {
    const membership = await this.enterprises.membership(enterpriseId, actor.userId as string);
    if (!membership) throw EnterpriseErrors.notFound(enterpriseId);
    if (membership.role !== 'admin') throw EnterpriseErrors.notAdmin();
  }

  private audit(actor: Actor, action: string, i: EnterpriseInvitation): Promise<void> {
    return this.auditLog.record(actor, invitationEntry(action, i));
  }
}
