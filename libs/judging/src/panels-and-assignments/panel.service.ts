import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService, UsersService } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { JudgesService } from '../judges/judges.service';
import { JudgingErrors } from '../judging.errors';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { AssignmentsRepository } from './assignments.repository';
import { conflictKey } from './judge-assignment';
import { PanelJudge, PanelRepository } from './panel.repository';

/** Who judges a round, and the chair's word on entrants still tied once the round is closed. */
@Injectable()
export class PanelService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rounds: RoundsRepository,
    private readonly panels: PanelRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly judges: JudgesService,
    private readonly users: UsersService,
    private readonly auditLog: AuditLogService,
    private readonly notifications: NotificationsService,
  ) {}

  async panel(roundId: string): Promise<PanelJudge[]> {
    if (!(await this.rounds.find(roundId))) throw JudgingErrors.roundNotFound(roundId);
    return this.panels.panel(roundId);
  }

  /** Sets who judges the round; a judge with active assignments stays until they are reassigned. */
  async setPanel(roundId: string, judges: { judgeId: string; isChair: boolean }[], actor: Actor) {
    const ids = judges.map((j) => j.judgeId);
    const problems = [
      ...ids.flatMap((id, i) =>
        ids.indexOf(id) !== i
          ? [{ field: `judges[${i}].judgeId`, message: { en: 'listed twice', zh: '重复列出' } }]
          : [],
      ),
      ...(judges.filter((j) => j.isChair).length > 1
        ? [{ field: 'judges', message: { en: 'at most one chair', zh: '最多一名主席' } }]
        : []),
    ];
    const found = new Set(
      (await this.users.judgeAccounts(ids)).filter((a) => a.status === 'active').map((a) => a.id),
    );
    ids.forEach((id, i) => {
      if (!found.has(id))
        problems.push({
          field: `judges[${i}].judgeId`,
          message: { en: 'not an active judge account', zh: '不是有效的评审账户' },
        });
    });
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    await this.transactions.run(async () => {
      const round = await this.rounds.lock(roundId, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (round.state !== 'draft' && round.state !== 'open') {
        throw JudgingErrors.refused('ROUND_FROZEN', {
          en: `The panel of a ${round.state} round cannot change`,
          zh: `处于 ${round.state} 的轮次的评审团不能更改`,
        });
      }
      const busy = [
        ...new Set(
          (await this.assignments.assignments(roundId, true))
            .map((a) => a.judgeId)
            .filter((id) => !found.has(id)),
        ),
      ];
      if (busy.length > 0) {
        throw JudgingErrors.refused('JUDGE_HAS_ASSIGNMENTS', {
          en: `Judges ${busy.join(', ')} still have active assignments: reassign them first`,
          zh: `评审 ${busy.join('、')} 仍有进行中的任务：请先重新分配`,
        });
      }
      const before = await this.panels.panel(roundId);
      await this.panels.replacePanel(roundId, judges, actor.userId);
      await this.auditLog.record(actor, {
        action: 'round.panel-set',
        entityType: 'judging-round',
        entityId: roundId,
        before: { judges: before },
        after: { judges },
      });
      const already = new Set(before.map((j) => j.judgeId));
      for (const { judgeId } of judges.filter((j) => !already.has(j.judgeId))) {
        await this.notifications.notify({
          recipientId: judgeId,
          kind: 'judge-assigned',
          params: {
            roundName: round.name,
            ...(round.closesAt ? { closesAt: round.closesAt.toISOString() } : {}),
          },
          link: { path: '/judging/assignments' },
          campaignId: round.campaignId,
          roundId,
          // Once per judge and round: taken off the panel and put back, they already know.
          dedupeKey: `judge-assigned:${roundId}:${judgeId}`,
        });
      }
    });
    return this.panels.panel(roundId);
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
      const round = await this.rounds.lock(roundId, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (actor.role === 'judge') {
        const seat = actor.userId ? await this.panels.isOnPanel(roundId, actor.userId) : null;
        if (!seat) throw JudgingErrors.roundNotFound(roundId);
        if (!seat.isChair)
          throw JudgingErrors.forbidden({
            en: 'Only the panel chair records the chair’s decision',
            zh: '只有评审团主席可以记录主席的决定',
          });
      }
      if (round.state !== 'closed') {
        throw JudgingErrors.refused('ROUND_STATE_REFUSED', {
          en: `The chair decides once the round is closed and before it is finalised (it is ${round.state})`,
          zh: `主席须在轮次关闭后、定稿前作出决定（当前为 ${round.state}）`,
        });
      }
      const entrants = new Set((await this.entrants.entrants(roundId)).map((e) => e.id));
      const problems = order.flatMap((id, i) =>
        !entrants.has(id)
          ? [
              {
                field: `order[${i}]`,
                message: { en: 'not an entrant of the round', zh: '不是此轮次的参评者' },
              },
            ]
          : order.indexOf(id) !== i
            ? [{ field: `order[${i}]`, message: { en: 'listed twice', zh: '重复列出' } }]
            : [],
      );
      if (problems.length > 0) throw JudgingErrors.invalid(problems);
      await this.checkChairFreeOfConflicts(round, order);
      const decision = { order, reason, recordedBy: actor.userId, recordedAt: new Date().toISOString() };
      await this.rounds.setChairDecision(roundId, decision);
      await this.auditLog.record(actor, {
        action: 'round.chair-decision',
        entityType: 'judging-round',
        entityId: roundId,
        before: { chairDecision: round.chairDecision },
        after: { chairDecision: decision },
      });
    });
    return (await this.rounds.find(roundId)) as JudgingRound;
  }

  /**
   * The chair may not order an entrant the chair is conflicted with (whoever records the order: it is the
   * chair's word either way). Otherwise the chair's conflict, hidden everywhere else, would decide its place.
   */
  private async checkChairFreeOfConflicts(round: JudgingRound, order: string[]) {
    const chair = (await this.panels.panel(round.id)).find((j) => j.isChair);
    if (!chair) return;
    const ordered = (await this.entrants.entrants(round.id)).filter((e) => order.includes(e.id));
    const conflicts = await this.judges.conflictsInRound(round, [chair.judgeId], ordered);
    const refused = order.flatMap((id, i) =>
      conflicts.has(conflictKey(chair.judgeId, id))
        ? [
            {
              field: `order[${i}]`,
              message: {
                en: `the panel chair has a conflict of interest with entrant ${id}`,
                zh: `评审团主席与参评者 ${id} 存在利益冲突`,
              },
            },
          ]
        : [],
    );
    if (refused.length > 0) {
      throw JudgingErrors.refused(
        'CONFLICT_OF_INTEREST',
        {
          en:
            `The panel chair has a conflict of interest with ${refused.length === 1 ? 'an entrant' : 'entrants'} ` +
            `of this order (${refused.map((r) => r.field).join(', ')}) and cannot place them`,
          zh: `评审团主席与此排序中的参评者（${refused.map((r) => r.field).join('、')}）存在利益冲突，不能为其排序`,
        },
        refused,
      );
    }
  }
}
