import { CAMPAIGN_STATES, nextState, sectionFrozenProblem, transitionProblems } from './campaign-lifecycle';
import {
  scheduleProblems,
  SCHEDULE_FIELDS,
  shiftScheduleByYears,
  type CampaignSchedule,
} from './campaign-schedule';

const ready = {
  categoryCount: 1,
  industryCount: 2,
  methodologyVersion: 'csi-2026.1',
  methodologyKnown: true,
};

describe('campaign lifecycle', () => {
  it('moves only one step forward, in the published order', () => {
    expect(CAMPAIGN_STATES.map((s) => nextState(s))).toEqual([
      'registration',
      'survey',
      'judging',
      'deciding',
      'announced',
      'archived',
      null,
    ]);
    for (const from of CAMPAIGN_STATES) {
      for (const to of CAMPAIGN_STATES) {
        const problems = transitionProblems({ ...ready, state: from }, to);
        expect(problems.length === 0).toBe(nextState(from) === to);
      }
    }
  });

  it('does not open registration without a category and an industry', () => {
    expect(
      transitionProblems(
        { ...ready, state: 'draft', categoryCount: 0, industryCount: 0 },
        'registration',
      ).map((p) => p.en),
    ).toEqual([
      'registration cannot open without at least one award category',
      'registration cannot open without at least one industry in scope',
    ]);
  });

  it('does not open the survey without a known methodology version', () => {
    expect(
      transitionProblems(
        { ...ready, state: 'registration', methodologyVersion: 'made-up', methodologyKnown: false },
        'survey',
      ),
    ).toEqual([
      {
        en: expect.stringContaining('known methodology version'),
        zh: expect.stringContaining('当前为 made-up'),
      },
    ]);
    expect(transitionProblems({ ...ready, state: 'registration' }, 'survey')).toEqual([]);
  });

  it.each([
    ['draft', 'categories', false],
    ['registration', 'categories', true],
    ['registration', 'industries', true],
    ['registration', 'rules', false],
    ['survey', 'rules', true],
    ['deciding', 'schedule', false],
    ['announced', 'schedule', true],
    ['announced', 'details', false],
    ['archived', 'details', true],
  ] as const)('in %s, %s frozen: %s', (state, section, frozen) => {
    expect(sectionFrozenProblem(state, section) !== null).toBe(frozen);
  });
});

describe('campaign schedule', () => {
  const empty = Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, null])) as CampaignSchedule;
  const at = (iso: string) => new Date(iso);

  it('accepts an ordered schedule, with windows allowed to touch', () => {
    expect(
      scheduleProblems({
        ...empty,
        registrationOpensAt: at('2027-01-01T00:00:00Z'),
        registrationClosesAt: at('2027-03-01T00:00:00Z'),
        surveyOpensAt: at('2027-03-01T00:00:00Z'),
        surveyClosesAt: at('2027-05-01T00:00:00Z'),
        announcementAt: at('2027-09-01T00:00:00Z'),
      }),
    ).toEqual([]);
  });

  it('names the entry that is out of order, skipping open entries', () => {
    expect(
      scheduleProblems({
        ...empty,
        registrationOpensAt: at('2027-02-01T00:00:00Z'),
        surveyOpensAt: at('2027-01-01T00:00:00Z'),
      }),
    ).toEqual([
      {
        field: 'surveyOpensAt',
        message: {
          en: 'surveyOpensAt must be at or after registrationOpensAt',
          zh: 'surveyOpensAt 必须不早于 registrationOpensAt',
        },
      },
    ]);
  });

  it('requires a window to close strictly after it opens', () => {
    const t = at('2027-03-01T00:00:00Z');
    expect(scheduleProblems({ ...empty, surveyOpensAt: t, surveyClosesAt: t })).toEqual([
      {
        field: 'surveyClosesAt',
        message: {
          en: 'surveyClosesAt must be after surveyOpensAt',
          zh: 'surveyClosesAt 必须晚于 surveyOpensAt',
        },
      },
    ]);
  });

  it('shifts a schedule by a year, keeping the time, and 29 February to 28 February', () => {
    const shifted = shiftScheduleByYears(
      {
        ...empty,
        registrationOpensAt: at('2028-02-29T08:30:00Z'),
        announcementAt: at('2027-09-15T02:00:00Z'),
      },
      1,
    );
    expect(shifted.registrationOpensAt?.toISOString()).toBe('2029-02-28T08:30:00.000Z');
    expect(shifted.announcementAt?.toISOString()).toBe('2028-09-15T02:00:00.000Z');
    expect(shifted.surveyOpensAt).toBeNull();
  });
});
