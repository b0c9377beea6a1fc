import { Injectable } from '@nestjs/common';
import type { Language } from '@app/common';
import { CampaignFactsService } from '@app/campaigns';
import { UsersService } from '@app/identity';
import { MailService, MailTemplate } from '@app/mail';
import { NotificationsRepository, StoredNotification } from './notifications.repository';

/** Something to tell one person. The same `dedupeKey` is one notification: a retried job does not send twice. */
export interface NewNotification {
  recipientId: string;
  /** The template of its email and its inbox text (see MAIL_TEMPLATES for each one's params). */
  kind: MailTemplate;
  /**
   * The template's params but `displayName`, `campaignName` and `link`, which are filled in here. A param
   * `nameZh` (an enterprise's Chinese legal name, say) stands in for `name` when the reader reads Chinese.
   */
  params: Record<string, string>;
  /** Where the message leads, a path of the platform; the `link` param is its absolute URL. */
  link: { path: string; query?: Record<string, string> };
  /** The campaign it is about: names it, and gives the language of a reader who has not chosen one. */
  campaignId?: string | null;
  roundId?: string | null;
  dedupeKey: string;
}

/**
 * The notifications people receive (assignments, reminders, decisions, results). Each is stored for the
 * recipient's inbox and sent by email, rendered in their language: theirs, else the campaign's, else Chinese.
 * Written in the caller's ambient transaction, so a notification exists exactly when the change it announces
 * committed, and its email leaves only then.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersService,
    private readonly campaigns: CampaignFactsService,
    private readonly mail: MailService,
  ) {}

  /** True when this call recorded it; false when one with the same dedupe key already was. */
  async notify(n: NewNotification): Promise<boolean> {
    const contact = (await this.users.contactsOf([n.recipientId])).get(n.recipientId);
    if (!contact) throw new Error(`No user ${n.recipientId} to notify`);
    const campaign = n.campaignId ? await this.campaigns.messaging(n.campaignId) : null;
    const language: Language = contact.language ?? campaign?.language ?? 'zh';
    const params = inLanguage(
      {
        displayName: contact.displayName,
        ...(campaign ? { campaignName: campaign.name } : {}),
        ...n.params,
        link: this.mail.link(n.link.path, n.link.query),
      },
      language,
    );
    const rendered = this.mail.render(n.kind, language, params);
    const created = await this.notifications.insertOnce({
      recipientId: n.recipientId,
      kind: n.kind,
      subject: rendered.subject.slice(0, 300),
      body: rendered.text,
      params,
      language,
      roundId: n.roundId ?? null,
      dedupeKey: n.dedupeKey,
    });
    if (!created) return false;
    await this.mail.send({
      to: contact.email,
      recipientId: n.recipientId,
      template: n.kind,
      language,
      params,
      idempotencyKey: `notification:${n.dedupeKey}`,
    });
    return true;
  }

  /** The most recent 200, newest first. */
  inboxOf(recipientId: string): Promise<StoredNotification[]> {
    return this.notifications.latestOf(recipientId, 200);
  }
}

/** The params for a reader of `language`: each `xZh` replaces `x` for Chinese readers, and is dropped. */
export function inLanguage(params: Record<string, string>, language: Language): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('Zh')) continue;
    const zh = params[`${name}Zh`];
    result[name] = language === 'zh' && zh ? zh : value;
  }
  return result;
}
