import { Injectable } from '@nestjs/common';
import { Actor, Localized } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { CampaignState, isAtOrAfter, TransitionFacts, transitionProblems } from './campaign-lifecycle';
import { openingMoveFor, SCHEDULED_TRANSITIONS } from './campaign-schedule';
import { CampaignScheduler } from './campaign-scheduler';
import { CampaignView, scheduleOf } from './campaign-view';
import { CampaignViews } from './campaign-views';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';
import { MethodologyVersions } from './methodology-versions';

/** Announcing publishes the confirmed winners, so it goes through the awards announcement, never a bare move. */
export const ANNOUNCED_ONLY_WITH_RESULTS: Localized = {
  en: 'a campaign is announced through POST /campaigns/{id}/announcement (or at its announcement time), which publishes its confirmed winners',
  zh: '评选活动须通过 POST /campaigns/{id}/announcement（或在其公布时间）公布，公布时发布已确认的获奖者',
};

/** Moves through the lifecycle: by an organizer, at a scheduled time, or with the announcement. */
@Injectable()
export class CampaignTransitions {
  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignsRepository,
    private readonly views: CampaignViews,
    private readonly methodologies: MethodologyVersions,
    private readonly auditLog: AuditLogService,
    private readonly scheduler: CampaignScheduler,
  ) {}

  async transition(id: string, to: CampaignState, actor: Actor): Promise<CampaignView> {
    if (to === 'announced') throw CampaignErrors.transitionRefused([ANNOUNCED_ONLY_WITH_RESULTS]);
    const { before, after } = await this.transactions.run(async () => {
      const view = await this.views.locked(id);
      return { before: view, after: await this.apply(view, to, actor, 'manual') };
    });
    // The delayed job of a moved opening would find itself stale anyway; removing it keeps the queue honest.
    await this.scheduler.removeStaleJobs(id, scheduleOf(before.campaign), scheduleOf(after.campaign));
    return after;
  }

  async applyScheduled(
    id: string,
    to: CampaignState,
    scheduledFor: string,
    actor: Actor,
  ): Promise<'moved' | 'stale' | 'refused'> {
    return this.transactions.run(async () => {
      const campaign = await this.campaigns.findByIdForUpdate(id);
      if (!campaign) return 'stale';
      const entry = SCHEDULED_TRANSITIONS.find((t) => t.to === to);
      const current = entry ? campaign[entry.field] : null;
      if (!current || current.toISOString() !== scheduledFor || isAtOrAfter(campaign.state, to))
        return 'stale';
      const before = await this.views.read(id);
      try {
        await this.apply(before, to, actor, 'scheduled');
        return 'moved';
      } catch (error) {
        await this.auditLog.record(actor, {
          action: 'campaign.scheduled-transition-refused',
          entityType: 'campaign',
          entityId: id,
          after: { to, scheduledFor, reason: (error as Error).message },
        });
        return 'refused';
      }
    });
  }

  async announce(
    id: string,
    actor: Actor,
    how: 'manual' | 'scheduled',
    scheduledFor: string | null,
    publish: (view: CampaignView) => Promise<void>,
  ): Promise<'announced' | 'already-announced' | 'stale'> {
    return this.transactions.run(async () => {
      const before = await this.views.locked(id);
      const c = before.campaign;
      if (isAtOrAfter(c.state, 'announced')) return 'already-announced';
      if (how === 'scheduled' && c.announcementAt?.toISOString() !== scheduledFor) return 'stale';
      const problems = transitionProblems(await this.facts(before), 'announced');
      if (problems.length > 0) throw CampaignErrors.transitionRefused(problems);
      this.openingMove(before, 'announced');
      await publish(before);
      await this.apply(before, 'announced', actor, how);
      return 'announced';
    });
  }

  private async apply(before: CampaignView, to: CampaignState, actor: Actor, how: 'manual' | 'scheduled') {
    const c = before.campaign;
    const problems = transitionProblems(await this.facts(before), to);
    if (problems.length > 0) throw CampaignErrors.transitionRefused(problems);
    const move = this.openingMove(before, to);
    await this.campaigns.update(c.id, {
      state: to,
      stateChangedAt: () => 'now()',
      ...(to === 'survey' && { methodologyFrozenAt: () => 'now()' }),
      ...(to === 'registration' && { registrationOpenedAt: () => 'now()' }),
      ...(move && { [move.field]: move.to }),
    });
    const after = await this.views.read(c.id);
    await this.auditLog.record(actor, {
      action: 'campaign.transitioned',
      entityType: 'campaign',
      entityId: c.id,
      before: { state: c.state, ...(move && { schedule: { [move.field]: move.from.toISOString() } }) },
      after: { state: to, how, ...(move && { schedule: { [move.field]: move.to.toISOString() } }) },
    });
    return after;
  }

  /** The opening to move to now on entering `to`; a 409 naming the date to change when order forbids it. */
  private openingMove(view: CampaignView, to: CampaignState) {
    const move = openingMoveFor(scheduleOf(view.campaign), to, new Date());
    if (move?.kind !== 'blocked') return move;
    throw CampaignErrors.windowOrder({
      to,
      field: move.field,
      blockedBy: move.blockedBy,
      blockedAt: move.blockedAt.toISOString(),
      now: move.to.toISOString(),
    });
  }

  private async facts(view: CampaignView): Promise<TransitionFacts> {
    const c = view.campaign;
    return {
      state: c.state,
      categoryCount: view.categories.length,
      industryCount: view.industryCodes.length,
      methodologyVersion: c.methodologyVersion,
      methodologyKnown: (await this.methodologies.unknown(c.methodologyVersion)) === null,
    };
  }
}
