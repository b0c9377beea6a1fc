import { reconciledRoundJobs } from './round-scheduler';

const now = new Date('2027-06-01T00:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe('reconciledRoundJobs', () => {
  it('makes the opening, reminder and closing of a draft round with their saved ids', () => {
    const jobs = reconciledRoundJobs(
      { id: 'r1', state: 'draft', opensAt: hours(1), closesAt: hours(48), reminderHoursBeforeClose: 24 },
      now,
    );
    expect(jobs.map((j) => [j.opts.jobId, j.opts.delay])).toEqual([
      [`round-r1-open-${hours(1).getTime()}`, 3_600_000],
      [`round-r1-reminder-${hours(24).getTime()}`, 24 * 3_600_000],
      [`round-r1-closed-${hours(48).getTime()}`, 48 * 3_600_000],
    ]);
  });

  it('does not open an open round again, and leaves closed rounds alone', () => {
    const window = { opensAt: hours(-1), closesAt: hours(2), reminderHoursBeforeClose: 1 };
    expect(reconciledRoundJobs({ id: 'r1', state: 'open', ...window }, now).map((j) => j.data.to)).toEqual([
      undefined,
      'closed',
    ]);
    expect(reconciledRoundJobs({ id: 'r1', state: 'closed', ...window }, now)).toEqual([]);
  });
});
