import { RubricContent } from '../rubrics/rubric';
import { RoundFacts, roundSettingsProblems, RoundSettings, roundTransitionProblems } from './round-rules';

const RUBRIC: RubricContent = {
  categories: [
    { code: 'c', name: 'C', weight: 100, items: [{ code: 'i', name: 'I', scaleMin: 0, scaleMax: 10 }] },
  ],
  bands: [
    { min: 51, max: 100, outcome: 'pass' },
    { min: 0, max: 50, outcome: 'fail' },
  ],
};

const settings = (overrides: Partial<RoundSettings> = {}): RoundSettings => ({
  stageType: 'document-review',
  judgesPerEntrant: 3,
  aggregationMethod: 'mean',
  disagreementThreshold: 15,
  advancementRule: { kind: 'top-n', n: 5, perIndustry: true },
  tieBreak: ['heaviest-category', 'lower-spread', 'chair-decision'],
  selfAssessmentWeight: 0,
  opensAt: null,
  closesAt: null,
  ...overrides,
});

const facts = (overrides: Partial<RoundFacts> = {}): RoundFacts => ({
  state: 'draft',
  stageType: 'site-visit',
  judgesPerEntrant: 3,
  entrants: 4,
  entrantsShortOfJudges: 0,
  previousRoundFinalised: true,
  unsubmittedSheets: 0,
  entrantsShortOfCountedSheets: 0,
  forcedCloseReasonRecorded: false,
  campaignAllowsJudging: true,
  ...overrides,
});

const english = (reasons: { en: string }[]) => reasons.map((r) => r.en);

describe('round settings', () => {
  it('accepts standard and custom stages', () => {
    expect(roundSettingsProblems(settings(), RUBRIC)).toEqual([]);
    expect(roundSettingsProblems(settings({ stageType: 'custom:customer-jury' }), RUBRIC)).toEqual([]);
  });

  it('names every field at fault', () => {
    const problems = roundSettingsProblems(
      settings({
        stageType: 'party',
        tieBreak: ['lower-spread', 'lower-spread', 'coin' as never],
        advancementRule: { kind: 'min-band', band: 'gold' },
        opensAt: new Date('2027-05-02'),
        closesAt: new Date('2027-05-01'),
      }),
      RUBRIC,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'stageType',
      'tieBreak[1]',
      'tieBreak[2]',
      'advancementRule.band',
      'closesAt',
    ]);
  });

  it('a self-assessment round is scored once and carries no weight of its own', () => {
    const problems = roundSettingsProblems(
      settings({ stageType: 'self-assessment', judgesPerEntrant: 2, selfAssessmentWeight: 10 }),
      RUBRIC,
    );
    expect(problems.map((p) => p.field)).toEqual(['judgesPerEntrant', 'selfAssessmentWeight']);
  });
});

describe('round transitions', () => {
  it('moves one step forward only', () => {
    expect(english(roundTransitionProblems(facts(), 'open', false))).toEqual([]);
    expect(english(roundTransitionProblems(facts(), 'closed', false))).toEqual([
      'a draft round can only move to open, not closed',
    ]);
    expect(english(roundTransitionProblems(facts({ state: 'finalised' }), 'open', false))).toEqual([
      'a finalised round can only move to no other state, not open',
    ]);
  });

  it('opening needs the campaign, the previous round, entrants and k judges each', () => {
    expect(
      english(
        roundTransitionProblems(
          facts({
            campaignAllowsJudging: false,
            previousRoundFinalised: false,
            entrants: 0,
            entrantsShortOfJudges: 2,
          }),
          'open',
          false,
        ),
      ),
    ).toEqual([
      'the campaign is not in a state that allows judging',
      'the previous round of the category is not finalised',
      'the round has no entrants',
      '2 entrant(s) have fewer than 3 assigned judges',
    ]);
    // A self-assessment round has no judges to assign.
    expect(
      roundTransitionProblems(
        facts({ stageType: 'self-assessment', entrantsShortOfJudges: 4 }),
        'open',
        false,
      ),
    ).toEqual([]);
  });

  it('closing with sheets missing needs a forced close', () => {
    const open = facts({ state: 'open', unsubmittedSheets: 2 });
    expect(english(roundTransitionProblems(open, 'closed', false))).toEqual([
      '2 score sheet(s) are not submitted: wait, or force the close with a reason',
    ]);
    expect(english(roundTransitionProblems(open, 'closed', true))).toEqual([]);
    expect(english(roundTransitionProblems(facts({ state: 'closed' }), 'finalised', false))).toEqual([]);
  });

  it('closing with an entrant short of its k counted sheets needs a forced close, even with nothing owed', () => {
    const short = facts({ state: 'open', entrantsShortOfCountedSheets: 1 });
    expect(english(roundTransitionProblems(short, 'closed', false))).toEqual([
      '1 entrant(s) have fewer than 3 counted sheets: assign another judge, or force the close with a reason',
    ]);
    expect(english(roundTransitionProblems(short, 'closed', true))).toEqual([]);
  });

  it('finalising with an entrant short of its k counted sheets needs a forced reason on record', () => {
    const short = facts({ state: 'closed', entrantsShortOfCountedSheets: 2 });
    expect(english(roundTransitionProblems(short, 'finalised', false))).toEqual([
      '2 entrant(s) have fewer than 3 counted sheets and no organizer forced it with a reason',
    ]);
    expect(
      roundTransitionProblems({ ...short, forcedCloseReasonRecorded: true }, 'finalised', false),
    ).toEqual([]);
  });
});
