import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '@app/database';
import { ReferenceDataService } from '@app/reference-data';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor, FieldProblem, Page, PageRequest } from '@app/common';
import { AuditLogService } from '@app/identity';
import { SCHEDULE_CATCH_UP_MS } from '@app/queue';
import { AwardCategory, CategoryKind } from './award-category.entity';
import { Campaign } from './campaign.entity';
import {
  CampaignSection,
  CampaignState,
  isAtOrAfter,
  sectionFrozenProblem,
  TransitionFacts,
  transitionProblems,
} from './campaign-lifecycle';
import { CampaignScheduler } from './campaign-scheduler';
import {
  CampaignSchedule,
  SCHEDULE_FIELDS,
  scheduleProblems,
  SCHEDULED_TRANSITIONS,
  shiftScheduleByYears,
} from './campaign-schedule';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';

export interface CategoryInput {
  name: string;
  nameZh?: string | null;
  kind: CategoryKind;
  perIndustry: boolean;
  maxWinners: number;
  surveyWeight?: number | null;
  panelWeight?: number | null;
  minPanelBand?: string | null;
}

export interface RulesInput {
  minResponsesRanked?: number;
  minResponsesListed?: number;
  methodologyVersion?: string;
  jointWinnersOnTie?: boolean;
}

export interface CampaignInput {
  slug: string;
  name: string;
  year: number;
  descriptionEn?: string;
  descriptionZh?: string;
  timeZone: string;
  industryCodes: string[];
  categories: CategoryInput[];
  schedule?: Partial<CampaignSchedule>;
  rules?: RulesInput;
}

export type CampaignChanges = Partial<Omit<CampaignInput, 'categories'>>;

export interface CampaignView {
  campaign: Campaign;
  industryCodes: string[];
  categories: AwardCategory[];
}

/** Announcing publishes the confirmed winners, so it goes through the awards announcement, never a bare move. */
export const ANNOUNCED_ONLY_WITH_RESULTS =
  'a campaign is announced through POST /campaigns/{id}/announcement (or at its announcement time), which publishes its confirmed winners';

const NON_ORGANIZER_FIRST_STATE: CampaignState = 'registration';

export function scheduleOf(c: Pick<Campaign, (typeof SCHEDULE_FIELDS)[number]>): CampaignSchedule {
  return Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, c[f] ?? null])) as CampaignSchedule;
}

