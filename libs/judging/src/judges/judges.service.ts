import { Injectable } from '@nestjs/common';
import { CampaignFactsService } from '@app/campaigns';
import { Actor, LocalizedFieldProblem } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { ReferenceDataService } from '@app/reference-data';
import type { RoundEntrant } from '../entrants/round-entrants.repository';
import { JudgingErrors } from '../judging.errors';
import { conflictKey } from '../panels-and-assignments/judge-assignment';
import type { JudgeAssignment } from '../panels-and-assignments/assignments.repository';
import type { JudgingRound } from '../rounds/rounds.repository';
import { Affiliation, conflictingAffiliations, EnterpriseIdentity } from './conflict-detection';
import { JudgeConflictsRepository, StoredConflict } from './judge-conflicts.repository';
import { JudgesRepository, JudgeProfile } from './judges.repository';

export interface JudgeProfileInput {
  title?: string | null;
  expertiseIndustries: string[];
  affiliations: Affiliation[];
}

/** Why a judge may not judge an entrant: stored conflicts and affiliations found in the judge's history. */
export interface ConflictReason {
  source: 'declared' | 'recorded' | 'affiliation';
  reason: string;
}

const affiliationReason = (a: Affiliation) =>
  `${a.relation} of ${a.organisation} ${a.fromYear}-${a.toYear ?? 'present'}`;

function affiliationProblems(affiliations: Affiliation[], now = new Date()): LocalizedFieldProblem[] {
  const thisYear = now.getUTCFullYear();
  return affiliations.flatMap((a, i) =>
    a.toYear !== null && a.toYear !== undefined && a.toYear < a.fromYear
      ? [
          {
            field: `affiliations[${i}].toYear`,
            message: { en: 'must not be before fromYear', zh: '不能早于 fromYear' },
          },
        ]
      : a.fromYear > thisYear + 1
        ? [{ field: `affiliations[${i}].fromYear`, message: { en: 'is in the future', zh: '在未来' } }]
        : [],
  );
}

