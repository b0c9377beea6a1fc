/**
 * A judging round's rules as pure functions: its stages and states, what a round's settings must satisfy, and
 * what each state change requires. The service applies them; the tests check them without a database.
 */
import { AdvancementRule } from '../results/advancement';
import { AGGREGATION_METHODS, AggregationMethod } from '../results/panel-aggregation';
import { RubricContent } from '../rubrics/rubric';
import { TIE_BREAK_STEPS, TieBreakStep } from '../results/tie-break';

export const STANDARD_STAGE_TYPES = [
  'self-assessment',
  'document-review',
  'mystery-call',
  'site-visit',
  'final-panel',
] as const;

/** A standard stage, or a custom one written `custom:<name>` (e.g. `custom:customer-panel`). */
export const STAGE_TYPE_PATTERN =
  /^(self-assessment|document-review|mystery-call|site-visit|final-panel|custom:[a-z0-9][a-z0-9-]{0,31})$/;

export const ROUND_STATES = ['draft', 'open', 'closed', 'finalised'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** Who sees what, published with the round. */
export interface RoundVisibility {
  /** Judges of the panel may read the round's results (every judge's totals) once it is closed. */
  judgesSeeResultsAfterClose: boolean;
  /** After the campaign's announcement, each entrant may read its own feedback from this round. */
  feedbackToEntrants: boolean;
  /** The feedback includes the judges' comments (never their names). */
  feedbackIncludesComments: boolean;
}

export const DEFAULT_VISIBILITY: RoundVisibility = {
  judgesSeeResultsAfterClose: true,
  feedbackToEntrants: true,
  feedbackIncludesComments: true,
};

export interface RoundSettings {
  stageType: string;
  judgesPerEntrant: number;
  aggregationMethod: AggregationMethod;
  disagreementThreshold: number;
  advancementRule: AdvancementRule | null;
  tieBreak: TieBreakStep[];
  selfAssessmentWeight: number;
  opensAt: Date | null;
  closesAt: Date | null;
}

export interface Problem {
  field: string;
  message: string;
}

export const isSelfAssessment = (stageType: string) => stageType === 'self-assessment';

/** Everything wrong with a round's settings against its rubric, each naming its field. */
export function roundSettingsProblems(settings: RoundSettings, rubric: RubricContent): Problem[] {
  const problems: Problem[] = [];
  if (!STAGE_TYPE_PATTERN.test(settings.stageType)) {
    problems.push({
      field: 'stageType',
      message: `one of ${STANDARD_STAGE_TYPES.join(', ')}, or custom:<name> (lower-case letters, digits, -)`,
    });
  }
  if (!(AGGREGATION_METHODS as readonly string[]).includes(settings.aggregationMethod)) {
    problems.push({ field: 'aggregationMethod', message: `one of ${AGGREGATION_METHODS.join(', ')}` });
  }
  if (isSelfAssessment(settings.stageType) && settings.judgesPerEntrant !== 1) {
    problems.push({
      field: 'judgesPerEntrant',
      message: 'a self-assessment round is scored once, by the entrant itself: 1',
    });
  }
  if (isSelfAssessment(settings.stageType) && settings.selfAssessmentWeight !== 0) {
    problems.push({ field: 'selfAssessmentWeight', message: 'a self-assessment round cannot weigh itself' });
  }
  const seen = new Set<string>();
  settings.tieBreak.forEach((step, i) => {
    if (!(TIE_BREAK_STEPS as readonly string[]).includes(step)) {
      problems.push({ field: `tieBreak[${i}]`, message: `one of ${TIE_BREAK_STEPS.join(', ')}` });
    } else if (seen.has(step)) {
      problems.push({ field: `tieBreak[${i}]`, message: `${step} is listed twice` });
    }
    seen.add(step);
  });
  const rule = settings.advancementRule;
  if (rule?.kind === 'min-band' && !rubric.bands.some((b) => b.outcome === rule.band)) {
    problems.push({
      field: 'advancementRule.band',
      message: `not a band of the rubric (${rubric.bands.map((b) => b.outcome).join(', ')})`,
    });
  }
  if (rule?.kind === 'min-score' && (rule.score < 0 || rule.score > 100)) {
    problems.push({ field: 'advancementRule.score', message: 'from 0 to 100' });
  }
  if (settings.opensAt && settings.closesAt && settings.opensAt >= settings.closesAt) {
    problems.push({ field: 'closesAt', message: 'must be after opensAt' });
  }
  return problems;
}

/** What the round looks like when an organizer (or its schedule) asks it to move on. */
export interface RoundFacts {
  state: RoundState;
  stageType: string;
  judgesPerEntrant: number;
  /** Entrants not removed. */
  entrants: number;
  /** Entrants with fewer than judgesPerEntrant active assignments (panel rounds only). */
  entrantsShortOfJudges: number;
  /** The previous round of the category is finalised, or there is none. */
  previousRoundFinalised: boolean;
  /** Sheets not submitted: of active assignments, or of entrants in a self-assessment round. */
  unsubmittedSheets: number;
  /**
   * Entrants with fewer than judgesPerEntrant counted sheets (submitted, of active assignments; panel rounds
   * only): an organizer withdrew a sheet, or a judge's assignment ended and nobody took it over.
   */
  entrantsShortOfCountedSheets: number;
  /** An organizer forced a shortfall with a reason: a forced close, or a forced withdrawal after closing. */
  forcedCloseReasonRecorded: boolean;
  /** The campaign is in `judging` (or `survey`, for self-assessment rounds, which run during the survey). */
  campaignAllowsJudging: boolean;
}

const NEXT: Record<RoundState, RoundState | null> = {
  draft: 'open',
  open: 'closed',
  closed: 'finalised',
  finalised: null,
};

/**
 * Why the round cannot move to `to` (empty when it can). Closing with sheets missing, or with an entrant short
 * of its k counted sheets, needs a forced close with a reason; the missing sheets are then excluded from the
 * results and reported.
 */
export function roundTransitionProblems(facts: RoundFacts, to: RoundState, forced: boolean): string[] {
  if (NEXT[facts.state] !== to) {
    return [`a ${facts.state} round can only move to ${NEXT[facts.state] ?? 'no other state'}, not ${to}`];
  }
  const problems: string[] = [];
  if (to === 'open') {
    if (!facts.campaignAllowsJudging) problems.push('the campaign is not in a state that allows judging');
    if (!facts.previousRoundFinalised) problems.push('the previous round of the category is not finalised');
    if (facts.entrants === 0) problems.push('the round has no entrants');
    if (!isSelfAssessment(facts.stageType) && facts.entrantsShortOfJudges > 0) {
      problems.push(
        `${facts.entrantsShortOfJudges} entrant(s) have fewer than ${facts.judgesPerEntrant} assigned judges`,
      );
    }
  }
  if (to === 'closed' && facts.unsubmittedSheets > 0 && !forced) {
    problems.push(
      `${facts.unsubmittedSheets} score sheet(s) are not submitted: wait, or force the close with a reason`,
    );
  }
  // Counted sheets, not owed ones: a withdrawn sheet leaves nothing owed, yet its entrant is judged by fewer
  // than the round promised, which only a forced close (with its reason, published) may accept.
  if (
    to === 'closed' &&
    !isSelfAssessment(facts.stageType) &&
    facts.entrantsShortOfCountedSheets > 0 &&
    !forced
  ) {
    problems.push(
      `${facts.entrantsShortOfCountedSheets} entrant(s) have fewer than ${facts.judgesPerEntrant} counted sheets: ` +
        'assign another judge, or force the close with a reason',
    );
  }
  // The invariant behind both forced paths: whatever way the shortfall came, finalising needs a reason on record.
  if (
    to === 'finalised' &&
    !isSelfAssessment(facts.stageType) &&
    facts.entrantsShortOfCountedSheets > 0 &&
    !facts.forcedCloseReasonRecorded
  ) {
    problems.push(
      `${facts.entrantsShortOfCountedSheets} entrant(s) have fewer than ${facts.judgesPerEntrant} counted sheets ` +
        'and no organizer forced it with a reason',
    );
  }
  return problems;
}

/** Assignments may change while the round is being prepared or is open; never once closed. */
export const assignmentsEditable = (state: RoundState) => state === 'draft' || state === 'open';

/** Entrants may be added or removed only before judging starts. */
export const entrantsEditable = (state: RoundState) => state === 'draft';
