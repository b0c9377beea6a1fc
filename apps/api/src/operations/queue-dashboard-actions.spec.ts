import { dashboardAction, isDashboardRead } from './queue-dashboard-actions';

const base = '/admin/queues';

describe('queue dashboard actions, as audited', () => {
  it.each([
    ['/admin/queues/api/queues/:queueName/pause', { queueName: 'rankings' }, 'pause', 'rankings', null],
    [
      '/admin/queues/api/queues/:queueName/retry/:queueStatus',
      { queueName: 'q', queueStatus: 'failed' },
      'retry',
      'q',
      null,
    ],
    [
      '/admin/queues/api/queues/:queueName/clean/:queueStatus',
      { queueName: 'q', queueStatus: 'completed' },
      'clean',
      'q',
      null,
    ],
    [
      '/admin/queues/api/queues/:queueName/:jobId/retry',
      { queueName: 'q', jobId: '42' },
      'job.retry',
      'q',
      '42',
    ],
    ['/admin/queues/api/queues/pause', {}, 'pause-all', null, null],
    [
      '/admin/queues/api/queues/:queueName/job-schedulers/:schedulerId/remove',
      { queueName: 'q', schedulerId: 's' },
      'job-schedulers.remove',
      'q',
      null,
    ],
    ['/admin/queues/api/metrics/history/purge', {}, 'metrics.history.purge', null, null],
  ])('%s is %s', (route, params, name, queue, job) => {
    expect(dashboardAction(base, route, params)).toEqual({ action: `queue-dashboard.${name}`, queue, job });
  });

  it('tells reads from actions by method', () => {
    expect(['GET', 'HEAD', 'OPTIONS'].every(isDashboardRead)).toBe(true);
    expect(['PUT', 'POST', 'PATCH', 'DELETE'].some(isDashboardRead)).toBe(false);
  });
});