/** Judges' profiles and conflicts of interest. */
@Injectable()
export class JudgesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly judges: JudgesRepository,
    private readonly conflictRecords: JudgeConflictsRepository,
    private readonly campaigns: CampaignFactsService,
    private readonly reference: ReferenceDataService,
    private readonly auditLog: AuditLogService,
  ) {}

  list(): Promise<JudgeProfile[]> {
    return this.judges.list();
  }

  /** The profiles of these judges (a panel), not every judge's. */
  profiles(judgeIds: string[]): Promise<JudgeProfile[]> {
    return this.judges.findMany(judgeIds);
  }

  async get(judgeId: string): Promise<JudgeProfile> {
    const judge = await this.judges.find(judgeId);
    if (!judge) throw JudgingErrors.judgeNotFound(judgeId);
    return judge;
  }

  /**
   * Sets a judge's expertise and affiliation history. An affiliation that now conflicts with an entrant the
   * judge is assigned to in a round still being judged ends that assignment at once (kept in its history),
   * unless its sheet is submitted: that one keeps counting, flagged to organizers (as in addConflict).
   */
  async saveProfile(judgeId: string, input: JudgeProfileInput, actor: Actor): Promise<JudgeProfile> {
    const before = await this.get(judgeId);
    const industries = [...new Set(input.expertiseIndustries)];
    const unknown = await this.reference.unknownCodes('industries', industries);
    const problems = [
      ...unknown.map((code) => ({
        field: `expertiseIndustries[${input.expertiseIndustries.indexOf(code)}]`,
        message: { en: `unknown industry ${code}`, zh: `未知的行业 ${code}` },
      })),
      ...affiliationProblems(input.affiliations),
    ];
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    const affiliations = input.affiliations.map((a) => ({
      organisation: a.organisation,
      creditCode: a.creditCode ? a.creditCode.trim().toUpperCase() : null,
      relation: a.relation,
      fromYear: a.fromYear,
      toYear: a.toYear ?? null,
    }));
    await this.transactions.run(async () => {
      await this.judges.saveProfile(
        judgeId,
        { title: input.title ?? null, expertiseIndustries: industries, affiliations },
        actor.userId,
      );
      const withdrawn: string[] = [];
      const flagged: string[] = [];
      for (const target of await this.conflictRecords.activeAssignmentTargets(judgeId)) {
        const found = conflictingAffiliations(affiliations, target.enterprise, target.campaignYear);
        if (found.length === 0) continue;
        flagged.push(...(await this.conflictRecords.submittedAssignments(judgeId, target.enterprise.id)));
        withdrawn.push(
          ...(await this.conflictRecords.withdrawAssignments(
            judgeId,
            target.enterprise.id,
            `conflict of interest: ${affiliationReason(found[0])}`,
            actor.userId,
          )),
        );
      }
      await this.auditLog.record(actor, {
        action: 'judge.profile-saved',
        entityType: 'user',
        entityId: judgeId,
        before: { expertiseIndustries: before.expertiseIndustries, affiliations: before.affiliations },
        after: {
          expertiseIndustries: industries,
          affiliations,
          withdrawnAssignments: withdrawn,
          flaggedAssignments: flagged,
        },
      });
    });
    return this.get(judgeId);
  }

  /**
   * A judge declares a conflict with an enterprise, or an organizer records one for the judge. Unfinished
   * assignments to it end at once; those whose sheet is submitted keep counting and are flagged to organizers,
   * who withdraw or keep them (AssignmentsService.decideConflict): a declaration never retracts a locked score.
   */
  async addConflict(
    judgeId: string,
    enterpriseId: string,
    reason: string,
    actor: Actor,
  ): Promise<{ conflict: StoredConflict; withdrawnAssignments: string[]; flaggedAssignments: string[] }> {
    await this.get(judgeId);
    if (!(await this.conflictRecords.enterpriseIdentity(enterpriseId))) {
      throw JudgingErrors.invalid([
        {
          field: 'enterpriseId',
          message: { en: `no enterprise ${enterpriseId}`, zh: `没有企业 ${enterpriseId}` },
        },
      ]);
    }
    const source = actor.role === 'judge' ? 'declared' : 'recorded';
    const { withdrawn, flagged } = await this.transactions.run(async () => {
      const id = await this.conflictRecords.insertConflict(
        { judgeId, enterpriseId, source, reason },
        actor.userId,
      );
      const ended = await this.conflictRecords.withdrawAssignments(
        judgeId,
        enterpriseId,
        `conflict of interest ${source}: ${reason}`,
        actor.userId,
      );
      const kept = await this.conflictRecords.submittedAssignments(judgeId, enterpriseId);
      await this.auditLog.record(actor, {
        action: `judge.conflict-${source}`,
        entityType: 'user',
        entityId: judgeId,
        after: {
          conflictId: id,
          enterpriseId,
          reason,
          withdrawnAssignments: ended,
          flaggedAssignments: kept,
        },
      });
      return { withdrawn: ended, flagged: kept };
    });
    const conflict = (await this.conflictRecords.conflictsOfJudge(judgeId)).find(
      (c) => c.enterpriseId === enterpriseId && c.source === source,
    ) as StoredConflict;
    return { conflict, withdrawnAssignments: withdrawn, flaggedAssignments: flagged };
  }

  conflictsOf(judgeId: string): Promise<StoredConflict[]> {
    return this.conflictRecords.conflictsOfJudge(judgeId);
  }

  /**
   * Every conflict between these judges and these entrants, keyed `judgeId:entrantId`: stored ones and those
   * found in the judges' affiliation histories for a campaign of `campaignYear`.
   */
  async conflicts(
    judgeIds: string[],
    entrants: { id: string; enterprise: EnterpriseIdentity }[],
    campaignYear: number,
  ): Promise<Map<string, ConflictReason[]>> {
    const found = new Map<string, ConflictReason[]>();
    const add = (judgeId: string, entrantId: string, reason: ConflictReason) => {
      const key = conflictKey(judgeId, entrantId);
      found.set(key, [...(found.get(key) ?? []), reason]);
    };
    const byEnterprise = new Map<string, string[]>();
    for (const e of entrants)
      byEnterprise.set(e.enterprise.id, [...(byEnterprise.get(e.enterprise.id) ?? []), e.id]);
    for (const c of await this.conflictRecords.conflictsBetween(judgeIds, [...byEnterprise.keys()])) {
      for (const entrantId of byEnterprise.get(c.enterpriseId) ?? []) {
        add(c.judgeId, entrantId, { source: c.source, reason: c.reason });
      }
    }
    for (const judge of await this.judges.findMany(judgeIds)) {
      for (const e of entrants) {
        for (const a of conflictingAffiliations(judge.affiliations, e.enterprise, campaignYear)) {
          add(judge.judgeId, e.id, { source: 'affiliation', reason: affiliationReason(a) });
        }
      }
    }
    return found;
  }

  /**
   * The round's active assignments whose judge is conflicted with the entrant: those a conflict reached after
   * the sheet was submitted. Each awaits an organizer's decision (withdraw or keep) until one is recorded.
   */
  async conflictedAssignments(round: JudgingRound, assignments: JudgeAssignment[], entrants: RoundEntrant[]) {
    const active = assignments.filter((a) => a.state === 'active');
    const found = await this.conflictsInRound(round, [...new Set(active.map((a) => a.judgeId))], entrants);
    return active.flatMap((a) => {
      const reasons = found.get(conflictKey(a.judgeId, a.entrantId));
      return reasons
        ? [
            {
              assignmentId: a.id,
              judgeId: a.judgeId,
              entrantId: a.entrantId,
              sheetId: a.sheetId,
              sheetState: a.sheetState,
              reasons,
              awaitingDecision: a.conflictKept === null,
              kept: a.conflictKept,
            },
          ]
        : [];
    });
  }

  /** Conflicts between these judges and these entrants of a round, judged for the round's campaign year. */
  async conflictsInRound(
    round: JudgingRound,
    judgeIds: string[],
    entrants: RoundEntrant[],
  ): Promise<Map<string, ConflictReason[]>> {
    const campaign = await this.campaigns.yearAndState(round.campaignId);
    if (!campaign) throw JudgingErrors.campaignNotFound(round.campaignId);
    return this.conflicts(
      judgeIds,
      entrants.map((e) => ({
        id: e.id,
        enterprise: { id: e.enterpriseId, name: e.enterpriseName, creditCode: e.creditCode },
      })),
      campaign.year,
    );
  }
}
