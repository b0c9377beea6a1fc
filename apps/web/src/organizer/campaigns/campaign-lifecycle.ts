import type { components } from '../../api/schema';

export type CampaignState = components['schemas']['CampaignSummaryDto']['state'];
export type Schedule = components['schemas']['ScheduleDto'];
export type ScheduleKey = keyof Schedule;

/** The lifecycle, one step forward at a time (the API refuses any other move). */
export const CAMPAIGN_STATES: readonly CampaignState[] = [
  'draft',
  'registration',
  'survey',
  'judging',
  'deciding',
  'announced',
  'archived',
];

/** The schedule's date at which the campaign enters each state on its own (draft and archived have none). */
export const STATE_OPENS_AT: Partial<Record<CampaignState, ScheduleKey>> = {
  registration: 'registrationOpensAt',
  survey: 'surveyOpensAt',
  judging: 'judgingStartsAt',
  deciding: 'judgingEndsAt',
  announced: 'announcementAt',
};

/** The schedule's dates each state's step of the timeline shows: when it opens, and when its window closes. */
export const STATE_DATES: Record<CampaignState, ScheduleKey[]> = {
  draft: [],
  registration: ['registrationOpensAt', 'registrationClosesAt'],
  survey: ['surveyOpensAt', 'surveyClosesAt'],
  judging: ['judgingStartsAt'],
  deciding: ['judgingEndsAt'],
  announced: ['announcementAt'],
  archived: [],
};

/** The schedule's dates in order, as the timeline lists them. */
export const SCHEDULE_KEYS: readonly ScheduleKey[] = [
  'registrationOpensAt',
  'registrationClosesAt',
  'surveyOpensAt',
  'surveyClosesAt',
  'judgingStartsAt',
  'judgingEndsAt',
  'announcementAt',
];

export function nextState(state: CampaignState): CampaignState | null {
  const i = CAMPAIGN_STATES.indexOf(state);
  return i >= 0 && i < CAMPAIGN_STATES.length - 1 ? CAMPAIGN_STATES[i + 1] : null;
}

/**
 * The move an organizer may ask for by a transition: the next state, except `announced`, which only the
 * announcement itself reaches (the API refuses a bare transition to it).
 */
export function transitionTarget(state: CampaignState): CampaignState | null {
  const next = nextState(state);
  return next === 'announced' ? null : next;
}

/** Where each state stands against the current one, for the timeline. */
export function stepStatus(step: CampaignState, current: CampaignState): 'done' | 'current' | 'upcoming' {
  const a = CAMPAIGN_STATES.indexOf(step);
  const b = CAMPAIGN_STATES.indexOf(current);
  return a < b ? 'done' : a === b ? 'current' : 'upcoming';
}

/** The next state the schedule will move the campaign into, and when (null when no date is set for it). */
export function nextScheduledTransition(
  state: CampaignState,
  schedule: Schedule,
): { state: CampaignState; at: string } | null {
  const next = nextState(state);
  const key = next ? STATE_OPENS_AT[next] : undefined;
  const at = key ? schedule[key] : null;
  return next && at ? { state: next, at } : null;
}
