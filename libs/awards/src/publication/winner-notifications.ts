import { Injectable } from '@nestjs/common';
import type { Campaign } from '@app/campaigns';
import { CandidaciesService } from '@app/enterprises';
import { FeedbackService } from '@app/judging';
import { NotificationsService } from '@app/notifications';
import type { CertificateRow } from '../awards.repository';

/**
 * Tells every member of every approved candidate that the results are out, and the winners' members which
 * certificates they won. One notification per member and enterprise, whatever the retries: the dedupe key says so.
 */
@Injectable()
export class WinnerNotifications {
  constructor(
    private readonly candidacies: CandidaciesService,
    private readonly notifications: NotificationsService,
    private readonly feedback: FeedbackService,
  ) {}

  /** Returns how many members were addressed. */
  async announce(campaign: Pick<Campaign, 'id' | 'slug' | 'name'>, certificates: CertificateRow[]) {
    const c = campaign;
    const winnersByEnterprise = new Map<string, string[]>();
    for (const cert of certificates)
      winnersByEnterprise.set(cert.enterpriseId, [
        ...(winnersByEnterprise.get(cert.enterpriseId) ?? []),
        cert.code,
      ]);
    const members = await this.candidacies.membersOfApprovedCandidates(c.id);
    const withFeedback = new Set(await this.feedback.enterprisesWithFeedback(c.id));
    for (const m of members) {
      const codes = winnersByEnterprise.get(m.enterpriseId);
      await this.notifications.notify({
        recipientId: m.userId,
        kind: codes ? 'award-won' : 'results-announced',
        params: {
          enterpriseName: m.enterpriseName,
          ...(codes ? { certificates: codes.join(', ') } : {}),
        },
        link: { path: `/results/${c.slug}` },
        campaignId: c.id,
        dedupeKey: `announcement:${c.id}:${m.userId}:${m.enterpriseId}`,
      });
      if (withFeedback.has(m.enterpriseId))
        await this.notifications.notify({
          recipientId: m.userId,
          kind: 'feedback-available',
          params: { enterpriseName: m.enterpriseName },
          link: { path: `/campaigns/${c.id}/enterprises/${m.enterpriseId}/feedback` },
          campaignId: c.id,
          dedupeKey: `feedback-available:${c.id}:${m.userId}:${m.enterpriseId}`,
        });
    }
    return members.length;
  }
}
