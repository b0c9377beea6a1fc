import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { RoundEntrant, RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { ConflictReason, JudgesService } from '../judges/judges.service';
import { JudgingErrors } from '../judging.errors';
import { automaticAssignmentBeyondBound } from '../rounds/round-bounds';
import { assignmentsEditable, isSelfAssessment } from '../rounds/round-rules';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { JudgeAssignment, AssignmentsRepository } from './assignments.repository';
import { assignJudges, conflictKey } from './judge-assignment';
import { PanelRepository } from './panel.repository';

/** Who judges which entrant of a round: manual, automatic (balanced and conflict-free), and reassignment. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly panels: PanelRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly judges: JudgesService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Every assignment of the round, ended ones included (they are its history). */
  async list(roundId: string): Promise<JudgeAssignment[]> {
    if (!(await this.rounds.find(roundId))) throw JudgingErrors.roundNotFound(roundId);
    return this.assignments.assignments(roundId);
  }

  /**
   * Every conflict between the round's panel and its entrants, for organizers to review. A conflict that reached
   * a submitted sheet names that still-active assignment and awaits a decision (withdraw or keep) until made.
   */
  async conflicts(roundId: string) {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    const entrants = await this.entrants.entrants(roundId);
    const found = await this.conflictsIn(round, undefined, entrants);
    const active = new Map(
      (
        await this.judges.conflictedAssignments(
          round,
          await this.assignments.assignments(roundId, true),
          entrants,
        )
      ).map((c) => [conflictKey(c.judgeId, c.entrantId), c]),
    );
    return [...found].map(([key, reasons]) => {
      const [judgeId, entrantId] = key.split(':');
      const a = active.get(key);
      return {
        judgeId,
        entrantId,
        reasons,
        assignmentId: a?.assignmentId ?? null,
        sheetState: a?.sheetState ?? null,
        awaitingDecision: a?.awaitingDecision ?? false,
        kept: a?.kept ?? null,
      };
    });
  }

  /**
   * An organizer's decision on an assignment a conflict reached after its sheet was submitted: `withdraw` ends
   * it (its sheet stops counting; the entrant may then be short of its k sheets, and closing needs `force`), `keep`
   * records that the sheet keeps counting. Both need a reason and are audited; only before the round is finalised,
   * which waits for every such decision. In a closed round nobody can be assigned any more, so a withdrawal that
   * leaves the entrant short of its k counted sheets would let the round finalise short without anyone having
   * forced it: it is refused unless `force` is given, and then recorded in the round's forced-close reason
   * (published with its results) and audited as a forced shortfall.
   */
  async decideConflict(
    roundId: string,
    assignmentId: string,
    decision: 'withdraw' | 'keep',
    reason: string,
    actor: Actor,
    force = false,
  ): Promise<JudgeAssignment> {
    await this.editing(
      roundId,
      async (round) => {
        const a = await this.assignments.findAssignment(assignmentId);
        if (!a || a.roundId !== roundId) throw JudgingErrors.assignmentNotFound(assignmentId);
        if (a.state !== 'active') {
          throw JudgingErrors.refused('ASSIGNMENT_ENDED', {
            en: `The assignment is ${a.state} already`,
            zh: `该评审任务已是 ${a.state}`,
          });
        }
        const entrant = (await this.entrants.findEntrant(roundId, a.entrantId)) as RoundEntrant;
        const [conflicted] = await this.judges.conflictedAssignments(round, [a], [entrant]);
        if (!conflicted) {
          throw JudgingErrors.refused('NO_CONFLICT', {
            en: 'The judge has no conflict of interest with this entrant: there is nothing to decide',
            zh: '该评审与此参评者没有利益冲突：无需决定',
          });
        }
        const after = {
          assignmentId,
          judgeId: a.judgeId,
          entrantId: a.entrantId,
          sheetId: a.sheetId,
          sheetState: a.sheetState,
          conflicts: conflicted.reasons,
          reason,
        };
        if (decision === 'withdraw') {
          const shortfall = await this.shortfallAfterWithdrawing(round, a);
          if (shortfall && !force) {
            throw JudgingErrors.refused(
              'WITHDRAWAL_LEAVES_ENTRANT_SHORT',
              {
                en:
                  `Withdrawing this sheet would leave entrant ${a.entrantId} with ${shortfall.countedSheets} of its ` +
                  `${round.judgesPerEntrant} counted sheets, and a closed round takes no new assignment: keep the ` +
                  'sheet, or withdraw it with force: true and a reason (recorded as a forced shortfall of the round)',
                zh:
                  `撤回此评分表会使参评者 ${a.entrantId} 的有效评分表只剩 ${shortfall.countedSheets} 份（应有 ` +
                  `${round.judgesPerEntrant} 份），而已关闭的轮次不接受新任务：请保留此评分表，或以 force: true ` +
                  '并附理由撤回（记录为该轮次的强制不足）',
              },
              [
                {
                  field: 'force',
                  message: {
                    en: 'needed to leave the entrant short of its counted sheets',
                    zh: '要让参评者的有效评分表不足，须提供此项',
                  },
                },
              ],
            );
          }
          if (shortfall) {
            await this.rounds.appendForcedReason(
              roundId,
              `withdrawn conflicted sheet of assignment ${assignmentId}, entrant ${a.entrantId} left with ` +
                `${shortfall.countedSheets} of its ${round.judgesPerEntrant} counted sheets: ${reason}`,
            );
          }
          await this.assignments.endAssignment(
            assignmentId,
            'withdrawn',
            `conflict of interest: ${reason}`,
            null,
            actor.userId,
          );
          const forcedShortfall = shortfall && {
            entrantId: a.entrantId,
            countedSheets: shortfall.countedSheets,
            judgesPerEntrant: round.judgesPerEntrant,
          };
          await this.audit(actor, roundId, 'round.conflicted-sheet-withdrawn', { ...after, forcedShortfall });
        } else {
          await this.assignments.keepConflicted(assignmentId, reason, actor.userId);
          await this.audit(actor, roundId, 'round.conflicted-sheet-kept', after);
        }
      },
      // A conflict may be declared after the round closed: it stays decidable until the results freeze.
      (state) => state === 'open' || state === 'closed',
    );
    return (await this.assignments.findAssignment(assignmentId)) as JudgeAssignment;
  }

  /** In a closed round, the entrant's counted sheets left once `a` is withdrawn, when fewer than k; else null. */
  private async shortfallAfterWithdrawing(
    round: JudgingRound,
    a: JudgeAssignment,
  ): Promise<{ countedSheets: number } | null> {
    // An open round can still be reassigned, and closing it short needs a forced close of its own.
    if (round.state !== 'closed') return null;
    const countedSheets = (await this.assignments.assignments(round.id, true)).filter(
      (o) => o.entrantId === a.entrantId && o.id !== a.id && o.sheetState === 'submitted',
    ).length;
    return countedSheets < round.judgesPerEntrant ? { countedSheets } : null;
  }

  /** A panel judge's view of the entrants: never one the judge is conflicted with; 404 off the panel. */
  async entrantsForJudge(roundId: string, judgeId: string): Promise<RoundEntrant[]> {
    const round = await this.rounds.find(roundId);
    if (!round || !(await this.panels.isOnPanel(roundId, judgeId)))
      throw JudgingErrors.roundNotFound(roundId);
    const entrants = await this.entrants.entrants(roundId);
    const conflicts = await this.conflictsIn(round, [judgeId], entrants);
    return entrants.filter((e) => !conflicts.has(conflictKey(judgeId, e.id)));
  }

  async assign(roundId: string, entrantId: string, judgeId: string, actor: Actor): Promise<JudgeAssignment> {
    const id = await this.editing(roundId, async (round) => {
      const entrant = await this.entrants.findEntrant(roundId, entrantId);
      if (!entrant || entrant.removedAt) {
        throw JudgingErrors.invalid([
          { field: 'entrantId', message: { en: 'not an entrant of the round', zh: '不是此轮次的参评者' } },
        ]);
      }
      await this.checkJudgeFor(round, entrant, judgeId);
      const active = (await this.assignments.assignments(roundId, true)).filter(
        (a) => a.entrantId === entrantId,
      );
      if (active.length >= round.judgesPerEntrant) {
        throw JudgingErrors.refused('ENTRANT_FULLY_ASSIGNED', {
          en: `The entrant has its ${round.judgesPerEntrant} judges already: reassign one instead`,
          zh: `该参评者已有 ${round.judgesPerEntrant} 名评审：请改为重新分配其中一名`,
        });
      }
      const [created] = await this.assignments.insertAssignments(
        roundId,
        [{ entrantId, judgeId }],
        'manual',
        null,
        actor.userId,
      );
      await this.audit(actor, roundId, 'round.assigned', { assignmentId: created, entrantId, judgeId });
      return created;
    });
    return (await this.assignments.findAssignment(id)) as JudgeAssignment;
  }

  /**
   * Fills every entrant up to k judges, keeping the assignments already made: loads within one of each other,
   * no conflicts, experts in the entrant's industry first; the same seed gives the same assignment.
   */
  async assignAutomatically(roundId: string, seed: number, actor: Actor) {
    return this.editing(roundId, async (round) => {
      const panel = await this.panels.panel(roundId);
      const profiles = new Map(
        (await this.judges.profiles(panel.map((j) => j.judgeId))).map(
          (p) => [p.judgeId, p.expertiseIndustries] as const,
        ),
      );
      const entrants = await this.entrants.entrants(roundId);
      const active = await this.assignments.assignments(roundId, true);
      const assignedTo = new Map<string, number>();
      for (const a of active) assignedTo.set(a.entrantId, (assignedTo.get(a.entrantId) ?? 0) + 1);
      // Checked before the conflicts are read: the flow (and the conflict scan) run inside this request.
      const tooLarge = automaticAssignmentBeyondBound({
        entrants: entrants.length,
        judges: panel.length,
        toAssign: entrants.reduce(
          (n, e) => n + Math.max(0, round.judgesPerEntrant - (assignedTo.get(e.id) ?? 0)),
          0,
        ),
      });
      if (tooLarge) throw JudgingErrors.tooLarge('ASSIGNMENT_TOO_LARGE', tooLarge, 'roundId');
      const conflicts = await this.conflictsIn(round);
      const outcome = assignJudges({
        entrants: entrants.map((e) => ({
          id: e.id,
          industryCode: e.industryCode,
          assigned: active.filter((a) => a.entrantId === e.id).map((a) => a.judgeId),
        })),
        judges: panel.map((j) => ({ id: j.judgeId, expertise: profiles.get(j.judgeId) ?? [] })),
        conflicts: new Set(conflicts.keys()),
        judgesPerEntrant: round.judgesPerEntrant,
        seed,
      });
      if (!outcome.ok) throw JudgingErrors.refused('ASSIGNMENT_IMPOSSIBLE', outcome.reason);
      const ids = await this.assignments.insertAssignments(
        roundId,
        outcome.assignments,
        'automatic',
        seed,
        actor.userId,
      );
      const summary = {
        seed,
        created: ids.length,
        expertMatches: outcome.assignments.filter((a) => a.expert).length,
        loads: outcome.loads,
      };
      await this.audit(actor, roundId, 'round.assigned-automatically', summary);
      return summary;
    });
  }

  /** Hands an unfinished assignment to another judge; the old one is kept as `replaced`, pointing to the new. */
  async reassign(roundId: string, assignmentId: string, judgeId: string, reason: string, actor: Actor) {
    const id = await this.editing(roundId, async (round) => {
      const old = await this.assignments.findAssignment(assignmentId);
      if (!old || old.roundId !== roundId) throw JudgingErrors.assignmentNotFound(assignmentId);
      if (old.state !== 'active') {
        throw JudgingErrors.refused('ASSIGNMENT_ENDED', {
          en: `The assignment is ${old.state} already`,
          zh: `该评审任务已是 ${old.state}`,
        });
      }
      if (old.sheetState === 'submitted') {
        throw JudgingErrors.refused('ASSIGNMENT_FINISHED', {
          en: 'The judge has submitted this sheet: reopen it, or keep it; a finished assignment is not reassigned',
          zh: '该评审已提交此评分表：请重新开放或保留；已完成的任务不会重新分配',
        });
      }
      const entrant = (await this.entrants.findEntrant(roundId, old.entrantId)) as RoundEntrant;
      await this.checkJudgeFor(round, entrant, judgeId);
      const [created] = await this.assignments.insertAssignments(
        roundId,
        [{ entrantId: old.entrantId, judgeId }],
        'manual',
        null,
        actor.userId,
      );
      await this.assignments.endAssignment(assignmentId, 'replaced', reason, created, actor.userId);
      await this.audit(actor, roundId, 'round.reassigned', {
        from: { assignmentId, judgeId: old.judgeId },
        to: { assignmentId: created, judgeId },
        reason,
      });
      return created;
    });
    return (await this.assignments.findAssignment(id)) as JudgeAssignment;
  }

  private async editing<T>(
    roundId: string,
    work: (round: JudgingRound) => Promise<T>,
    editable: (state: JudgingRound['state']) => boolean = assignmentsEditable,
  ): Promise<T> {
    return this.transactions.run(async () => {
      const round = await this.rounds.lock(roundId, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (isSelfAssessment(round.stageType)) {
        throw JudgingErrors.refused('SELF_ASSESSMENT_ROUND', {
          en: 'A self-assessment round has no judges to assign',
          zh: '自评轮次没有可分配的评审',
        });
      }
      if (!editable(round.state)) {
        throw JudgingErrors.refused('ROUND_FROZEN', {
          en: `Assignments of a ${round.state} round cannot change`,
          zh: `处于 ${round.state} 的轮次的评审任务不能更改`,
        });
      }
      return work(round);
    });
  }

  /** The judge must sit on the panel, not judge the entrant already, and have no conflict with it (409). */
  private async checkJudgeFor(round: JudgingRound, entrant: RoundEntrant, judgeId: string) {
    const panel = await this.panels.panel(round.id);
    if (!panel.some((j) => j.judgeId === judgeId)) {
      throw JudgingErrors.invalid([
        { field: 'judgeId', message: { en: 'not on the round’s panel', zh: '不在此轮次的评审团中' } },
      ]);
    }
    const conflicts = await this.conflictsIn(round, [judgeId], [entrant]);
    if (conflicts.has(conflictKey(judgeId, entrant.id))) throw JudgingErrors.conflictOfInterest(judgeId);
    const active = await this.assignments.assignments(round.id, true);
    if (active.some((a) => a.entrantId === entrant.id && a.judgeId === judgeId)) {
      throw JudgingErrors.refused(
        'ALREADY_ASSIGNED',
        { en: 'The judge is assigned to this entrant already', zh: '该评审已被分配给此参评者' },
        [{ field: 'judgeId', message: { en: 'already judges this entrant', zh: '已在评审此参评者' } }],
      );
    }
  }

  /** Conflicts of the round: by default between its whole panel and all its entrants. */
  private async conflictsIn(
    round: JudgingRound,
    judgeIds?: string[],
    entrants?: RoundEntrant[],
  ): Promise<Map<string, ConflictReason[]>> {
    return this.judges.conflictsInRound(
      round,
      judgeIds ?? (await this.panels.panel(round.id)).map((j) => j.judgeId),
      entrants ?? (await this.entrants.entrants(round.id)),
    );
  }

  private audit(actor: Actor, roundId: string, action: string, after: Record<string, unknown>) {
    return this.auditLog.record(actor, { action, entityType: 'judging-round', entityId: roundId, after });
  }
}
