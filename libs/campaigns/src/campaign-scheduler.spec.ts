import { reconciledTransitionJobs, transitionJobId } from './campaign-scheduler';
import { CampaignSchedule, SCHEDULE_FIELDS } from './campaign-schedule';

const now = new Date('2027-09-15T00:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const schedule = (entries: Partial<CampaignSchedule>): CampaignSchedule => ({
  ...(Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, null])) as CampaignSchedule),
  ...entries,
});

describe('reconciledTransitionJobs', () => {
  it('makes every transition still to come with the id it was saved with, delayed to its time', () => {
    const jobs = reconciledTransitionJobs(
      {
        id: 'c1',
        state: 'judging',
        schedule: schedule({ judgingEndsAt: hours(1), announcementAt: hours(2) }),
      },
      now,
    );
    expect(jobs.map((j) => [j.data.to, j.opts.jobId, j.opts.delay])).toEqual([
      ['deciding', transitionJobId('c1', 'deciding', hours(1)), 3_600_000],
      ['announced', transitionJobId('c1', 'announced', hours(2)), 7_200_000],
    ]);
  });

  it('skips transitions the campaign has reached, and runs at once one just missed, not one long past', () => {
    const jobs = reconciledTransitionJobs(
      {
        id: 'c1',
        state: 'judging',
        schedule: schedule({
          judgingStartsAt: hours(-3),
          judgingEndsAt: hours(-0.5),
          announcementAt: hours(-0),
        }),
      },
      now,
    );
    expect(jobs.map((j) => [j.data.to, j.opts.delay])).toEqual([
      ['deciding', 0],
      ['announced', 0],
    ]);
    const stale = reconciledTransitionJobs(
      { id: 'c1', state: 'deciding', schedule: schedule({ announcementAt: hours(-2) }) },
      now,
    );
    expect(stale).toEqual([]);
  });
});
