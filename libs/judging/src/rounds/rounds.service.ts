import { Injectable } from '@nestjs/common';
import { CampaignFactsService } from '@app/campaigns';
import { Actor } from '@app/common';
import { sha256OfCanonicalJson, Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { SCHEDULE_CATCH_UP_MS } from '@app/queue';
import { RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { RoundEntrantsService } from '../entrants/round-entrants.service';
import { JudgesService } from '../judges/judges.service';
import { JudgingErrors } from '../judging.errors';
import type { RoundMaterials } from '../materials/round-materials';
import { RoundMaterialsSettings } from '../materials/round-materials-settings';
import { AssignmentsRepository } from '../panels-and-assignments/assignments.repository';
import { RoundOutcomesRepository } from '../results/round-outcomes.repository';
import { RoundResultsService } from '../results/round-results.service';
import { DEFAULT_TIE_BREAK } from '../results/tie-break';
import { RubricsRepository } from '../rubrics/rubrics.repository';
import { ScoreSheetsRepository } from '../sheets/score-sheets.repository';
import {
  DEFAULT_VISIBILITY,
  isSelfAssessment,
  RoundFacts,
  RoundVisibility,
  roundSettingsProblems,
  RoundState,
  roundTransitionProblems,
} from './round-rules';
import { RoundScheduler } from './round-scheduler';
import { JudgingRound, RoundColumns, RoundsRepository } from './rounds.repository';

/** Round settings as an organizer sends them: visibility and materials may name only the parts they change. */
export type RoundChanges = Partial<Omit<RoundColumns, 'visibility' | 'materials'>> & {
  visibility?: Partial<RoundVisibility>;
  materials?: Partial<RoundMaterials>;
};

/** The parts of materials an organizer named (an absent part stays as it is; null is a value). */
const namedParts = (m: Partial<RoundMaterials> | undefined): Partial<RoundMaterials> =>
  Object.fromEntries(Object.entries(m ?? {}).filter(([, v]) => v !== undefined));

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
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly roundEntrants: RoundEntrantsService,
    private readonly assignments: AssignmentsRepository,
    private readonly sheets: ScoreSheetsRepository,
    private readonly outcomes: RoundOutcomesRepository,
    private readonly rubrics: RubricsRepository,
    private readonly results: RoundResultsService,
    private readonly scheduler: RoundScheduler,
    private readonly judges: JudgesService,
    private readonly campaigns: CampaignFactsService,
    private readonly auditLog: AuditLogService,
    private readonly materials: RoundMaterialsSettings,
  ) {}

  async get(roundId: string): Promise<JudgingRound> {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    return round;
  }

  async list(campaignId: string): Promise<JudgingRound[]> {
    if (!(await this.campaigns.yearAndState(campaignId))) throw JudgingErrors.campaignNotFound(campaignId);
    return this.rounds.listForCampaign(campaignId);
  }

  async create(campaignId: string, input: NewRound, actor: Actor): Promise<JudgingRound> {
    const campaign = await this.campaigns.yearAndState(campaignId);
    if (!campaign) throw JudgingErrors.campaignNotFound(campaignId);
    if (!PREPARING_STATES.includes(campaign.state)) {
      throw JudgingErrors.refused('CAMPAIGN_STATE_REFUSED', {
        en: `Rounds are prepared from registration until deciding; the campaign is ${campaign.state}`,
        zh: `轮次只能在 registration 至 deciding 期间准备；评选活动当前为 ${campaign.state}`,
      });
    }
    const category = await this.campaigns.category(input.categoryId);
    if (!category || category.campaignId !== campaignId) {
      throw JudgingErrors.invalid([
        {
          field: 'categoryId',
          message: { en: 'not a category of this campaign', zh: '不是此评选活动的奖项' },
        },
      ]);
    }
    if (category.kind === 'survey-benchmark') {
      throw JudgingErrors.invalid([
        {
          field: 'categoryId',
          message: {
            en: 'a survey-benchmark category is decided by the survey, not by rounds',
            zh: '调查标杆类奖项由调查决定，而非评审轮次',
          },
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
      materials: { ...this.materials.defaults(input.stageType), ...namedParts(input.materials) },
      reminderHoursBeforeClose: input.reminderHoursBeforeClose ?? 48,
    };
    await this.checkSettings(columns);
    await this.materials.check(category.id, columns.materials);
    const round = await this.transactions.run(async () => {
      const created = await this.rounds.insertRound(campaignId, category.id, columns, actor.userId);
      const entrants = await this.roundEntrants.admitInitial(created, actor);
      await this.auditLog.record(actor, {
        action: 'round.created',
        entityType: 'judging-round',
        entityId: created.id,
        after: {
          ...columns,
          campaignId,
          categoryId: category.id,
          position: created.position,
          entrants,
        },
      });
      await this.scheduler.addJobs(created.id, windowOf(created));
      return created;
    });
    return round;
  }

  async update(roundId: string, changes: RoundChanges, actor: Actor): Promise<JudgingRound> {
    const before = await this.transactions.run(async () => {
      const round = await this.rounds.lock(roundId, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      const fields = Object.keys(changes) as (keyof RoundColumns)[];
      if (round.state !== 'draft') {
        const frozen = round.state === 'open' ? fields.filter((f) => !OPEN_ROUND_FIELDS.includes(f)) : fields;
        if (frozen.length > 0) {
          throw JudgingErrors.refused(
            'ROUND_FROZEN',
            {
              en: `A ${round.state} round cannot change ${frozen.join(', ')}`,
              zh: `处于 ${round.state} 的轮次不能更改 ${frozen.join('、')}`,
            },
            frozen.map((field) => ({
              field,
              message: {
                en: `frozen once the round is ${round.state}`,
                zh: `轮次为 ${round.state} 后即冻结`,
              },
            })),
          );
        }
      }
      const merged: JudgingRound = {
        ...round,
        ...changes,
        visibility: { ...round.visibility, ...changes.visibility },
        materials: { ...round.materials, ...namedParts(changes.materials) },
      };
      await this.checkSettings(merged);
      if (changes.materials) await this.materials.check(round.categoryId, merged.materials);
      const { materials, ...others } = changes;
      await this.rounds.updateRound(roundId, {
        ...others,
        visibility: merged.visibility,
        ...(materials ? { materials: merged.materials } : {}),
      });
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
      throw JudgingErrors.invalid([
        { field: 'reason', message: { en: 'a forced close needs a reason', zh: '强制关闭需要理由' } },
      ]);
    }
    await this.transactions.run(async () => {
      const round = await this.rounds.lock(roundId, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      const problems = roundTransitionProblems(await this.facts(round), to, !!options.force);
      if (problems.length > 0)
        throw JudgingErrors.stateRefused(
          { en: `The round cannot move to ${to}`, zh: `轮次不能转到 ${to}` },
          problems,
        );
      let after: Record<string, unknown> = { state: to };
      if (to === 'closed') {
        const forced = options.force ? (options.reason ?? '').trim() : null;
        await this.rounds.setState(roundId, to, forced);
        after = { ...after, forced: !!forced, reason: forced };
      } else if (to === 'finalised') {
        after = { ...after, ...(await this.finalise(round, actor)) };
      } else {
        await this.rounds.setState(roundId, to, null);
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

  // ---- internals

  private async checkSettings(columns: RoundColumns): Promise<void> {
    const version = await this.rubrics.findVersion(columns.rubricId, columns.rubricVersion);
    if (!version) {
      throw JudgingErrors.invalid([
        {
          field: 'rubricVersion',
          message: { en: 'no such version of the rubric', zh: '评分细则没有这个版本' },
        },
      ]);
    }
    const problems = roundSettingsProblems(columns, version.definition);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
  }

  /** Submitted sheets a conflict reached that no organizer has yet withdrawn or kept. */
  private async conflictsAwaitingDecision(round: JudgingRound) {
    const assignments = await this.assignments.assignments(round.id, true);
    const entrants = await this.entrants.entrants(round.id);
    const conflicted = await this.judges.conflictedAssignments(round, assignments, entrants);
    return conflicted.filter((c) => c.awaitingDecision);
  }

  private async finalise(round: JudgingRound, actor: Actor) {
    const next = await this.rounds.neighbour(round, 1);
    if (next && !round.advancementRule) {
      throw JudgingErrors.stateRefused({ en: 'The round cannot be finalised', zh: '轮次不能定稿' }, [
        {
          en: `round ${next.position} follows it, so it needs an advancement rule`,
          zh: `其后还有第 ${next.position} 轮，所以需要晋级规则`,
        },
      ]);
    }
    if (next && next.state !== 'draft') {
      throw JudgingErrors.stateRefused({ en: 'The round cannot be finalised', zh: '轮次不能定稿' }, [
        { en: `the next round is already ${next.state}`, zh: `下一轮次已是 ${next.state}` },
      ]);
    }
    const pending = await this.conflictsAwaitingDecision(round);
    if (pending.length > 0) {
      throw JudgingErrors.stateRefused(
        { en: 'The round cannot be finalised', zh: '轮次不能定稿' },
        pending.map((c) => ({
          en:
            `assignment ${c.assignmentId}: a conflict reached the submitted sheet of judge ${c.judgeId}; ` +
            'withdraw or keep it first',
          zh: `评审任务 ${c.assignmentId}：评审 ${c.judgeId} 已提交的评分表出现利益冲突；请先撤回或保留`,
        })),
      );
    }
    const results = await this.results.compute({ ...round, state: 'finalised' });
    const stored = { ...results, provisional: false };
    const checksum = sha256OfCanonicalJson(stored);
    await this.rounds.setState(round.id, 'finalised', null);
    await this.outcomes.insertOutcome(round.id, stored, checksum, actor.userId);
    const advanced = next ? await this.roundEntrants.admitAdvanced(round, next, actor) : 0;
    return { checksum, advanced, nextRoundId: next?.id ?? null };
  }

  private async facts(round: JudgingRound): Promise<RoundFacts> {
    const campaign = await this.campaigns.yearAndState(round.campaignId);
    const previous = await this.rounds.neighbour(round, -1);
    const entrants = await this.entrants.entrants(round.id);
    const assignments = await this.assignments.assignments(round.id, true);
    const perEntrant = new Map<string, number>();
    for (const a of assignments) perEntrant.set(a.entrantId, (perEntrant.get(a.entrantId) ?? 0) + 1);
    const self = isSelfAssessment(round.stageType);
    const sheets = await this.sheets.sheets(round.id);
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
