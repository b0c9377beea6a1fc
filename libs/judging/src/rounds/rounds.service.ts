import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@app/common';
import { sha256OfCanonicalJson, Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { SCHEDULE_CATCH_UP_MS } from '@app/queue';
import { conflictKey } from './judge-assignment';
import { JudgesService } from './judges.service';
import { JudgingErrors } from './judging.errors';
import { RoundResultsService, RoundResultsView } from './round-results.service';
import {
  DEFAULT_VISIBILITY,
  entrantsEditable,
  isSelfAssessment,
  RoundFacts,
  RoundVisibility,
  roundSettingsProblems,
  RoundState,
  roundTransitionProblems,
} from './round-rules';
import { entrantsBeyondBound } from './round-bounds';
import { RoundScheduler } from './round-scheduler';
import { JudgingRound, RoundColumns, RoundEntrant, RoundsRepository } from './rounds.repository';
import { RubricsRepository } from './rubrics.repository';
import { DEFAULT_TIE_BREAK } from './tie-break';

/** Round settings as an organizer sends them: visibility may name only the flags it changes. */
export type RoundChanges = Partial<Omit<RoundColumns, 'visibility'>> & {
  visibility?: Partial<RoundVisibility>;
};

export type NewRound = RoundChanges &
  Pick<RoundColumns, 'name' | 'stageType' | 'rubricId' | 'rubricVersion'> & { categoryId: string };

/** What an organizer may still change while a round is open: its name, deadline and reminder lead. */
const OPEN_ROUND_FIELDS: (keyof RoundColumns)[] = ['name', 'closesAt', 'reminderHoursBeforeClose'];

/** Campaign states in which rounds may be prepared, and in which they may open. */
const PREPARING_STATES = ['registration', 'survey', 'judging', 'deciding'];
const JUDGING_STATES = ['judging'];
const SELF_ASSESSMENT_STATES = ['survey', 'judging'];

const windowOf = (r: Pick<JudgingRound, 'opensAt' | 'closesAt' | 'reminderHoursBeforeClose'>) => ({
  opensAt: r.opensAt,
  closesAt: r.closesAt,
  reminderHoursBeforeClose: r.reminderHoursBeforeClose,
});

@Injectable()
export class RoundsService {
  constructor(
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly rubrics: RubricsRepository,
    private readonly results: RoundResultsService,
    private readonly scheduler: RoundScheduler,
    private readonly judges: JudgesService,
    private readonly auditLog: AuditLogService,
  ) {}

  async get(roundId: string, manager?: EntityManager): Promise<JudgingRound> {
    const round = await this.rounds.find(roundId, manager);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    return round;
  }

  async list(campaignId: string): Promise<JudgingRound[]> {
    if (!(await this.rounds.campaign(campaignId))) throw JudgingErrors.campaignNotFound(campaignId);
    return this.rounds.listForCampaign(campaignId);
  }

  async create(campaignId: string, input: NewRound, actor: Actor): Promise<JudgingRound> {
    const campaign = await this.rounds.campaign(campaignId);
    if (!campaign) throw JudgingErrors.campaignNotFound(campaignId);
    if (!PREPARING_STATES.includes(campaign.state)) {
      throw JudgingErrors.refused(
        'CAMPAIGN_STATE_REFUSED',
        `Rounds are prepared from registration until deciding; the campaign is ${campaign.state}`,
      );
    }
    const category = await this.rounds.category(input.categoryId);
    if (!category || category.campaignId !== campaignId) {
      throw JudgingErrors.invalid([{ field: 'categoryId', message: 'not a category of this campaign' }]);
    }
    if (category.kind === 'survey-benchmark') {
      throw JudgingErrors.invalid([
        {
          field: 'categoryId',
          message: 'a survey-benchmark category is decided by the survey, not by rounds',
        },
      ]);
    }
    const columns: RoundColumns = {
      name: input.name,
      stageType: input.stageType,
      rubricId: input.rubricId,
      rubricVersion: input.rubricVersion,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      judgesPerEntrant: input.judgesPerEntrant ?? (isSelfAssessment(input.stageType) ? 1 : 3),
      aggregationMethod: input.aggregationMethod ?? 'mean',
      disagreementThreshold: input.disagreementThreshold ?? 15,
      advancementRule: input.advancementRule ?? null,
      tieBreak: input.tieBreak ?? DEFAULT_TIE_BREAK,
      selfAssessmentWeight: input.selfAssessmentWeight ?? 0,
      onlySurveyEligible: input.onlySurveyEligible ?? false,
      visibility: { ...DEFAULT_VISIBILITY, ...input.visibility },
      reminderHoursBeforeClose: input.reminderHoursBeforeClose ?? 48,
    };
    await this.checkSettings(columns);
    const round = await this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const created = await this.rounds.insertRound(campaignId, category.id, columns, actor.userId, manager);
      const entrants = await this.initialEntrants(created, manager);
      this.checkEntrantBound(entrants.list.length);
      await this.rounds.insertEntrants(
        created.id,
        entrants.list,
        entrants.source,
        null,
        actor.userId,
        manager,
      );
      await this.auditLog.record(actor, {
        action: 'round.created',
        entityType: 'judging-round',
        entityId: created.id,
        after: {
          ...columns,
          campaignId,
          categoryId: category.id,
          position: created.position,
          entrants: entrants.list.length,
        },
      });
      await this.scheduler.addJobs(created.id, windowOf(created));
      return created;
    });
    return round;
  }

  async update(roundId: string, changes: RoundChanges, actor: Actor): Promise<JudgingRound> {
    const before = await this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const round = await this.rounds.lock(roundId, manager, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      const fields = Object.keys(changes) as (keyof RoundColumns)[];
      if (round.state !== 'draft') {
        const frozen = round.state === 'open' ? fields.filter((f) => !OPEN_ROUND_FIELDS.includes(f)) : fields;
        if (frozen.length > 0) {
          throw JudgingErrors.refused(
            'ROUND_FROZEN',
            `A ${round.state} round cannot change ${frozen.join(', ')}`,
            frozen.map((field) => ({ field, message: `frozen once the round is ${round.state}` })),
          );
        }
      }
      const merged: JudgingRound = {
        ...round,
        ...changes,
        visibility: { ...round.visibility, ...changes.visibility },
      };
      await this.checkSettings(merged);
      await this.rounds.updateRound(roundId, { ...changes, visibility: merged.visibility }, manager);
      await this.auditLog.record(actor, {
        action: 'round.updated',
        entityType: 'judging-round',
        entityId: roundId,
        before: Object.fromEntries(fields.map((f) => [f, round[f]])),
        after: changes,
      });
      await this.scheduler.addJobs(roundId, windowOf(merged));
      return round;
    });
    const after = await this.get(roundId);
    await this.scheduler.removeStaleJobs(roundId, windowOf(before), windowOf(after));
    return after;
  }

  /**
   * Moves the round one step on. Closing with sheets missing needs `force` and a reason; finalising stores the
   * results (with their checksum) and puts the advancing entrants into the category's next round.
   */
  async transition(
    roundId: string,
    to: RoundState,
    options: { force?: boolean; reason?: string | null },
    actor: Actor,
  ): Promise<JudgingRound> {
    if (options.force && !options.reason?.trim()) {
      throw JudgingErrors.invalid([{ field: 'reason', message: 'a forced close needs a reason' }]);
    }
    await this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const round = await this.rounds.lock(roundId, manager, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      const problems = roundTransitionProblems(await this.facts(round, manager), to, !!options.force);
      if (problems.length > 0) throw JudgingErrors.stateRefused(`The round cannot move to ${to}`, problems);
      let after: Record<string, unknown> = { state: to };
      if (to === 'closed') {
        const forced = options.force ? (options.reason ?? '').trim() : null;
        await this.rounds.setState(roundId, to, forced, manager);
        after = { ...after, forced: !!forced, reason: forced };
      } else if (to === 'finalised') {
        after = { ...after, ...(await this.finalise(round, actor, manager)) };
      } else {
        await this.rounds.setState(roundId, to, null, manager);
      }
      await this.auditLog.record(actor, {
        action: `round.${to}`,
        entityType: 'judging-round',
        entityId: roundId,
        before: { state: round.state },
        after,
      });
    });
    return this.get(roundId);
  }

  /**
   * A scheduled open or close. A job whose time is no longer the round's does nothing; a move whose
   * preconditions fail is recorded in the audit log, never forced.
   */
  async applyScheduledTransition(roundId: string, to: RoundState, scheduledFor: string, actor: Actor) {
    const round = await this.rounds.find(roundId);
    if (!round) return 'missing';
    const planned = to === 'open' ? round.opensAt : round.closesAt;
    if (!planned || planned.toISOString() !== scheduledFor) return 'stale';
    if (round.state !== (to === 'open' ? 'draft' : 'open')) return 'already-moved';
    try {
      await this.transition(roundId, to, {}, actor);
      return 'applied';
    } catch (error) {
      const message = (error as Error).message;
      await this.auditLog.record(actor, {
        action: 'round.scheduled-transition-refused',
        entityType: 'judging-round',
        entityId: roundId,
        after: { to, scheduledFor, reason: message },
      });
      return `refused: ${message}`;
    }
  }

  // ---- entrants

  async entrants(roundId: string, includeRemoved: boolean): Promise<RoundEntrant[]> {
    await this.get(roundId);
    return this.rounds.entrants(roundId, undefined, includeRemoved);
  }

  /** Adds an approved candidacy of the category to a draft round, with the organizer's reason. */
  async addEntrant(
    roundId: string,
    candidacyId: string,
    reason: string,
    actor: Actor,
  ): Promise<RoundEntrant> {
    return this.changeEntrants(roundId, actor, async (round, manager) => {
      const candidacy = (await this.rounds.approvedCandidacies(round.categoryId, manager)).find(
        (c) => c.candidacyId === candidacyId,
      );
      if (!candidacy) {
        throw JudgingErrors.invalid([
          { field: 'candidacyId', message: 'not an approved candidacy of the round’s category' },
        ]);
      }
      const present = (await this.rounds.entrants(roundId, manager, true)).find(
        (e) => e.candidacyId === candidacyId,
      );
      if (present && !present.removedAt) {
        throw JudgingErrors.refused('ENTRANT_PRESENT', 'The candidacy is an entrant of the round already');
      }
      this.checkEntrantBound((await this.rounds.entrants(roundId, manager)).length + 1);
      if (present) await this.rounds.restoreEntrant(present.id, reason, actor.userId, manager);
      else await this.rounds.insertEntrants(roundId, [candidacy], 'added', reason, actor.userId, manager);
      const entrant = (await this.rounds.entrants(roundId, manager)).find(
        (e) => e.candidacyId === candidacyId,
      );
      return {
        entrant: entrant as RoundEntrant,
        audit: { action: 'round.entrant-added', after: { candidacyId, reason } },
      };
    });
  }

  async removeEntrant(
    roundId: string,
    entrantId: string,
    reason: string,
    actor: Actor,
  ): Promise<RoundEntrant> {
    return this.changeEntrants(roundId, actor, async (_round, manager) => {
      const entrant = await this.rounds.findEntrant(roundId, entrantId, manager);
      if (!entrant || entrant.removedAt) throw JudgingErrors.entrantNotFound(entrantId);
      await this.rounds.removeEntrant(entrantId, reason, actor.userId, manager);
      // Its assignments go with it; they stay in the history.
      for (const a of await this.rounds.assignments(roundId, manager, true)) {
        if (a.entrantId === entrantId) {
          await this.rounds.endAssignment(
            a.id,
            'withdrawn',
            `entrant removed: ${reason}`,
            null,
            actor.userId,
            manager,
          );
        }
      }
      return {
        entrant: (await this.rounds.findEntrant(roundId, entrantId, manager)) as RoundEntrant,
        audit: {
          action: 'round.entrant-removed',
          after: { entrantId, candidacyId: entrant.candidacyId, reason },
        },
      };
    });
  }

  /** A first round picks up candidacies approved since it was created. */
  async refreshEntrants(roundId: string, actor: Actor): Promise<{ added: number }> {
    let added = 0;
    await this.changeEntrants(roundId, actor, async (round, manager) => {
      if (round.position !== 1) {
        throw JudgingErrors.refused(
          'ROUND_NOT_FIRST',
          'Only a category’s first round takes its entrants from candidacies; later rounds take those advanced',
        );
      }
      const { list } = await this.initialEntrants(round, manager);
      const present = new Set((await this.rounds.entrants(roundId, manager, true)).map((e) => e.candidacyId));
      const current = (await this.rounds.entrants(roundId, manager)).length;
      this.checkEntrantBound(current + list.filter((c) => !present.has(c.candidacyId)).length);
      added = await this.rounds.insertEntrants(
        roundId,
        list.filter((c) => !present.has(c.candidacyId)),
        'candidacy',
        null,
        actor.userId,
        manager,
      );
      return { entrant: null, audit: { action: 'round.entrants-refreshed', after: { added } } };
    });
    return { added };
  }

  private async changeEntrants<T>(
    roundId: string,
    actor: Actor,
    change: (
      round: JudgingRound,
      manager: EntityManager,
    ) => Promise<{ entrant: T; audit: { action: string; after: Record<string, unknown> } }>,
  ): Promise<T> {
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const round = await this.rounds.lock(roundId, manager, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (!entrantsEditable(round.state)) {
        throw JudgingErrors.refused(
          'ROUND_FROZEN',
          `Entrants change only while the round is a draft (it is ${round.state})`,
        );
      }
      const { entrant, audit } = await change(round, manager);
      await this.auditLog.record(actor, {
        action: audit.action,
        entityType: 'judging-round',
        entityId: roundId,
        after: audit.after,
      });
      return entrant;
    });
  }

  // ---- panel and chair

  async panel(roundId: string) {
    await this.get(roundId);
    return this.rounds.panel(roundId);
  }

  /** Sets who judges the round; a judge with active assignments stays until they are reassigned. */
  async setPanel(roundId: string, judges: { judgeId: string; isChair: boolean }[], actor: Actor) {
    const ids = judges.map((j) => j.judgeId);
    const problems = [
      ...ids.flatMap((id, i) =>
        ids.indexOf(id) !== i ? [{ field: `judges[${i}].judgeId`, message: 'listed twice' }] : [],
      ),
      ...(judges.filter((j) => j.isChair).length > 1
        ? [{ field: 'judges', message: 'at most one chair' }]
        : []),
    ];
    const found = await this.rounds.activeJudgeIds(ids);
    ids.forEach((id, i) => {
      if (!found.has(id))
        problems.push({ field: `judges[${i}].judgeId`, message: 'not an active judge account' });
    });
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    await this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const round = await this.rounds.lock(roundId, manager, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (round.state !== 'draft' && round.state !== 'open') {
        throw JudgingErrors.refused('ROUND_FROZEN', `The panel of a ${round.state} round cannot change`);
      }
      const busy = [
        ...new Set(
          (await this.rounds.assignments(roundId, manager, true))
            .map((a) => a.judgeId)
            .filter((id) => !found.has(id)),
        ),
      ];
      if (busy.length > 0) {
        throw JudgingErrors.refused(
          'JUDGE_HAS_ASSIGNMENTS',
          `Judges ${busy.join(', ')} still have active assignments: reassign them first`,
        );
      }
      const before = await this.rounds.panel(roundId, manager);
      await this.rounds.replacePanel(roundId, judges, actor.userId, manager);
      await this.auditLog.record(actor, {
        action: 'round.panel-set',
        entityType: 'judging-round',
        entityId: roundId,
        before: { judges: before },
        after: { judges },
      });
    });
    return this.rounds.panel(roundId);
  }

  /**
   * The panel chair's order for entrants still tied after the other tie-break steps, recorded by the chair
   * or by an organizer on the chair's word, while the round is closed and not yet finalised.
   */
  async recordChairDecision(
    roundId: string,
    order: string[],
    reason: string,
    actor: Actor,
  ): Promise<JudgingRound> {
    await this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const round = await this.rounds.lock(roundId, manager, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (actor.role === 'judge') {
        const seat = actor.userId ? await this.rounds.isOnPanel(roundId, actor.userId) : null;
        if (!seat) throw JudgingErrors.roundNotFound(roundId);
        if (!seat.isChair) throw JudgingErrors.forbidden('Only the panel chair records the chair’s decision');
      }
      if (round.state !== 'closed') {
        throw JudgingErrors.refused(
          'ROUND_STATE_REFUSED',
          `The chair decides once the round is closed and before it is finalised (it is ${round.state})`,
        );
      }
      const entrants = new Set((await this.rounds.entrants(roundId, manager)).map((e) => e.id));
      const problems = order.flatMap((id, i) =>
        !entrants.has(id)
          ? [{ field: `order[${i}]`, message: 'not an entrant of the round' }]
          : order.indexOf(id) !== i
            ? [{ field: `order[${i}]`, message: 'listed twice' }]
            : [],
      );
      if (problems.length > 0) throw JudgingErrors.invalid(problems);
      await this.checkChairFreeOfConflicts(round, order, manager);
      const decision = { order, reason, recordedBy: actor.userId, recordedAt: new Date().toISOString() };
      await this.rounds.setChairDecision(roundId, decision, manager);
      await this.auditLog.record(actor, {
        action: 'round.chair-decision',
        entityType: 'judging-round',
        entityId: roundId,
        before: { chairDecision: round.chairDecision },
        after: { chairDecision: decision },
      });
    });
    return this.get(roundId);
  }

  // ---- internals

  /** A round's results are computed from all its sheets on every read: its size is bounded (round-bounds.ts). */
  private checkEntrantBound(entrants: number) {
    const tooLarge = entrantsBeyondBound(entrants);
    if (tooLarge) throw JudgingErrors.tooLarge('ROUND_TOO_LARGE', tooLarge, 'entrants');
  }

  /**
   * The chair may not order an entrant the chair is conflicted with (whoever records the order: it is the
   * chair's word either way). Otherwise the chair's conflict, hidden everywhere else, would decide its place.
   */
  private async checkChairFreeOfConflicts(round: JudgingRound, order: string[], manager: EntityManager) {
    const chair = (await this.rounds.panel(round.id, manager)).find((j) => j.isChair);
    if (!chair) return;
    const ordered = (await this.rounds.entrants(round.id, manager)).filter((e) => order.includes(e.id));
    const conflicts = await this.judges.conflictsInRound(round, [chair.judgeId], ordered, manager);
    const refused = order.flatMap((id, i) =>
      conflicts.has(conflictKey(chair.judgeId, id))
        ? [{ field: `order[${i}]`, message: `the panel chair has a conflict of interest with entrant ${id}` }]
        : [],
    );
    if (refused.length > 0) {
      throw JudgingErrors.refused(
        'CONFLICT_OF_INTEREST',
        `The panel chair has a conflict of interest with ${refused.length === 1 ? 'an entrant' : 'entrants'} ` +
          `of this order (${refused.map((r) => r.field).join(', ')}) and cannot place them`,
        refused,
      );
    }
  }

  private async checkSettings(columns: RoundColumns): Promise<void> {
    const version = await this.rubrics.findVersion(columns.rubricId, columns.rubricVersion);
    if (!version) {
      throw JudgingErrors.invalid([{ field: 'rubricVersion', message: 'no such version of the rubric' }]);
    }
    const problems = roundSettingsProblems(columns, version.definition);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
  }

  /** First round: the approved candidacies (optionally only survey-eligible ones). Later: the advanced. */
  private async initialEntrants(round: JudgingRound, manager: EntityManager) {
    if (round.position === 1) {
      let list = await this.rounds.approvedCandidacies(round.categoryId, manager);
      if (round.onlySurveyEligible) {
        const eligible = await this.rounds.surveyEligibleEnterprises(round.campaignId, manager);
        list = list.filter((c) => eligible.has(c.enterpriseId));
      }
      return { list, source: 'candidacy' as const };
    }
    const previous = await this.rounds.neighbour(round, -1, manager);
    return { list: previous ? await this.advancing(previous, manager) : [], source: 'advanced' as const };
  }

  /** The entrants a finalised round sends on, from its stored outcome. */
  private async advancing(round: JudgingRound, manager: EntityManager) {
    const outcome = await this.rounds.outcome(round.id, manager);
    if (!outcome) return [];
    const results = outcome.results as RoundResultsView;
    const entrants = new Map((await this.rounds.entrants(round.id, manager)).map((e) => [e.id, e]));
    return results.entrants
      .filter((e) => e.advances)
      .flatMap((e) => {
        const entrant = entrants.get(e.entrantId);
        return entrant
          ? [
              {
                candidacyId: entrant.candidacyId,
                enterpriseId: entrant.enterpriseId,
                industryCode: entrant.industryCode,
              },
            ]
          : [];
      });
  }

  /** Submitted sheets a conflict reached that no organizer has yet withdrawn or kept. */
  private async conflictsAwaitingDecision(round: JudgingRound, manager: EntityManager) {
    const assignments = await this.rounds.assignments(round.id, manager, true);
    const entrants = await this.rounds.entrants(round.id, manager);
    const conflicted = await this.judges.conflictedAssignments(round, assignments, entrants, manager);
    return conflicted.filter((c) => c.awaitingDecision);
  }

  private async finalise(round: JudgingRound, actor: Actor, manager: EntityManager) {
    const next = await this.rounds.neighbour(round, 1, manager);
    if (next && !round.advancementRule) {
      throw JudgingErrors.stateRefused('The round cannot be finalised', [
        `round ${next.position} follows it, so it needs an advancement rule`,
      ]);
    }
    if (next && next.state !== 'draft') {
      throw JudgingErrors.stateRefused('The round cannot be finalised', [
        `the next round is already ${next.state}`,
      ]);
    }
    const pending = await this.conflictsAwaitingDecision(round, manager);
    if (pending.length > 0) {
      throw JudgingErrors.stateRefused(
        'The round cannot be finalised',
        pending.map(
          (c) =>
            `assignment ${c.assignmentId}: a conflict reached the submitted sheet of judge ${c.judgeId}; ` +
            'withdraw or keep it first',
        ),
      );
    }
    const results = await this.results.compute({ ...round, state: 'finalised' }, manager);
    const stored = { ...results, provisional: false };
    const checksum = sha256OfCanonicalJson(stored);
    await this.rounds.setState(round.id, 'finalised', null, manager);
    await this.rounds.insertOutcome(round.id, stored, checksum, actor.userId, manager);
    let advanced = 0;
    if (next) {
      advanced = await this.rounds.insertEntrants(
        next.id,
        await this.advancing(round, manager),
        'advanced',
        null,
        actor.userId,
        manager,
      );
    }
    return { checksum, advanced, nextRoundId: next?.id ?? null };
  }

  private async facts(round: JudgingRound, manager: EntityManager): Promise<RoundFacts> {
    const campaign = await this.rounds.campaign(round.campaignId, manager);
    const previous = await this.rounds.neighbour(round, -1, manager);
    const entrants = await this.rounds.entrants(round.id, manager);
    const assignments = await this.rounds.assignments(round.id, manager, true);
    const perEntrant = new Map<string, number>();
    for (const a of assignments) perEntrant.set(a.entrantId, (perEntrant.get(a.entrantId) ?? 0) + 1);
    const self = isSelfAssessment(round.stageType);
    const sheets = await this.rounds.sheets(round.id, manager);
    const submitted = new Set(
      sheets.filter((s) => s.state === 'submitted').map((s) => (self ? s.entrantId : s.assignmentId)),
    );
    const owed = self ? entrants.map((e) => e.id) : assignments.map((a) => a.id);
    const counted = new Map<string, number>();
    for (const a of assignments) {
      if (submitted.has(a.id)) counted.set(a.entrantId, (counted.get(a.entrantId) ?? 0) + 1);
    }
    return {
      state: round.state,
      stageType: round.stageType,
      judgesPerEntrant: round.judgesPerEntrant,
      entrants: entrants.length,
      entrantsShortOfJudges: entrants.filter((e) => (perEntrant.get(e.id) ?? 0) < round.judgesPerEntrant)
        .length,
      previousRoundFinalised: !previous || previous.state === 'finalised',
      unsubmittedSheets: owed.filter((id) => !submitted.has(id)).length,
      entrantsShortOfCountedSheets: self
        ? 0
        : entrants.filter((e) => (counted.get(e.id) ?? 0) < round.judgesPerEntrant).length,
      forcedCloseReasonRecorded: round.forcedCloseReason !== null,
      campaignAllowsJudging: (self ? SELF_ASSESSMENT_STATES : JUDGING_STATES).includes(campaign?.state ?? ''),
    };
  }

  /**
   * Makes again the delayed jobs of every round window still to come, for a Redis that restarted empty (the
   * worker calls this at start and periodically). A job that fires for a move already made does nothing.
   */
  async reconcileScheduledJobs(now = new Date()): Promise<number> {
    const rounds = await this.rounds.withWindowSince(new Date(now.getTime() - SCHEDULE_CATCH_UP_MS));
    return this.scheduler.reconcile(rounds, now);
  }
}
