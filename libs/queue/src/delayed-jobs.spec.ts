import { reconciledDelay, SCHEDULE_CATCH_UP_MS } from './delayed-jobs';

describe('reconciledDelay', () => {
  const now = new Date('2027-09-15T02:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);

  it('waits for a time still to come', () => {
    expect(reconciledDelay(at(5000), now)).toBe(5000);
  });

  it('runs at once a time that passed within the catch-up window, and not one older than it', () => {
    expect(reconciledDelay(now, now)).toBe(0);
    expect(reconciledDelay(at(-SCHEDULE_CATCH_UP_MS), now)).toBe(0);
    expect(reconciledDelay(at(-SCHEDULE_CATCH_UP_MS - 1), now)).toBeNull();
  });
});
