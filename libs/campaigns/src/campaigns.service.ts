import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor, Page, PageRequest } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { SCHEDULE_CATCH_UP_MS } from '@app/queue';
import { CategoryKind } from './award-category.entity';
import { Campaign } from './campaign.entity';
import { CampaignSection, CampaignState, isAtOrAfter, sectionFrozenProblem } from './campaign-lifecycle';
import { CampaignScheduler } from './campaign-scheduler';
import { shiftScheduleByYears } from './campaign-schedule';
import { CampaignTransitions } from './campaign-transitions';
import { CampaignValidation } from './campaign-validation';
import {
  auditSummary,
  CampaignChanges,
  CampaignInput,
  CampaignMethodologyChoice,
  CampaignView,
  categoryRow,
  CategoryInput,
  pick,
  RankingRules,
  rulesOf,
  scheduleOf,
  SurveyWindow,
} from './campaign-view';
import { CampaignViews } from './campaign-views';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';

const NON_ORGANIZER_FIRST_STATE: CampaignState = 'registration';

@Injectable()
export class CampaignsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignsRepository,
    private readonly views: CampaignViews,
    private readonly validation: CampaignValidation,
    private readonly transitions: CampaignTransitions,
    private readonly scheduler: CampaignScheduler,
    private readonly auditLog: AuditLogService,
  ) {}

  async create(input: CampaignInput, actor: Actor, clonedFrom: string | null = null): Promise<CampaignView> {
    const schedule = { ...scheduleOf({} as Campaign), ...input.schedule };
    await this.validation.check({ ...input, schedule }, input.categories);
    return this.transactions.run(async () => {
      const campaign = await this.campaigns.insertIfSlugFree({
        slug: input.slug,
        name: input.name,
        nameZh: input.nameZh || null,
        year: input.year,
        descriptionEn: input.descriptionEn ?? '',
        descriptionZh: input.descriptionZh ?? '',
        timeZone: input.timeZone,
        language: input.language ?? 'zh',
        ...schedule,
        ...input.rules,
        judgesRequireTwoFactor: input.judgesRequireTwoFactor ?? false,
        clonedFrom,
        createdBy: actor.userId,
      });
      if (!campaign) throw CampaignErrors.slugTaken(input.slug);
      await this.campaigns.replaceIndustries(campaign.id, [...new Set(input.industryCodes)]);
      await this.campaigns.replaceCategories(campaign.id, input.categories.map(categoryRow));
      const view = await this.views.read(campaign.id);
      await this.auditLog.record(actor, {
        action: clonedFrom ? 'campaign.cloned' : 'campaign.created',
        entityType: 'campaign',
        entityId: campaign.id,
        after: auditSummary(view),
      });
      await this.scheduler.addJobs(campaign.id, schedule);
      return view;
    });
  }

  async get(id: string, viewer: Actor): Promise<CampaignView> {
    const campaign = await this.campaigns.findById(id);
    if (!campaign || !this.canSee(campaign, viewer)) throw CampaignErrors.notFound(id);
    return this.views.read(id);
  }

  /**
   * Not found unless the campaign exists and the viewer may see it: the check `get` makes, by one read of the
   * campaign's state, for callers that need no view (a rankings read does it on every request). `referenced`
   * says the caller has just read rows of its own that reference the campaign by foreign key, so it exists: a
   * viewer who sees every campaign in every state then needs no read at all.
   */
  async assertVisible(id: string, viewer: Actor, referenced = false): Promise<void> {
    if (referenced && this.seesEveryState(viewer)) return;
    const state = await this.campaigns.stateOf(id);
    if (state === null || !this.canSee({ state }, viewer)) throw CampaignErrors.notFound(id);
  }

  async list(
    filter: { year?: number; state?: CampaignState },
    page: PageRequest,
    viewer: Actor,
  ): Promise<Page<Campaign>> {
    const fromState = viewer.role === 'organizer' ? undefined : NON_ORGANIZER_FIRST_STATE;
    return this.campaigns.list({ ...filter, fromState }, page);
  }

  async update(id: string, changes: CampaignChanges, actor: Actor): Promise<CampaignView> {
    return this.transactions
      .run(async () => {
        const before = await this.views.locked(id);
        const c = before.campaign;
        const touched: CampaignSection[] = [];
        if (changes.slug !== undefined || changes.year !== undefined) touched.push('identity');
        if (
          changes.name !== undefined ||
          changes.nameZh !== undefined ||
          changes.descriptionEn !== undefined ||
          changes.descriptionZh !== undefined ||
          changes.timeZone !== undefined ||
          changes.judgesRequireTwoFactor !== undefined ||
          changes.language !== undefined
        )
          touched.push('details');
        if (changes.industryCodes !== undefined) touched.push('industries');
        if (changes.schedule !== undefined) touched.push('schedule');
        if (changes.rules !== undefined) touched.push('rules');
        this.assertEditable(c.state, touched);

        const schedule = { ...scheduleOf(c), ...changes.schedule };
        await this.validation.check(
          { ...changes, schedule, rules: { ...rulesOf(c), ...changes.rules } },
          null,
        );
        if (changes.slug && (await this.campaigns.slugUsedByOther(changes.slug, id)))
          throw CampaignErrors.slugTaken(changes.slug);

        const columns: QueryDeepPartialEntity<Campaign> = {
          ...pick(changes, [
            'slug',
            'year',
            'name',
            'nameZh',
            'descriptionEn',
            'descriptionZh',
            'timeZone',
            'judgesRequireTwoFactor',
            'language',
          ]),
          ...(changes.schedule && schedule),
          ...changes.rules,
          // An emptied Chinese name is no name: readers then see the one there is.
          ...(changes.nameZh !== undefined && { nameZh: changes.nameZh || null }),
        };
        await this.campaigns.update(id, columns);
        if (changes.industryCodes)
          await this.campaigns.replaceIndustries(id, [...new Set(changes.industryCodes)]);
        const after = await this.views.read(id);
        await this.auditLog.record(actor, {
          action: 'campaign.updated',
          entityType: 'campaign',
          entityId: id,
          before: auditSummary(before),
          after: auditSummary(after),
        });
        if (changes.schedule) await this.scheduler.addJobs(id, schedule);
        return { before, after };
      })
      .then(async ({ before, after }) => {
        await this.scheduler.removeStaleJobs(id, scheduleOf(before.campaign), scheduleOf(after.campaign));
        return after;
      });
  }

  async replaceCategories(id: string, categories: CategoryInput[], actor: Actor): Promise<CampaignView> {
    await this.validation.check({}, categories);
    return this.transactions.run(async () => {
      const before = await this.views.locked(id);
      this.assertEditable(before.campaign.state, ['categories']);
      await this.campaigns.replaceCategories(id, categories.map(categoryRow));
      const after = await this.views.read(id);
      await this.auditLog.record(actor, {
        action: 'campaign.categories-replaced',
        entityType: 'campaign',
        entityId: id,
        before: auditSummary(before),
        after: auditSummary(after),
      });
      return after;
    });
  }

  /** An organizer's explicit move to the next state; 409 with the reasons when a precondition fails. */
  transition(id: string, to: CampaignState, actor: Actor): Promise<CampaignView> {
    return this.transitions.transition(id, to, actor);
  }

  /**
   * Called by the worker when a scheduled time comes. Does nothing when the schedule has changed since the
   * job was made, or the campaign is already there; records a refused move in the audit log instead of failing.
   */
  applyScheduledTransition(
    id: string,
    to: CampaignState,
    scheduledFor: string,
    actor: Actor,
  ): Promise<'moved' | 'stale' | 'refused'> {
    return this.transitions.applyScheduled(id, to, scheduledFor, actor);
  }

  /**
   * Makes again the delayed jobs of every schedule still to come, for a Redis that restarted empty (the worker
   * calls this at start and periodically). Jobs Redis still holds are left alone, and a job that fires for a
   * transition already made does nothing, so this never moves a campaign twice.
   */
  async reconcileScheduledTransitions(now = new Date()): Promise<number> {
    const campaigns = await this.campaigns.withScheduledTransitionsSince(
      new Date(now.getTime() - SCHEDULE_CATCH_UP_MS),
    );
    return this.scheduler.reconcile(
      campaigns.map((c) => ({ id: c.id, state: c.state, schedule: scheduleOf(c) })),
      now,
    );
  }

  /**
   * Moves a deciding campaign to `announced` in one transaction with `publish`, which writes what the public
   * will see: either both happen or neither. The campaign row stays locked meanwhile, so two announcements
   * (a scheduled job and an organizer, or a retried job) take turns and the second finds it done.
   * A scheduled announcement whose time is no longer the campaign's announcement time does nothing.
   */
  announce(
    id: string,
    actor: Actor,
    how: 'manual' | 'scheduled',
    scheduledFor: string | null,
    publish: (view: CampaignView) => Promise<void>,
  ): Promise<'announced' | 'already-announced' | 'stale'> {
    return this.transitions.announce(id, actor, how, scheduledFor, publish);
  }

  /**
   * The campaign row locked until the ambient transaction ends: award decisions and the announcement take
   * turns on it.
   */
  async lockForDecision(id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findByIdForUpdate(id);
    if (!campaign) throw CampaignErrors.notFound(id);
    return campaign;
  }

  /** Next year's campaign from this one: categories, industries, rules and the schedule a year later. */
  async clone(
    id: string,
    target: { slug: string; name?: string; year?: number },
    actor: Actor,
  ): Promise<CampaignView> {
    const source = await this.views.read(id);
    const c = source.campaign;
    const year = target.year ?? c.year + 1;
    return this.create(
      {
        slug: target.slug,
        name: target.name ?? c.name.replace(String(c.year), String(year)),
        nameZh: c.nameZh?.replace(String(c.year), String(year)) ?? null,
        year,
        descriptionEn: c.descriptionEn,
        descriptionZh: c.descriptionZh,
        timeZone: c.timeZone,
        language: c.language,
        industryCodes: source.industryCodes,
        categories: source.categories,
        schedule: shiftScheduleByYears(scheduleOf(c), year - c.year),
        rules: rulesOf(c),
        judgesRequireTwoFactor: c.judgesRequireTwoFactor,
      },
      actor,
      id,
    );
  }

  canSee(campaign: Pick<Campaign, 'state'>, viewer: Actor): boolean {
    return this.seesEveryState(viewer) || isAtOrAfter(campaign.state, NON_ORGANIZER_FIRST_STATE);
  }

  private seesEveryState(viewer: Actor): boolean {
    return viewer.role === 'organizer';
  }

  /** Not found for an unknown campaign; read in the ambient transaction, like every read below. */
  async rankingRules(id: string): Promise<RankingRules> {
    const c = await this.campaigns.findById(id);
    if (!c) throw CampaignErrors.notFound(id);
    return {
      minResponsesRanked: c.minResponsesRanked,
      minResponsesListed: c.minResponsesListed,
      jointWinnersOnTie: c.jointWinnersOnTie,
    };
  }

  /** Open at both ends for an unknown campaign. */
  async surveyWindow(id: string): Promise<SurveyWindow> {
    const c = await this.campaigns.findById(id);
    return { opensAt: c?.surveyOpensAt ?? null, closesAt: c?.surveyClosesAt ?? null };
  }

  /**
   * The campaign's methodology version and state; with `lock`, the row is share-locked until the ambient
   * transaction ends, so the move to survey (which freezes the instrument) waits for the caller.
   */
  async methodologyChoice(id: string, lock = false): Promise<CampaignMethodologyChoice> {
    const row = await this.campaigns.methodologyChoice(id, lock);
    if (!row) throw CampaignErrors.notFound(id);
    return { campaignId: row.id, state: row.state, methodologyVersion: row.methodology_version };
  }

  /** Ids of the campaign's categories of these kinds, in the campaign's order. */
  categoryIdsOfKinds(id: string, kinds: readonly CategoryKind[]): Promise<string[]> {
    return this.campaigns.categoryIdsOfKinds(id, kinds);
  }

  private assertEditable(state: CampaignState, sections: CampaignSection[]): void {
    for (const section of sections) {
      const problem = sectionFrozenProblem(state, section);
      if (problem) throw CampaignErrors.frozen(problem);
    }
  }
}
