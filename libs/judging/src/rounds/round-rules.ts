/**
 * A judging round's rules as pure functions: its stages and states, what a round's settings must satisfy, and
 * what each state change requires. The service applies them; the tests check them without a database.
 */
import type { Localized } from '@app/common';
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
  message: Localized;
}

export const isSelfAssessment = (stageType: string) => stageType === 'self-assessment';

/** Everything wrong with a round's settings against its rubric, each naming its field. */
export function roundSettingsProblems(settings: RoundSettings, rubric: RubricContent): Problem[] {
  const problems: Problem[] = [];
  if (!STAGE_TYPE_PATTERN.test(settings.stageType)) {
    problems.push({
      field: 'stageType',
      message: {
        en: `one of ${STANDARD_STAGE_TYPES.join(', ')}, or custom:<name> (lower-case letters, digits, -)`,
        zh: `须为 ${STANDARD_STAGE_TYPES.join('、')} 之一，或 custom:<名称>（小写字母、数字、-）`,
      },
    });
  }
  if (!(AGGREGATION_METHODS as readonly string[]).includes(settings.aggregationMethod)) {
    problems.push({
      field: 'aggregationMethod',
      message: {
        en: `one of ${AGGREGATION_METHODS.join(', ')}`,
        zh: `须为 ${AGGREGATION_METHODS.join('、')} 之一`,
      },
    });
  }
  if (isSelfAssessment(settings.stageType) && settings.judgesPerEntrant !== 1) {
    problems.push({
      field: 'judgesPerEntrant',
      message: {
        en: 'a self-assessment round is scored once, by the entrant itself: 1',
        zh: '自评轮次只由参评者自己评分一次：1',
      },
    });
  }
  if (isSelfAssessment(settings.stageType) && settings.selfAssessmentWeight !== 0) {
    problems.push({
      field: 'selfAssessmentWeight',
      message: { en: 'a self-assessment round cannot weigh itself', zh: '自评轮次不能为自身设权重' },
    });
  }
  const seen = new Set<string>();
  settings.tieBreak.forEach((step, i) => {
    if (!(TIE_BREAK_STEPS as readonly string[]).includes(step)) {
      problems.push({
        field: `tieBreak[${i}]`,
        message: {
          en: `one of ${TIE_BREAK_STEPS.join(', ')}`,
          zh: `须为 ${TIE_BREAK_STEPS.join('、')} 之一`,
        },
      });
    } else if (seen.has(step)) {
      problems.push({
        field: `tieBreak[${i}]`,
        message: { en: `${step} is listed twice`, zh: `${step} 重复列出` },
      });
    }
    seen.add(step);
  });
  const rule = settings.advancementRule;
  if (rule?.kind === 'min-band' && !rubric.bands.some((b) => b.outcome === rule.band)) {
    problems.push({
      field: 'advancementRule.band',
      message: {
        en: `not a band of the rubric (${rubric.bands.map((b) => b.outcome).join(', ')})`,
        zh: `不是评分细则的等级（${rubric.bands.map((b) => b.outcome).join('、')}）`,
      },
    });
  }
  if (rule?.kind === 'min-score' && (rule.score < 0 || rule.score > 100)) {
    problems.push({ field: 'advancementRule.score', message: { en: 'from 0 to 100', zh: '0 到 100' } });
  }
  if (settings.opensAt && settings.closesAt && settings.opensAt >= settings.closesAt) {
    problems.push({ field: 'closesAt', message: { en: 'must be after opensAt', zh: '必须晚于 opensAt' } });
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
export function roundTransitionProblems(facts: RoundFacts, to: RoundState, forced: boolean): Localized[] {
  if (NEXT[facts.state] !== to) {
    return [
      {
        en: `a ${facts.state} round can only move to ${NEXT[facts.state] ?? 'no other state'}, not ${to}`,
        zh: `处于 ${facts.state} 的轮次只能转到 ${NEXT[facts.state] ?? '（无）'}，不能转到 ${to}`,
      },
    ];
  }
  const problems: Localized[] = [];
  if (to === 'open') {
    if (!facts.campaignAllowsJudging)
      problems.push({
        en: 'the campaign is not in a state that allows judging',
        zh: '评选活动当前的状态不允许评审',
      });
    if (!facts.previousRoundFinalised)
      problems.push({
        en: 'the previous round of the category is not finalised',
        zh: '此奖项的上一轮次尚未定稿',
      });
    if (facts.entrants === 0) problems.push({ en: 'the round has no entrants', zh: '此轮次没有参评者' });
    if (!isSelfAssessment(facts.stageType) && facts.entrantsShortOfJudges > 0) {
      problems.push({
        en: `${facts.entrantsShortOfJudges} entrant(s) have fewer than ${facts.judgesPerEntrant} assigned judges`,
        zh: `${facts.entrantsShortOfJudges} 名参评者分配到的评审少于 ${facts.judgesPerEntrant} 名`,
      });
    }
  }
  if (to === 'closed' && facts.unsubmittedSheets > 0 && !forced) {
    problems.push({
      en: `${facts.unsubmittedSheets} score sheet(s) are not submitted: wait, or force the close with a reason`,
      zh: `${facts.unsubmittedSheets} 份评分表未提交：请等待，或附理由强制关闭`,
    });
  }
  // Counted sheets, not owed ones: a withdrawn sheet leaves nothing owed, yet its entrant is judged by fewer
  // than the round promised, which only a forced close (with its reason, published) may accept.
  if (
    to === 'closed' &&
    !isSelfAssessment(facts.stageType) &&
    facts.entrantsShortOfCountedSheets > 0 &&
    !forced
  ) {
    problems.push({
      en:
        `${facts.entrantsShortOfCountedSheets} entrant(s) have fewer than ${facts.judgesPerEntrant} counted sheets: ` +
        'assign another judge, or force the close with a reason',
      zh: `${facts.entrantsShortOfCountedSheets} 名参评者的有效评分表少于 ${facts.judgesPerEntrant} 份：请再分配一名评审，或附理由强制关闭`,
    });
  }
  // The invariant behind both forced paths: whatever way the shortfall came, finalising needs a reason on record.
  if (
    to === 'finalised' &&
    !isSelfAssessment(facts.stageType) &&
    facts.entrantsShortOfCountedSheets > 0 &&
    !facts.forcedCloseReasonRecorded
  ) {
    problems.push({
      en:
        `${facts.entrantsShortOfCountedSheets} entrant(s) have fewer than ${facts.judgesPerEntrant} counted sheets ` +
        'and no organizer forced it with a reason',
      zh: `${facts.entrantsShortOfCountedSheets} 名参评者的有效评分表少于 ${facts.judgesPerEntrant} 份，且没有组织者附理由强制关闭`,
    });
  }
  return problems;
}

/** Assignments may change while the round is being prepared or is open; never once closed. */
export const assignmentsEditable = (state: RoundState) => state === 'draft' || state === 'open';

/** Entrants may be added or removed only before judging starts. */
export const entrantsEditable = (state: RoundState) => state === 'draft';
