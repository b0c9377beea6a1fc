import { Injectable, Logger } from '@nestjs/common';
import { Actor, LocalizedFieldProblem } from '@app/common';
import { Transactions } from '@app/database';
import { EnterpriseDirectory } from '@app/enterprises';
import { AuditLogService } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { JudgingErrors } from '../judging.errors';
import { JudgeAttachmentsService } from '../materials/judge-attachments.service';
import { RoundMaterialsService } from '../materials/round-materials.service';
import { AssignmentsRepository, JudgeAssignment } from '../panels-and-assignments/assignments.repository';
import { FeedbackService } from '../results/feedback.service';
import { isSelfAssessment } from '../rounds/round-rules';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { RubricContent } from '../rubrics/rubric';
import { RubricResult, rubricResult, SheetValues, sheetProblems } from '../rubrics/rubric-result';
import { RubricsRepository } from '../rubrics/rubrics.repository';
import { JudgeAssignmentAccess } from './judge-assignment-access';
import { ScoreSheet, ScoreSheetsRepository } from './score-sheets.repository';

export interface SheetInput {
  values: SheetValues;
  comments: Record<string, string>;
}

/** A sheet as its author sees it, with the result it gives when complete. */
export interface SheetView {
  sheet: ScoreSheet | null;
  result: RubricResult | null;
}

/** Values outside the rubric or its scales, and comments on categories the rubric does not have. */
function inputProblems(rubric: RubricContent, input: SheetInput, complete: boolean): LocalizedFieldProblem[] {
  const categories = new Set(rubric.categories.map((c) => c.code));
  return [
    ...sheetProblems(rubric, input.values, complete),
    ...Object.entries(input.comments).flatMap(([code, text]) =>
      !categories.has(code)
        ? [
            {
              field: `comments.${code}`,
              message: { en: 'is not a category of this rubric', zh: '不是此评分细则的类别' },
            },
          ]
        : typeof text !== 'string' || text.length > 4000
          ? [
              {
                field: `comments.${code}`,
                message: {
                  en: 'must be text of at most 4000 characters',
                  zh: '必须是最多 4000 个字符的文本',
                },
              },
            ]
          : [],
    ),
  ];
}

const resultOf = (rubric: RubricContent, sheet: ScoreSheet | null): RubricResult | null =>
  sheet && sheetProblems(rubric, sheet.values, true).length === 0 ? rubricResult(rubric, sheet.values) : null;

/**
 * Score sheets: judges score their assignments, enterprises their own self-assessment; drafts until
 * submitted, then locked until an organizer reopens them with a reason (every submission is kept).
 */
@Injectable()
export class ScoreSheetsService {
  private readonly logger = new Logger(ScoreSheetsService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly sheets: ScoreSheetsRepository,
    private readonly rubrics: RubricsRepository,
    private readonly access: JudgeAssignmentAccess,
    private readonly materials: RoundMaterialsService,
    private readonly attachments: JudgeAttachmentsService,
    private readonly feedback: FeedbackService,
    private readonly enterprises: EnterpriseDirectory,
    private readonly notifications: NotificationsService,
    private readonly auditLog: AuditLogService,
  ) {}

  // ---- judges

  /** The judge's active assignments in rounds that are open or later, with each round and sheet state. */
  async workload(judgeId: string) {
    const assignments = await this.assignments.judgeWorkload(judgeId);
    const rounds = new Map<string, JudgingRound>();
    const result = [];
    for (const a of assignments) {
      const round = rounds.get(a.roundId) ?? ((await this.rounds.find(a.roundId)) as JudgingRound);
      rounds.set(a.roundId, round);
      const entrant = await this.access.visibleEntrant(round, a);
      if (!entrant) continue;
      result.push({ assignment: a, round, entrant });
    }
    return result;
  }

  /**
   * One assignment with the candidate's dossier (its declared profile, no contacts, and its entry as the round
   * shows it), the rubric, the judge's own sheet and own attachments; nobody else's.
   */
  async assignmentFor(assignmentId: string, judge: Actor) {
    const { assignment, round, entrant } = await this.access.own(assignmentId, judge);
    const rubric = await this.rubric(round);
    const sheet = await this.sheets.sheetOfAssignment(assignmentId);
    return {
      assignment,
      round,
      entrant,
      dossier: await this.enterprises.dossier(entrant.enterpriseId),
      entry: await this.materials.shownEntry(round, entrant.candidacyId),
      rubric,
      sheet: { sheet, result: resultOf(rubric, sheet) },
      attachmentSlots: round.materials.judgeAttachments?.slots ?? [],
      attachments: await this.attachments.ofAssignments([assignmentId]),
      earlierRounds: round.materials.showPreviousFeedback
        ? await this.feedback.earlierRoundsFeedback(round, entrant.enterpriseId)
        : [],
    };
  }

