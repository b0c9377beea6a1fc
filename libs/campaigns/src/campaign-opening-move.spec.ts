import { CampaignSchedule, openingMoveFor, SCHEDULE_FIELDS } from './campaign-schedule';

const empty = () => Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, null])) as CampaignSchedule;
const now = new Date('2027-03-01T10:00:00.750Z');
const at = (iso: string) => new Date(iso);

describe('openingMoveFor', () => {
  it('moves a future opening to now, to the whole second', () => {
    const schedule = { ...empty(), registrationOpensAt: at('2027-04-01T00:00:00Z') };
    expect(openingMoveFor(schedule, 'registration', now)).toEqual({
      kind: 'moved',
      field: 'registrationOpensAt',
      from: at('2027-04-01T00:00:00Z'),
      to: at('2027-03-01T10:00:00.000Z'),
    });
  });

  it('leaves an open window, a missing date and a state without one alone', () => {
    expect(
      openingMoveFor({ ...empty(), surveyOpensAt: at('2027-02-01T00:00:00Z') }, 'survey', now),
    ).toBeNull();
    expect(openingMoveFor(empty(), 'judging', now)).toBeNull();
    expect(
      openingMoveFor({ ...empty(), announcementAt: at('2028-01-01T00:00:00Z') }, 'archived', now),
    ).toBeNull();
  });

  it('names the earlier date that would fall after the moved opening', () => {
    const schedule = {
      ...empty(),
      registrationClosesAt: at('2027-03-10T00:00:00Z'),
      surveyOpensAt: at('2027-03-11T00:00:00Z'),
    };
    expect(openingMoveFor(schedule, 'survey', now)).toMatchObject({
      kind: 'blocked',
      field: 'surveyOpensAt',
      blockedBy: 'registrationClosesAt',
      blockedAt: at('2027-03-10T00:00:00Z'),
    });
  });

  it('keeps a strict pair strict within one second by keeping the milliseconds', () => {
    const schedule = {
      ...empty(),
      judgingStartsAt: at('2027-03-01T10:00:00.000Z'),
      judgingEndsAt: at('2027-04-01T00:00:00Z'),
    };
    expect(openingMoveFor(schedule, 'deciding', now)).toMatchObject({ kind: 'moved', to: now });
  });
});
