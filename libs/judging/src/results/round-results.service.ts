import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { RoundEntrant, RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { JudgesService } from '../judges/judges.service';
import { JudgingErrors } from '../judging.errors';
import { AssignmentsRepository } from '../panels-and-assignments/assignments.repository';
import { conflictKey } from '../panels-and-assignments/judge-assignment';
import { PanelRepository } from '../panels-and-assignments/panel.repository';
import { isSelfAssessment } from '../rounds/round-rules';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';
import { rubricResult } from '../rubrics/rubric-result';
import { RubricsRepository, StoredRubricVersion } from '../rubrics/rubrics.repository';
import { ScoreSheet, ScoreSheetsRepository } from '../sheets/score-sheets.repository';
import { resultsWithout } from './judge-view';
import { RoundOutcomesRepository } from './round-outcomes.repository';
import {
  EntrantResult,
  roundResults,
  RoundResults,
  RoundResultsInput,
  SubmittedSheet,
} from './round-results';

/** A round's published results: the pure results plus who the entrants are and what they were judged on. */
export interface RoundResultsView extends Omit<RoundResults, 'entrants'> {
  roundId: string;
  state: JudgingRound['state'];
  /** True until the round is closed: sheets may still change. */
  provisional: boolean;
  rubric: { id: string; version: number; checksum: string };
  forcedCloseReason: string | null;
  chairDecision: JudgingRound['chairDecision'];
  entrants: (EntrantResult & { enterpriseId: string; enterpriseName: string; candidacyId: string })[];
  /** Sha-256 of the stored results once the round is finalised. */
  checksum: string | null;
  finalisedAt: Date | null;
}

/** Self-assessment sheets are scored by the entrant itself: they count as that entrant's own "judge". */
const SELF = (entrantId: string) => `self:${entrantId}`;

@Injectable()
export class RoundResultsService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly panels: PanelRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly sheets: ScoreSheetsRepository,
    private readonly outcomes: RoundOutcomesRepository,
    private readonly rubrics: RubricsRepository,
    private readonly judges: JudgesService,
  ) {}

  /** Results computed from the sheets now (the same sheets always give the same results). */
  async compute(round: JudgingRound): Promise<RoundResultsView> {
    const { input, entrants, version } = await this.inputs(round);
    return this.view(round, version, entrants, roundResults(input));
  }

  /** Everything the pure results are computed from: the rubric, the entrants and the counted sheets. */
  private async inputs(round: JudgingRound) {
    const version = await this.rubrics.findVersion(round.rubricId, round.rubricVersion);
    if (!version) throw JudgingErrors.rubricVersionNotFound(round.rubricId, round.rubricVersion);
    const entrants = await this.entrants.entrants(round.id);
    const sheets = await this.sheets.sheets(round.id);
    const submitted: SubmittedSheet[] = [];
    const missing: { entrantId: string; judgeId: string }[] = [];
    if (isSelfAssessment(round.stageType)) {
      const byEntrant = new Map(sheets.filter((s) => s.assignmentId === null).map((s) => [s.entrantId, s]));
      for (const e of entrants) {
        const sheet = byEntrant.get(e.id);
        if (sheet?.state === 'submitted') {
          submitted.push({ judgeId: SELF(e.id), entrantId: e.id, values: sheet.values });
        } else missing.push({ entrantId: e.id, judgeId: SELF(e.id) });
      }
    } else {
      // Only sheets of active assignments count: a withdrawn (conflicted) judge's sheet never does.
      const byAssignment = new Map(sheets.map((s) => [s.assignmentId, s]));
      for (const a of await this.assignments.assignments(round.id, true)) {
        const sheet = byAssignment.get(a.id);
        if (sheet?.state === 'submitted') {
          submitted.push({ judgeId: a.judgeId, entrantId: a.entrantId, values: sheet.values });
        } else missing.push({ entrantId: a.entrantId, judgeId: a.judgeId });
      }
    }
    const input: RoundResultsInput = {
      rubric: version.definition,
      entrants: entrants.map((e) => ({ entrantId: e.id, industryCode: e.industryCode })),
      sheets: submitted,
      missingSheets: missing,
      method: round.aggregationMethod,
      disagreementThreshold: round.disagreementThreshold,
      tieBreak: round.tieBreak,
      chairOrder: round.chairDecision?.order ?? null,
      selfAssessment: await this.selfAssessmentTotals(round, entrants),
      selfAssessmentWeight: round.selfAssessmentWeight,
      advancementRule: round.advancementRule,
    };
    return { input, entrants, version };
  }

  /** The pure results with the round, its rubric and who the entrants are. */
  private view(
    round: JudgingRound,
    version: StoredRubricVersion,
    entrants: RoundEntrant[],
    results: RoundResults,
  ): RoundResultsView {
    const byId = new Map(entrants.map((e) => [e.id, e]));
    return {
      roundId: round.id,
      state: round.state,
      provisional: round.state === 'draft' || round.state === 'open',
      rubric: { id: version.rubricId, version: version.version, checksum: version.checksum },
      forcedCloseReason: round.forcedCloseReason,
      chairDecision: round.chairDecision,
      ...results,
      entrants: results.entrants.map((r) => {
        const e = byId.get(r.entrantId) as RoundEntrant;
        return {
          ...r,
          enterpriseId: e.enterpriseId,
          enterpriseName: e.enterpriseName,
          candidacyId: e.candidacyId,
        };
      }),
      checksum: null,
      finalisedAt: null,
    };
  }

  /** The stored outcome of a finalised round, or the results computed now for any other. */
  async current(round: JudgingRound): Promise<RoundResultsView> {
    if (round.state === 'finalised') {
      const outcome = await this.outcomes.outcome(round.id);
      if (outcome) {
        return {
          ...(outcome.results as RoundResultsView),
          state: round.state,
          provisional: false,
          checksum: outcome.checksum,
          finalisedAt: outcome.finalisedAt,
        };
      }
    }
    return this.compute(round);
  }

  /**
   * The category's last round with its current results and the bands of its rubric: what a panel or combined
   * award is decided on (only once that round is finalised; the caller checks the state).
   */
  async finalOfCategory(categoryId: string) {
    const round = await this.rounds.lastOfCategory(categoryId);
    if (!round) return null;
    const version = await this.rubrics.findVersion(round.rubricId, round.rubricVersion);
    const results = round.state === 'finalised' ? await this.current(round) : null;
    return { round, results, bands: version?.definition.bands ?? [] };
  }

  /** Every round of the campaign with its current results, in category and position order: for the export. */
  async allOfCampaign(campaignId: string) {
    const rounds = await this.rounds.listForCampaign(campaignId);
    const all = [];
    for (const round of rounds) {
      const results = await this.current(round);
      all.push({ ...results, categoryId: round.categoryId, name: round.name, position: round.position });
    }
    return all;
  }

  /**
   * Organizers read results at any time (provisional while the round is open). A judge of the panel reads them
   * only once the round is closed and the round lets judges see results, computed as if the entrants the judge
   * is conflicted with did not exist (judge-view.ts). Nobody else reads them.
   */
  async forViewer(roundId: string, viewer: Actor): Promise<RoundResultsView> {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    if (viewer.role === 'organizer') return this.current(round);
    if (viewer.role !== 'judge' || !viewer.userId || !(await this.panels.isOnPanel(roundId, viewer.userId))) {
      throw JudgingErrors.roundNotFound(roundId);
    }
    if (round.state === 'draft' || round.state === 'open') {
      throw JudgingErrors.forbidden({
        en: 'Judges see the round’s results only once it is closed',
        zh: '评审只能在轮次关闭后查看结果',
      });
    }
    if (!round.visibility.judgesSeeResultsAfterClose) {
      throw JudgingErrors.forbidden({
        en: 'This round does not show its results to judges',
        zh: '此轮次不向评审展示结果',
      });
    }
    const entrants = await this.entrants.entrants(round.id);
    const conflicts = await this.judges.conflictsInRound(round, [viewer.userId], entrants);
    const hidden = new Set(
      entrants.filter((e) => conflicts.has(conflictKey(viewer.userId as string, e.id))).map((e) => e.id),
    );
    if (hidden.size === 0) return this.current(round);
    // Recomputed as if the hidden entrants did not exist: filtering the rows of the full results would leave
    // every statistic, normalisation and rank computed with them, from which their scores can be recovered.
    const { input, version } = await this.inputs(round);
    const view = this.view(round, version, entrants, resultsWithout(input, hidden));
    const outcome = round.state === 'finalised' ? await this.outcomes.outcome(round.id) : null;
    return {
      ...view,
      chairDecision: round.chairDecision && {
        ...round.chairDecision,
        order: round.chairDecision.order.filter((id) => !hidden.has(id)),
      },
      // Not the stored document (that one holds the hidden entrants), so not its checksum.
      checksum: null,
      finalisedAt: outcome?.finalisedAt ?? null,
    };
  }

  /** The entrants' totals in the category's latest closed self-assessment round before this one. */
  private async selfAssessmentTotals(
    round: JudgingRound,
    entrants: RoundEntrant[],
  ): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    if (isSelfAssessment(round.stageType)) return totals;
    const selfRound = await this.rounds.selfAssessmentRoundBefore(round);
    if (!selfRound) return totals;
    const version = await this.rubrics.findVersion(selfRound.rubricId, selfRound.rubricVersion);
    if (!version) return totals;
    const byCandidacy = new Map(entrants.map((e) => [e.candidacyId, e.id]));
    const selfEntrants = new Map(
      (await this.entrants.entrants(selfRound.id)).map((e) => [e.id, byCandidacy.get(e.candidacyId)]),
    );
    for (const sheet of await this.sheets.sheets(selfRound.id)) {
      const entrantId = selfEntrants.get(sheet.entrantId);
      if (sheet.state !== 'submitted' || sheet.assignmentId !== null || !entrantId) continue;
      totals.set(entrantId, rubricResult(version.definition, sheet.values).total);
    }
    return totals;
  }

  /** What each judge and each entrant still owes: organizers watch a round's progress with this. */
  async progress(roundId: string) {
    const round = await this.rounds.find(roundId);
    if (!round) throw JudgingErrors.roundNotFound(roundId);
    const entrants = await this.entrants.entrants(roundId);
    const sheetOf = (s: ScoreSheet | undefined) => s?.state ?? 'not-started';
    if (isSelfAssessment(round.stageType)) {
      const sheets = new Map((await this.sheets.sheets(roundId)).map((s) => [s.entrantId, s]));
      const rows = entrants.map((e) => ({
        assignmentId: null,
        entrantId: e.id,
        judgeId: null,
        sheetId: sheets.get(e.id)?.id ?? null,
        state: sheetOf(sheets.get(e.id)),
      }));
      return {
        roundId,
        state: round.state,
        judges: [],
        entrants: entrants.map((e, i) => ({
          entrantId: e.id,
          enterpriseName: e.enterpriseName,
          assigned: 1,
          submitted: rows[i].state === 'submitted' ? 1 : 0,
          drafts: rows[i].state === 'draft' ? 1 : 0,
          notStarted: rows[i].state === 'not-started' ? 1 : 0,
        })),
        sheets: rows,
        submitted: rows.filter((r) => r.state === 'submitted').length,
        conflictsAwaitingDecision: [],
      };
    }
    const assignments = await this.assignments.assignments(roundId, true);
    const sheets = new Map((await this.sheets.sheets(roundId)).map((s) => [s.assignmentId, s]));
    const tally = <K extends string>(key: (a: (typeof assignments)[number]) => K) => {
      const counts = new Map<
        K,
        { assigned: number; submitted: number; drafts: number; notStarted: number }
      >();
      for (const a of assignments) {
        const c = counts.get(key(a)) ?? { assigned: 0, submitted: 0, drafts: 0, notStarted: 0 };
        const state = sheetOf(sheets.get(a.id));
        c.assigned++;
        if (state === 'submitted') c.submitted++;
        else if (state === 'draft') c.drafts++;
        else c.notStarted++;
        counts.set(key(a), c);
      }
      return counts;
    };
    const conflicted = await this.judges.conflictedAssignments(round, assignments, entrants);
    const perJudge = tally((a) => a.judgeId);
    const perEntrant = tally((a) => a.entrantId);
    const names = new Map(assignments.map((a) => [a.judgeId, a.judgeName]));
    return {
      roundId,
      state: round.state,
      judges: [...perJudge].map(([judgeId, c]) => ({ judgeId, displayName: names.get(judgeId) ?? '', ...c })),
      entrants: entrants.map((e) => ({
        entrantId: e.id,
        enterpriseName: e.enterpriseName,
        ...(perEntrant.get(e.id) ?? { assigned: 0, submitted: 0, drafts: 0, notStarted: 0 }),
      })),
      sheets: assignments.map((a) => ({
        assignmentId: a.id,
        entrantId: a.entrantId,
        judgeId: a.judgeId,
        sheetId: sheets.get(a.id)?.id ?? null,
        state: sheetOf(sheets.get(a.id)),
      })),
      submitted: assignments.filter((a) => sheetOf(sheets.get(a.id)) === 'submitted').length,
      // Sheets a conflict reached after submission: they count until an organizer withdraws or keeps them.
      conflictsAwaitingDecision: conflicted
        .filter((c) => c.awaitingDecision)
        .map(({ assignmentId, judgeId, entrantId, sheetId, reasons }) => ({
          assignmentId,
          judgeId,
          entrantId,
          sheetId,
          reasons,
        })),
    };
  }
}