  async saveJudgeDraft(assignmentId: string, input: SheetInput, judge: Actor): Promise<SheetView> {
    return this.transactions.run(async () => {
      const { assignment, round } = await this.access.own(assignmentId, judge, 'locking');
      return this.saveDraft(round, assignment.entrantId, assignment, input, judge);
    });
  }

  async submitJudgeSheet(assignmentId: string, judge: Actor): Promise<SheetView> {
    return this.transactions.run(async () => {
      const { assignment, round } = await this.access.own(assignmentId, judge, 'locking');
      return this.submit(round, await this.sheets.sheetOfAssignment(assignment.id), judge);
    });
  }

  // ---- organizers

  /** Unlocks a submitted sheet of an open round so its author can correct it; the submission stays on record. */
  async reopen(roundId: string, sheetId: string, reason: string, actor: Actor): Promise<ScoreSheet> {
    await this.transactions.run(async () => {
      const round = await this.rounds.lock(roundId, 'SHARE');
      if (!round) throw JudgingErrors.roundNotFound(roundId);
      const sheet = await this.sheets.findSheet(sheetId);
      if (!sheet || sheet.roundId !== roundId) throw JudgingErrors.sheetNotFound(sheetId);
      if (round.state !== 'open') {
        throw JudgingErrors.refused('ROUND_FROZEN', {
          en: `Sheets are reopened only while the round is open (it is ${round.state})`,
          zh: `评分表只能在轮次开放时重新开放（当前为 ${round.state}）`,
        });
      }
      if (sheet.state !== 'submitted') {
        throw JudgingErrors.refused('SHEET_NOT_SUBMITTED', {
          en: 'Only a submitted sheet can be reopened',
          zh: '只有已提交的评分表可以重新开放',
        });
      }
      await this.sheets.reopen(sheetId, reason, actor.userId);
      await this.auditLog.record(actor, {
        action: 'score-sheet.reopened',
        entityType: 'score-sheet',
        entityId: sheetId,
        before: {
          state: 'submitted',
          revision: sheet.revision,
          values: sheet.values,
          comments: sheet.comments,
        },
        after: { state: 'draft', reason },
      });
    });
    return (await this.sheets.findSheet(sheetId)) as ScoreSheet;
  }

  /** A sheet with every submitted revision, for organizers. */
  async sheetHistory(roundId: string, sheetId: string) {
    const sheet = await this.sheets.findSheet(sheetId);
    if (!sheet || sheet.roundId !== roundId) throw JudgingErrors.sheetNotFound(sheetId);
    return { sheet, revisions: await this.sheets.revisions(sheetId) };
  }

  /** Reminds every judge with unfinished sheets in an open round; `occasion` keeps one reminder per occasion. */
  /**
   * `overdue`: the round's close came and was refused because sheets are missing, so the message says the
   * deadline has passed (the organizer extends it or forces the close).
   */
  async remind(roundId: string, occasion: string, overdue = false): Promise<{ reminded: number }> {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    if (round.state !== 'open') return { reminded: 0 };
    let reminded = 0;
    for (const { judgeId, owed } of await this.assignments.judgesOwingSheets(roundId)) {
      const created = await this.notifications.notify({
        recipientId: judgeId,
        kind: overdue ? 'judging-deadline-passed' : 'judging-reminder',
        params: {
          roundName: round.name,
          owed: String(owed),
          ...(round.closesAt ? { closesAt: round.closesAt.toISOString() } : {}),
        },
        link: { path: '/judging/assignments' },
        campaignId: round.campaignId,
        roundId,
        dedupeKey: `${overdue ? 'judging-deadline-passed' : 'judging-reminder'}:${roundId}:${judgeId}:${occasion}`,
      });
      if (created) {
        reminded++;
        this.logger.log(`Reminder to judge ${judgeId}: ${owed} sheet(s) owed in round ${roundId}`);
      }
    }
    return { reminded };
  }

  // ---- enterprises (self-assessment)

  async selfAssessments(enterpriseId: string, viewer: Actor) {
    await this.checkMember(enterpriseId, viewer);
    const result = [];
    for (const { entrantId, roundId } of await this.entrants.selfAssessmentEntrants(enterpriseId)) {
      const round = (await this.rounds.find(roundId)) as JudgingRound;
      const rubric = await this.rubric(round);
      const sheet = await this.sheets.selfAssessmentSheet(entrantId);
      result.push({ round, entrantId, rubric, sheet: { sheet, result: resultOf(rubric, sheet) } });
    }
    return result;
  }

