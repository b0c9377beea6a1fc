import { Injectable } from '@nestjs/common';
import type { MailTemplate } from '@app/mail';
import { NotificationsService } from '@app/notifications';
import type { Enterprise } from './enterprise.entity';
import { EnterprisesRepository } from './enterprises.repository';

export interface EnterpriseNotice {
  kind: MailTemplate;
  params?: Record<string, string>;
  link: { path: string; query?: Record<string, string> };
  campaignId?: string;
  /** Names the decision: with the member's id, the notification's dedupe key. */
  occasion: string;
}

/**
 * Tells every member of an enterprise about a decision on it (its verification, a change of identity, a
 * candidacy), in the transaction that made the decision. A rejection's reason is shown as the reviewer wrote it.
 */
@Injectable()
export class EnterpriseNotices {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async toMembers(
    enterprise: Pick<Enterprise, 'id' | 'legalName' | 'legalNameZh'>,
    notice: EnterpriseNotice,
  ) {
    for (const member of await this.enterprises.listMembers(enterprise.id)) {
      await this.notifications.notify({
        recipientId: member.userId,
        kind: notice.kind,
        params: {
          enterpriseName: enterprise.legalName,
          ...(enterprise.legalNameZh ? { enterpriseNameZh: enterprise.legalNameZh } : {}),
          ...notice.params,
        },
        link: notice.link,
        campaignId: notice.campaignId ?? null,
        dedupeKey: `${notice.occasion}:${member.userId}`,
      });
    }
  }
}

/** A rejection always has a reason (the API requires one); a blank one still reads as something. */
export function reasonOf(reason: string | null): string {
  return reason?.trim() || '-';
}
