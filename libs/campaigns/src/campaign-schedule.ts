import type { LocalizedFieldProblem } from '@app/common';
import type { CampaignState } from './campaign-lifecycle';

/** The schedule in its required order; any entry may be left open (null). */
export const SCHEDULE_FIELDS = [
  'registrationOpensAt',
  'registrationClosesAt',
  'surveyOpensAt',
  'surveyClosesAt',
  'judgingStartsAt',
  'judgingEndsAt',
  'announcementAt',
] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];
export type CampaignSchedule = Record<ScheduleField, Date | null>;

/** Pairs that must be strictly increasing; the others may touch (a window can open as the previous closes). */
const STRICT: ReadonlySet<string> = new Set([
  'registrationOpensAt>registrationClosesAt',
  'surveyOpensAt>surveyClosesAt',
  'judgingStartsAt>judgingEndsAt',
]);

/** One problem per entry that comes before an earlier one in the order; empty when the schedule is in order. */
export function scheduleProblems(schedule: CampaignSchedule): LocalizedFieldProblem[] {
  const problems: LocalizedFieldProblem[] = [];
  let previous: { field: ScheduleField; at: Date } | null = null;
  for (const field of SCHEDULE_FIELDS) {
    const at = schedule[field];
    if (!at) continue;
    if (previous) {
      const strict = STRICT.has(`${previous.field}>${field}`);
      const bad = strict ? at.getTime() <= previous.at.getTime() : at.getTime() < previous.at.getTime();
      if (bad) {
        problems.push({
          field,
          message: {
            en: `${field} must be ${strict ? 'after' : 'at or after'} ${previous.field}`,
            zh: `${field} 必须${strict ? '晚于' : '不早于'} ${previous.field}`,
          },
        });
        continue;
      }
    }
    previous = { field, at };
  }
  return problems;
}

/** The schedule entries that move the campaign into a state when they come. */
export const SCHEDULED_TRANSITIONS: readonly { field: ScheduleField; to: CampaignState }[] = [
  { field: 'registrationOpensAt', to: 'registration' },
  { field: 'surveyOpensAt', to: 'survey' },
  { field: 'judgingStartsAt', to: 'judging' },
  { field: 'judgingEndsAt', to: 'deciding' },
  { field: 'announcementAt', to: 'announced' },
];

/** The same schedule a year later (clone), keeping day and time; 29 February becomes 28 February. */
export function shiftScheduleByYears(schedule: CampaignSchedule, years: number): CampaignSchedule {
  const shifted = {} as CampaignSchedule;
  for (const field of SCHEDULE_FIELDS) {
    const at = schedule[field];
    if (!at) {
      shifted[field] = null;
      continue;
    }
    const d = new Date(at.getTime());
    const month = d.getUTCMonth();
    d.setUTCFullYear(d.getUTCFullYear() + years);
    if (d.getUTCMonth() !== month) d.setUTCDate(0); // rolled into March: step back to the last day of February
    shifted[field] = d;
  }
  return shifted;
}

/** The schedule entry whose time opens each state (announcement included: it is entered by announcing). */
export function openingFieldOf(state: CampaignState): ScheduleField | null {
  return SCHEDULED_TRANSITIONS.find((t) => t.to === state)?.field ?? null;
}

/** A state entered before its window opened: the opening moved to now, or the earlier entry in the way. */
export type OpeningMove =
  | { kind: 'moved'; field: ScheduleField; from: Date; to: Date }
  | {
      kind: 'blocked';
      field: ScheduleField;
      from: Date;
      to: Date;
      blockedBy: ScheduleField;
      blockedAt: Date;
    };

/**
 * Entering `state` at `now` while its window opens later would leave the state and the dates disagreeing (an
 * entry or a response then refused as "not opened yet"), so the opening moves to now, to the whole second, so a
 * time a person writes to the second right after it still lies inside the window. An earlier entry that lies
 * after that second would break the schedule's order: that is `blocked`, naming the entry to change, because
 * closing an earlier window early (registration, the survey) is a decision for a person, not a side effect.
 * Null when the window is already open or has no opening time.
 */
export function openingMoveFor(
  schedule: CampaignSchedule,
  state: CampaignState,
  now: Date,
): OpeningMove | null {
  const field = openingFieldOf(state);
  const from = field ? schedule[field] : null;
  if (!field || !from || from.getTime() <= now.getTime()) return null;
  // a strict pair entered within one second (judging started, then ended) needs the milliseconds back
  const candidates = [new Date(Math.floor(now.getTime() / 1000) * 1000), now];
  const fits = candidates.find(
    (at) => !scheduleProblems({ ...schedule, [field]: at }).some((p) => p.field === field),
  );
  if (fits) return { kind: 'moved', field, from, to: fits };
  const to = candidates[0];
  const earlier = SCHEDULE_FIELDS.slice(0, SCHEDULE_FIELDS.indexOf(field));
  const blockedBy = [...earlier].reverse().find((f) => schedule[f] && schedule[f].getTime() >= to.getTime());
  if (!blockedBy) return { kind: 'moved', field, from, to: now };
  return { kind: 'blocked', field, from, to, blockedBy, blockedAt: schedule[blockedBy] as Date };
}