  async saveSelfAssessment(
    roundId: string,
    entrantId: string,
    input: SheetInput,
    actor: Actor,
  ): Promise<SheetView> {
    return this.transactions.run(async () => {
      const { round, entrant } = await this.ownSelfAssessment(roundId, entrantId, actor);
      return this.saveDraft(round, entrant.id, null, input, actor);
    });
  }

  async submitSelfAssessment(roundId: string, entrantId: string, actor: Actor): Promise<SheetView> {
    return this.transactions.run(async () => {
      const { round, entrant } = await this.ownSelfAssessment(roundId, entrantId, actor);
      return this.submit(round, await this.sheets.selfAssessmentSheet(entrant.id), actor);
    });
  }

  // ---- internals

  private async rubric(round: JudgingRound): Promise<RubricContent> {
    const version = await this.rubrics.findVersion(round.rubricId, round.rubricVersion);
    if (!version) throw JudgingErrors.rubricVersionNotFound(round.rubricId, round.rubricVersion);
    return version.definition;
  }

  private async checkMember(enterpriseId: string, viewer: Actor) {
    if (viewer.role === 'organizer') return;
    if (!viewer.userId || !(await this.enterprises.isMember(enterpriseId, viewer.userId))) {
      throw JudgingErrors.enterpriseNotFound(enterpriseId);
    }
  }

  /** Takes the round in share mode, as every write of a sheet does (see ownAssignment). */
  private async ownSelfAssessment(roundId: string, entrantId: string, actor: Actor) {
    const round = await this.rounds.lock(roundId, 'SHARE');
    const entrant = round ? await this.entrants.findEntrant(roundId, entrantId) : null;
    if (
      !round ||
      !entrant ||
      entrant.removedAt ||
      !isSelfAssessment(round.stageType) ||
      round.state === 'draft'
    ) {
      throw JudgingErrors.entrantNotFound(entrantId);
    }
    if (!actor.userId || !(await this.enterprises.isMember(entrant.enterpriseId, actor.userId))) {
      throw JudgingErrors.entrantNotFound(entrantId);
    }
    return { round, entrant };
  }

  private async saveDraft(
    round: JudgingRound,
    entrantId: string,
    assignment: JudgeAssignment | null,
    input: SheetInput,
    actor: Actor,
  ): Promise<SheetView> {
    this.checkOpen(round);
    const rubric = await this.rubric(round);
    const problems = inputProblems(rubric, input, false);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    const sheet = await this.sheets.saveDraft(
      {
        roundId: round.id,
        entrantId,
        assignmentId: assignment?.id ?? null,
        judgeId: assignment?.judgeId ?? null,
      },
      input.values,
      input.comments,
      actor.userId,
    );
    if (!sheet)
      throw JudgingErrors.refused('SHEET_LOCKED', {
        en: 'The sheet is submitted and locked; an organizer may reopen it',
        zh: '评分表已提交并锁定；组织者可以重新开放',
      });
    return { sheet, result: resultOf(rubric, sheet) };
  }

  private async submit(round: JudgingRound, found: ScoreSheet | null, actor: Actor): Promise<SheetView> {
    this.checkOpen(round);
    const rubric = await this.rubric(round);
    // Re-read under a row lock: what is submitted is exactly what is stored, and a second submission waits
    // here, then finds the sheet submitted.
    const sheet = found ? await this.sheets.lockSheet(found.id) : null;
    if (!sheet) {
      throw JudgingErrors.invalid([
        {
          field: 'values',
          message: { en: 'save the sheet’s values before submitting it', zh: '请先保存评分表的分值再提交' },
        },
      ]);
    }
    if (sheet.state === 'submitted') {
      throw JudgingErrors.refused('SHEET_LOCKED', {
        en: 'The sheet is submitted already',
        zh: '评分表已提交',
      });
    }
    const problems = sheetProblems(rubric, sheet.values, true);
    if (problems.length > 0) throw JudgingErrors.invalid(problems);
    const result = rubricResult(rubric, sheet.values);
    await this.sheets.submit(sheet, result.total, actor.userId);
    await this.auditLog.record(actor, {
      action: 'score-sheet.submitted',
      entityType: 'score-sheet',
      entityId: sheet.id,
      after: { revision: sheet.revision + 1, total: result.total, band: result.band },
    });
    return { sheet: await this.sheets.findSheet(sheet.id), result };
  }

  private checkOpen(round: JudgingRound) {
    if (round.state !== 'open') {
      throw JudgingErrors.refused('ROUND_NOT_OPEN', {
        en: `Sheets are written only while the round is open (it is ${round.state})`,
        zh: `评分表只能在轮次开放时填写（当前为 ${round.state}）`,
      });
    }
  }
}
