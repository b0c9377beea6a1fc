import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { Actor, Language, Page, PageRequest } from '@app/common';
import { MailService } from '@app/mail';
import { AuditLogRepository } from '../audit-log.repository';
import { newLinkToken, presentedTokenHash } from '../link-tokens';
import type { User } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { UsersService } from '../users.service';
import { StaffInvitationErrors } from './staff-invitations.errors';
import {
  StaffInvitation,
  StaffInvitationsRepository,
  StaffInvitationStatus,
  StaffRole,
} from './staff-invitations.repository';

/** How long a staff invitation can be accepted. */
export const STAFF_INVITATION_TTL_DAYS = 7;

export interface StaffInvitationRequest {
  email: string;
  role: StaffRole;
  /** A suggestion the invitee sees and may change. */
  displayName?: string | null;
  /** The language of the mail and, once accepted, of the account. */
  language?: Language | null;
}

/** What the invitation page shows to whoever holds the link. */
export interface StaffInvitationPreview {
  email: string;
  role: StaffRole;
  displayName: string | null;
  inviterName: string;
  expiresAt: Date;
}

export interface StaffInvitationAcceptance {
  token: string;
  displayName: string;
  password: string;
  language?: Language | null;
}

/**
 * Judges and organizers join by invitation: an organizer names an address and a role, the invitee gets a link
 * (single use, 7 days, revocable) and sets their own name and password, which creates the account with that
 * role and proves the address. Only the SHA-256 of the link's token is stored. Everything is audited.
 */
@Injectable()
export class StaffInvitationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly invitations: StaffInvitationsRepository,
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly mail: MailService,
    private readonly auditLog: AuditLogRepository,
  ) {}

  /**
   * Invites an address that has no account. Joins the caller's transaction (a bulk import's): one insert, one
   * recorded mail, one audit entry, and no password hashing. 409 when the address has an account or an open
   * invitation; an expired one is replaced.
   */
  async invite(request: StaffInvitationRequest, actor: Actor): Promise<StaffInvitation> {
    const email = request.email.trim().toLowerCase();
    return this.transactions.run(async () => {
      if (await this.users.findByEmail(email)) throw StaffInvitationErrors.inviteeHasAccount(email);
      const inviter = actor.userId ? await this.users.findById(actor.userId) : null;
      const { token, hash } = newLinkToken();
      const invitation = await this.invitations.insertUnlessPending({
        email,
        role: request.role,
        displayName: request.displayName?.trim() || null,
        language: request.language ?? null,
        tokenHash: hash,
        invitedBy: actor.userId,
        ttlDays: STAFF_INVITATION_TTL_DAYS,
      });
      if (!invitation) throw StaffInvitationErrors.alreadyInvited(email);
      await this.mail.send({
        to: email,
        template: 'staff-invitation',
        language: request.language ?? inviter?.language ?? 'zh',
        params: {
          inviterName: inviter?.displayName ?? 'Care Awards',
          role: request.role,
          link: this.mail.link('/account/invitation', { token }),
          expiresAt: invitation.expiresAt.toISOString(),
        },
        idempotencyKey: `staff-invitation:${hash}`,
      });
      await this.audit(actor, 'staff.invited', invitation);
      return invitation;
    });
  }

  /** Of these addresses, those with a live invitation, and the role it offers (a bulk import checks first). */
  liveInvitationRoles(emails: string[]): Promise<Map<string, StaffRole>> {
    return this.invitations.liveRolesOf(emails.map((e) => e.trim().toLowerCase()));
  }

  list(state: StaffInvitationStatus | undefined, page: PageRequest): Promise<Page<StaffInvitation>> {
    return this.invitations.list(state, page);
  }

  async revoke(id: string, actor: Actor): Promise<StaffInvitation> {
    return this.transactions.run(async () => {
      const invitation = await this.invitations.findByIdForUpdate(id);
      if (!invitation) throw StaffInvitationErrors.notFound(id);
      // An expired invitation can still be revoked: it closes it for good.
      if (invitation.status !== 'pending' && invitation.status !== 'expired')
        throw StaffInvitationErrors.notPending(invitation.status);
      await this.invitations.markRevoked(id);
      const revoked = (await this.invitations.findById(id)) as StaffInvitation;
      await this.audit(actor, 'staff.invitation-revoked', revoked);
      return revoked;
    });
  }

  /** What the link opens; the same 404 whether the token is unknown, used, revoked or expired. */
  async preview(token: string): Promise<StaffInvitationPreview> {
    const hash = presentedTokenHash(token);
    const invitation = hash ? await this.invitations.findByTokenHash(hash) : null;
    if (invitation?.status !== 'pending') throw StaffInvitationErrors.linkNotFound();
    const inviter = invitation.invitedBy ? await this.users.findById(invitation.invitedBy) : null;
    return {
      email: invitation.email,
      role: invitation.role,
      displayName: invitation.displayName,
      inviterName: inviter?.displayName ?? 'Care Awards',
      expiresAt: invitation.expiresAt,
    };
  }

  /** Creates the invitee's account with the invited role; the invitation is used up in the same transaction. */
  async accept(acceptance: StaffInvitationAcceptance, actor: Actor): Promise<User> {
    const hash = presentedTokenHash(acceptance.token);
    if (!hash) throw StaffInvitationErrors.linkNotFound();
    return this.transactions.run(async () => {
      const invitation = await this.invitations.findByTokenHashForUpdate(hash);
      if (invitation?.status !== 'pending') throw StaffInvitationErrors.linkNotFound();
      const user = await this.accounts.createInvitedUser(
        {
          email: invitation.email,
          displayName: acceptance.displayName,
          password: acceptance.password,
          language: acceptance.language ?? invitation.language,
        },
        invitation.role,
        invitation.invitedBy,
        actor,
      );
      await this.invitations.markAccepted(invitation.id, user.id);
      await this.audit(
        { ...actor, userId: user.id, role: user.role },
        'staff.invitation-accepted',
        (await this.invitations.findById(invitation.id)) as StaffInvitation,
      );
      return user;
    });
  }

  private audit(actor: Actor, action: string, i: StaffInvitation): Promise<void> {
    return this.auditLog.append(actor, {
      action,
      entityType: 'staff-invitation',
      entityId: i.id,
      after: {
        email: i.email,
        role: i.role,
        status: i.status,
        expiresAt: new Date(i.expiresAt).toISOString(),
        ...(i.acceptedUserId && { userId: i.acceptedUserId }),
      },
    });
  }
}