function auditSummary(v: CampaignView): Record<string, unknown> {
  const { campaign: c } = v;
  return {
    slug: c.slug,
    name: c.name,
    year: c.year,
    state: c.state,
    timeZone: c.timeZone,
    industries: v.industryCodes,
    categories: v.categories.map((k) => ({
      name: k.name,
      kind: k.kind,
      perIndustry: k.perIndustry,
      maxWinners: k.maxWinners,
    })),
    schedule: scheduleOf(c),
    rules: {
      minResponsesRanked: c.minResponsesRanked,
      minResponsesListed: c.minResponsesListed,
      methodologyVersion: c.methodologyVersion,
      jointWinnersOnTie: c.jointWinnersOnTie,
    },
  };
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsRepository,
    private readonly scheduler: CampaignScheduler,
    private readonly auditLog: AuditLogService,
  ) {}

  async create(input: CampaignInput, actor: Actor, clonedFrom: string | null = null): Promise<CampaignView> {
    const schedule = { ...scheduleOf({} as Campaign), ...input.schedule };
    await this.validate({ ...input, schedule }, input.categories);
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const campaign = await this.campaigns.insertIfSlugFree(
        {
          slug: input.slug,
          name: input.name,
          year: input.year,
          descriptionEn: input.descriptionEn ?? '',
          descriptionZh: input.descriptionZh ?? '',
          timeZone: input.timeZone,
          ...schedule,
          ...input.rules,
          clonedFrom,
          createdBy: actor.userId,
        },
        manager,
      );
      if (!campaign) throw CampaignErrors.slugTaken(input.slug);
      await this.campaigns.replaceIndustries(campaign.id, [...new Set(input.industryCodes)], manager);
      await this.campaigns.replaceCategories(campaign.id, input.categories.map(categoryRow), manager);
      const view = await this.view(campaign.id, manager);
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
    return this.view(id);
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
        const manager = this.transactions.manager;
        const before = await this.lockedView(id, manager);
        const c = before.campaign;
        const touched: CampaignSection[] = [];
        if (changes.slug !== undefined || changes.year !== undefined) touched.push('identity');
        if (
          changes.name !== undefined ||
          changes.descriptionEn !== undefined ||
          changes.descriptionZh !== undefined ||
          changes.timeZone !== undefined
        )
          touched.push('details');
        if (changes.industryCodes !== undefined) touched.push('industries');
        if (changes.schedule !== undefined) touched.push('schedule');
        if (changes.rules !== undefined) touched.push('rules');
        this.assertEditable(c.state, touched);

        const schedule = { ...scheduleOf(c), ...changes.schedule };
        await this.validate({ ...changes, schedule, rules: { ...rulesOf(c), ...changes.rules } }, null);
        if (changes.slug && (await this.campaigns.slugUsedByOther(changes.slug, id, manager)))
          throw CampaignErrors.slugTaken(changes.slug);

        const columns: QueryDeepPartialEntity<Campaign> = {
          ...pick(changes, ['slug', 'year', 'name', 'descriptionEn', 'descriptionZh', 'timeZone']),
          ...(changes.schedule && schedule),
          ...changes.rules,
        };
        await this.campaigns.update(id, columns, manager);
        if (changes.industryCodes)
          await this.campaigns.replaceIndustries(id, [...new Set(changes.industryCodes)], manager);
        const after = await this.view(id, manager);
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
    await this.validate({}, categories);
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const before = await this.lockedView(id, manager);
      this.assertEditable(before.campaign.state, ['categories']);
      await this.campaigns.replaceCategories(id, categories.map(categoryRow), manager);
      const after = await this.view(id, manager);
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
  async transition(id: string, to: CampaignState, actor: Actor): Promise<CampaignView> {
    if (to === 'announced') throw CampaignErrors.transitionRefused([ANNOUNCED_ONLY_WITH_RESULTS]);
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const before = await this.lockedView(id, manager);
      return this.applyTransition(before, to, actor, manager, 'manual');
    });
  }

  /**
   * Called by the worker when a scheduled time comes. Does nothing when the schedule has changed since the
   * job was made, or the campaign is already there; records a refused move in the audit log instead of failing.
   */
  async applyScheduledTransition(
    id: string,
    to: CampaignState,
    scheduledFor: string,
    actor: Actor,
  ): Promise<'moved' | 'stale' | 'refused'> {
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const campaign = await this.campaigns.findByIdForUpdate(id, manager);
      if (!campaign) return 'stale';
      const entry = SCHEDULED_TRANSITIONS.find((t) => t.to === to);
      const current = entry ? campaign[entry.field] : null;
      if (!current || current.toISOString() !== scheduledFor || isAtOrAfter(campaign.state, to))
        return 'stale';
      const before = await this.view(id, manager);
      try {
        await this.applyTransition(before, to, actor, manager, 'scheduled');
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
  async announce(
    id: string,
    actor: Actor,
    how: 'manual' | 'scheduled',
    scheduledFor: string | null,
    publish: (view: CampaignView, manager: EntityManager) => Promise<void>,
  ): Promise<'announced' | 'already-announced' | 'stale'> {
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const before = await this.lockedView(id, manager);
      const c = before.campaign;
      if (isAtOrAfter(c.state, 'announced')) return 'already-announced';
      if (how === 'scheduled' && c.announcementAt?.toISOString() !== scheduledFor) return 'stale';
      const problems = transitionProblems(await this.transitionFacts(before), 'announced');
      if (problems.length > 0) throw CampaignErrors.transitionRefused(problems);
      await publish(before, manager);
      await this.applyTransition(before, 'announced', actor, manager, how);
      return 'announced';
    });
  }

  /** The campaign row locked until the transaction ends: award decisions and the announcement take turns on it. */
  async lockForDecision(id: string, manager: EntityManager): Promise<Campaign> {
    const campaign = await this.campaigns.findByIdForUpdate(id, manager);
    if (!campaign) throw CampaignErrors.notFound(id);
    return campaign;
  }

  /** Next year's campaign from this one: categories, industries, rules and the schedule a year later. */
  async clone(
    id: string,
    target: { slug: string; name?: string; year?: number },
    actor: Actor,
  ): Promise<CampaignView> {
    const source = await this.view(id);
    const c = source.campaign;
    const year = target.year ?? c.year + 1;
    return this.create(
      {
        slug: target.slug,
        name: target.name ?? c.name.replace(String(c.year), String(year)),
        year,
        descriptionEn: c.descriptionEn,
        descriptionZh: c.descriptionZh,
        timeZone: c.timeZone,
        industryCodes: source.industryCodes,
        categories: source.categories,
        schedule: shiftScheduleByYears(scheduleOf(c), year - c.year),
        rules: rulesOf(c),
      },
      actor,
      id,
    );
  }

  canSee(campaign: Campaign, viewer: Actor): boolean {
    return viewer.role === 'organizer' || isAtOrAfter(campaign.state, NON_ORGANIZER_FIRST_STATE);
  }

  private async applyTransition(
    before: CampaignView,
    to: CampaignState,
    actor: Actor,
    manager: EntityManager,
    how: 'manual' | 'scheduled',
  ) {
    const c = before.campaign;
    const problems = transitionProblems(await this.transitionFacts(before), to);
    if (problems.length > 0) throw CampaignErrors.transitionRefused(problems);
    await this.campaigns.update(
      c.id,
      {
        state: to,
        stateChangedAt: () => 'now()',
        ...(to === 'survey' && { methodologyFrozenAt: () => 'now()' }),
      },
      manager,
    );
    const after = await this.view(c.id, manager);
    await this.auditLog.record(actor, {
      action: 'campaign.transitioned',
      entityType: 'campaign',
      entityId: c.id,
      before: { state: c.state },
      after: { state: to, how },
    });
    return after;
  }

  private async transitionFacts(view: CampaignView): Promise<TransitionFacts> {
    const c = view.campaign;
    return {
      state: c.state,
      categoryCount: view.categories.length,
      industryCount: view.industryCodes.length,
      methodologyVersion: c.methodologyVersion,
      methodologyKnown: (await this.campaigns.unknownMethodologyVersion(c.methodologyVersion)) === null,
    };
  }

  private assertEditable(state: CampaignState, sections: CampaignSection[]): void {
    for (const section of sections) {
      const problem = sectionFrozenProblem(state, section);
      if (problem) throw CampaignErrors.frozen(problem);
    }
  }

  private async lockedView(id: string, manager: EntityManager): Promise<CampaignView> {
    const campaign = await this.campaigns.findByIdForUpdate(id, manager);
    if (!campaign) throw CampaignErrors.notFound(id);
    return this.view(id, manager);
  }

  private async view(id: string, manager?: EntityManager): Promise<CampaignView> {
    const campaign = await this.campaigns.findById(id, manager);
    if (!campaign) throw CampaignErrors.notFound(id);
    const [industryCodes, categories] = await Promise.all([
      this.campaigns.industryCodes(id, manager).then((codes) => this.reference.inIndustryOrder(codes)),
      this.campaigns.categories(id, manager),
    ]);
    return { campaign, industryCodes, categories };
  }

  /** Rules that need the database or span fields: unknown industries, schedule order, minimums, weights. */
  private async validate(input: Partial<CampaignInput>, categories: CategoryInput[] | null): Promise<void> {
    const problems: FieldProblem[] = [];
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone))
      problems.push({ field: 'timeZone', message: `unknown IANA time zone ${input.timeZone}` });
    if (input.industryCodes) {
      for (const code of await this.reference.unknownCodes('industries', input.industryCodes))
        problems.push({ field: 'industryCodes', message: `unknown industry ${code}` });
    }
    if (input.schedule)
      problems.push(
        ...scheduleProblems(input.schedule as CampaignSchedule).map((p) => ({
          ...p,
          field: `schedule.${p.field}`,
        })),
      );
    const rules = input.rules;
    const unknownVersion = await this.campaigns.unknownMethodologyVersion(rules?.methodologyVersion);
    if (unknownVersion !== null) {
      problems.push({
        field: 'rules.methodologyVersion',
        message: `unknown methodology version ${unknownVersion}`,
      });
    }
    if (
      rules?.minResponsesRanked !== undefined &&
      rules.minResponsesListed !== undefined &&
      rules.minResponsesRanked < rules.minResponsesListed
    ) {
      problems.push({
        field: 'rules.minResponsesRanked',
        message: 'minResponsesRanked must be at least minResponsesListed',
      });
    }
    (categories ?? []).forEach((k, i) => {
      if (k.kind === 'combined' && (k.surveyWeight ?? 0) + (k.panelWeight ?? 0) !== 100) {
        problems.push({
          field: `categories.${i}.surveyWeight`,
          message: 'surveyWeight and panelWeight of a combined category must sum to 100',
        });
      }
      if (k.kind !== 'combined' && (k.surveyWeight != null || k.panelWeight != null)) {
        problems.push({
          field: `categories.${i}.kind`,
          message: 'only combined categories carry survey and panel weights',
        });
      }
    });
    const names = (categories ?? []).map((k) => k.name.trim().toLowerCase());
    if (new Set(names).size !== names.length)
      problems.push({ field: 'categories', message: 'category names must be unique within a campaign' });
    if (problems.length > 0) throw CampaignErrors.invalid(problems);
  }
}

function rulesOf(c: Campaign): Required<RulesInput> {
  return {
    minResponsesRanked: c.minResponsesRanked,
    minResponsesListed: c.minResponsesListed,
    methodologyVersion: c.methodologyVersion,
    jointWinnersOnTie: c.jointWinnersOnTie,
  };
}

function categoryRow(k: CategoryInput) {
  return {
    name: k.name.trim(),
    nameZh: k.nameZh ?? null,
    kind: k.kind,
    perIndustry: k.perIndustry,
    maxWinners: k.maxWinners,
    surveyWeight: k.kind === 'combined' ? (k.surveyWeight ?? null) : null,
    panelWeight: k.kind === 'combined' ? (k.panelWeight ?? null) : null,
    minPanelBand: k.minPanelBand ?? null,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(
    keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]),
  ) as Partial<Pick<T, K>>;
}
