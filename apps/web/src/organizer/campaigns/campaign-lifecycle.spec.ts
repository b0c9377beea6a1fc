import { nextScheduledTransition, nextState, stepStatus, transitionTarget } from './campaign-lifecycle';

describe('The campaign lifecycle as the dashboard reads it', () => {
  it('moves one step forward, and never past archived', () => {
    expect(nextState('draft')).toBe('registration');
    expect(nextState('deciding')).toBe('announced');
    expect(nextState('archived')).toBeNull();
  });

  it('offers no bare transition to announced: the announcement does that', () => {
    expect(transitionTarget('judging')).toBe('deciding');
    expect(transitionTarget('deciding')).toBeNull();
    expect(transitionTarget('announced')).toBe('archived');
  });

  it('places each step before, at or after the current state', () => {
    expect(stepStatus('draft', 'survey')).toBe('done');
    expect(stepStatus('survey', 'survey')).toBe('current');
    expect(stepStatus('archived', 'survey')).toBe('upcoming');
  });

  it("names the next scheduled move from the schedule's date for the next state", () => {
    const schedule = { surveyOpensAt: '2027-03-01T00:00:00.000Z', judgingStartsAt: null };
    expect(nextScheduledTransition('registration', schedule)).toEqual({
      state: 'survey',
      at: '2027-03-01T00:00:00.000Z',
    });
    expect(nextScheduledTransition('survey', schedule)).toBeNull();
    expect(nextScheduledTransition('archived', schedule)).toBeNull();
  });
});
