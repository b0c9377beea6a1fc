import type { Localized } from '@app/common';

/**
 * The campaign lifecycle as pure rules: which state follows which, what each transition requires, and what
 * may still be edited in each state. The service applies them; the tests check them without a database.
 */
export const CAMPAIGN_STATES = [
  'draft',
  'registration',
  'survey',
  'judging',
  'deciding',
  'announced',
  'archived',
] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export function nextState(state: CampaignState): CampaignState | null {
  const i = CAMPAIGN_STATES.indexOf(state);
  return i < CAMPAIGN_STATES.length - 1 ? CAMPAIGN_STATES[i + 1] : null;
}

export function isAtOrAfter(state: CampaignState, reference: CampaignState): boolean {
  return CAMPAIGN_STATES.indexOf(state) >= CAMPAIGN_STATES.indexOf(reference);
}

/** What a transition's preconditions look at. */
export interface TransitionFacts {
  state: CampaignState;
  categoryCount: number;
  industryCount: number;
  methodologyVersion: string | null;
  /** Whether that version exists in methodology_versions (versions are data, see the surveys lib). */
  methodologyKnown: boolean;
}

/** Reasons the move to `to` is refused; empty when it is allowed. Transitions only go one step forward. */
export function transitionProblems(facts: TransitionFacts, to: CampaignState): Localized[] {
  if (nextState(facts.state) !== to) {
    return [
      {
        en: `a ${facts.state} campaign can only move to ${nextState(facts.state) ?? 'no other state'}, not ${to}`,
        zh: `处于 ${facts.state} 的评选活动只能转到 ${nextState(facts.state) ?? '（无）'}，不能转到 ${to}`,
      },
    ];
  }
  const problems: Localized[] = [];
  if (to === 'registration') {
    if (facts.categoryCount === 0)
      problems.push({
        en: 'registration cannot open without at least one award category',
        zh: '至少要有一个奖项才能开放报名',
      });
    if (facts.industryCount === 0)
      problems.push({
        en: 'registration cannot open without at least one industry in scope',
        zh: '至少要有一个参评行业才能开放报名',
      });
  }
  if (to === 'survey') {
    if (!facts.methodologyKnown) {
      problems.push({
        en: `the survey cannot open before a known methodology version is set (have ${facts.methodologyVersion ?? 'none'})`,
        zh: `设定已知的方法论版本之前不能开始调查（当前为 ${facts.methodologyVersion ?? '无'}）`,
      });
    }
  }
  return problems;
}

/** The parts of a campaign an organizer edits separately, each frozen from a certain state on. */
export type CampaignSection = 'identity' | 'details' | 'industries' | 'categories' | 'schedule' | 'rules';

/** The first state in which a section can no longer be changed. */
const FROZEN_FROM: Record<CampaignSection, CampaignState> = {
  identity: 'registration', // slug and year
  industries: 'registration',
  categories: 'registration',
  rules: 'survey', // ranking rules and the methodology are fixed once responses come in
  schedule: 'announced',
  details: 'archived',
};

export function sectionFrozenProblem(state: CampaignState, section: CampaignSection): Localized | null {
  return isAtOrAfter(state, FROZEN_FROM[section])
    ? {
        en: `the campaign's ${section} cannot change once it is ${FROZEN_FROM[section]} or later (it is ${state})`,
        zh: `评选活动进入 ${FROZEN_FROM[section]} 或之后，其 ${section} 不能再更改（当前为 ${state}）`,
      }
    : null;
}
