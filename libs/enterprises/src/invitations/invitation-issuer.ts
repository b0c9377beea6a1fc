import { Injectable } from '@nestjs/common';
import type { Actor, Language } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService, AuditRecord, newLinkToken, UsersService } from '@app/identity';
import { MailService, OutgoingMail } from '@app/mail';
import type { Enterprise } from '../enterprise.entity';
import type { MemberRole } from '../enterprise-member.entity';
import { EnterpriseInvitation } from './enterprise-invitation.entity';
import { invitationExpiry } from './invitation-status';
import { InvitationsRepository } from './invitations.repository';

/** One address to invite into one enterprise. Within a call, each enterprise and address pair appears once. */
export interface InvitationRequest {
  enterprise: Pick<Enterprise, 'id' | 'legalName' | 'legalNameZh'>;
  email: string;
  role: MemberRole;
  language: Language | null;
}

/** The enterprise's name in the reader's language. */
export function enterpriseNameIn(e: { legalName: string; legalNameZh: string | null }, language: Language) {
  return language === 'zh' && e.legalNameZh ? e.legalNameZh : e.legalName;
}

/**
 * Records invitations with fresh links and mails the links, any number at once: an admin's one invitation and
 * a bulk import's 600 take the same few statements (the inviter read, one insert of the invitations, one of
 * their mail, one of their audit entries), so an import stays set-based. Only each token's hash is kept.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    private readonly transactions: Transactions,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersService,
    private readonly auditLog: AuditLogService,
    private readonly mail: MailService,
  ) {}

  /** The invitations, in the order of the requests, each pending. */
  issue(requests: InvitationRequest[], actor: Actor): Promise<EnterpriseInvitation[]> {
    if (requests.length === 0) return Promise.resolve([]);
    return this.transactions.run(async () => {
      const inviter = await this.users.getUser(actor.userId as string);
      const expiresAt = invitationExpiry(await this.invitations.now());
      const links = requests.map(() => newLinkToken());
      const stored = await this.invitations.upsertPendingMany(
        requests.map((r, i) => ({
          enterpriseId: r.enterprise.id,
          email: r.email,
          role: r.role,
          tokenHash: links[i].hash,
          invitedBy: inviter.id,
          expiresAt,
        })),
      );
      const mails: OutgoingMail[] = requests.map((r, i) => {
        const language = r.language ?? inviter.language ?? 'zh';
        return {
          to: r.email,
          template: 'member-invitation',
          language,
          params: {
            enterpriseName: enterpriseNameIn(r.enterprise, language),
            inviterName: inviter.displayName,
            link: this.mail.link('/account/enterprise-invitation', { token: links[i].token }),
            expiresAt: stored[i].invitation.expiresAt.toISOString(),
          },
          idempotencyKey: `member-invitation:${links[i].hash}`,
        };
      });
      await this.mail.sendMany(mails);
      await this.auditLog.recordMany(
        actor,
        stored.map(({ invitation, renewed }, i) =>
          invitationEntry(auditAction(requests[i].role, renewed), invitation),
        ),
      );
      return stored.map((s) => s.invitation);
    });
  }
}

function auditAction(role: MemberRole, renewed: boolean): string {
  if (role === 'admin') return 'enterprise.contact-invited';
  return renewed ? 'enterprise.invitation-renewed' : 'enterprise.invited';
}

/** What the audit log keeps of an invitation: never its token. */
export function invitationEntry(action: string, i: EnterpriseInvitation): AuditRecord {
  return {
    action,
    entityType: 'enterprise',
    entityId: i.enterpriseId,
    after: {
      invitationId: i.id,
      email: i.email,
      role: i.role,
      status: i.status,
      expiresAt: i.expiresAt.toISOString(),
    },
  };
}
