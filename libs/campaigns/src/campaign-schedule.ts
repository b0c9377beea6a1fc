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
