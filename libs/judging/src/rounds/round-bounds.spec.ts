import {
  automaticAssignmentBeyondBound,
  entrantsBeyondBound,
  MAX_AUTOMATIC_ASSIGNMENT_WORK,
  MAX_ROUND_ENTRANTS,
} from './round-bounds';

const english = (reason: { en: string } | null) => reason?.en ?? null;

describe('round bounds', () => {
  it('lets a round hold up to MAX_ROUND_ENTRANTS entrants, and says so beyond', () => {
    expect(english(entrantsBeyondBound(MAX_ROUND_ENTRANTS))).toBeNull();
    expect(english(entrantsBeyondBound(MAX_ROUND_ENTRANTS + 1))).toContain(
      `at most ${MAX_ROUND_ENTRANTS} entrants`,
    );
  });

  it('bounds one automatic assignment by (to assign) x entrants x judges', () => {
    // 300 entrants x 10 judges x 3 each: 900 x 3,000 = 2.7 million, within; 600 x 20 x 3: 1,800 x 12,000 = 21.6 million.
    expect(english(automaticAssignmentBeyondBound({ entrants: 300, judges: 10, toAssign: 900 }))).toBeNull();
    expect(english(automaticAssignmentBeyondBound({ entrants: 600, judges: 20, toAssign: 1800 }))).toContain(
      `(21600000 > ${MAX_AUTOMATIC_ASSIGNMENT_WORK})`,
    );
    // Assignments already made shrink the work: the same round with most entrants assigned by hand passes.
    expect(english(automaticAssignmentBeyondBound({ entrants: 600, judges: 20, toAssign: 300 }))).toBeNull();
  });
});
