import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue, QueueEvents } from 'bullmq';
import { redisOptionsFromUrl } from '@app/config';
import { JOBS, QUEUES, WorkerCheckPayload, WorkerCheckResult } from '@app/queue';
import { organizerToken, stopApiAndWorker, TestApi } from '@app/testing';
import { startFreshApiAndWorker, startTestWorker } from './test-apps';

describe('The worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  it('consumes a job from the queue and returns its result', async () => {
    const queue = worker.get<Queue<WorkerCheckPayload, WorkerCheckResult>>(getQueueToken(QUEUES.diagnostics));
    const events = new QueueEvents(QUEUES.diagnostics, {
      connection: redisOptionsFromUrl(process.env.REDIS_URL as string),
      prefix: process.env.QUEUE_PREFIX,
    });
    try {
      await events.waitUntilReady();
      const requestedAt = new Date().toISOString();
      const job = await queue.add(JOBS.workerCheck, { requestedBy: null, requestedAt });
      const result = await job.waitUntilFinished(events, 10_000);
      expect(result).toMatchObject({ worker: expect.stringContaining(`:${process.pid}`), requestedAt });
      expect(Date.parse(result.processedAt)).toBeGreaterThanOrEqual(Date.parse(requestedAt));
    } finally {
      await events.close();
    }
  });

  it('answers the organizer worker check through the API, end to end, and audits it', async () => {
    const token = await organizerToken(api.http);
    const res = await api.http
      .post('/system/worker-check')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body).toMatchObject({
      worker: expect.stringContaining(`:${process.pid}`),
      roundTripMs: expect.any(Number),
    });
    const rows = await api.dataSource.query(`SELECT * FROM audit_log WHERE action = 'system.worker-check'`);
    expect(rows).toHaveLength(1);
  });

  it('lets the job in hand finish when it is shut down', async () => {
    const second = await startTestWorker();
    const queue = second.get<Queue<WorkerCheckPayload, WorkerCheckResult>>(getQueueToken(QUEUES.diagnostics));
    const { id } = await queue.add(JOBS.workerCheck, {
      requestedBy: null,
      requestedAt: new Date().toISOString(),
    });
    // BullMQ 5 arms a 30 s stalled-job timer after its first stalled check; a worker closed before that
    // check returns leaves the timer behind and keeps the process alive. Let the check finish first.
    await new Promise((r) => setTimeout(r, 300));
    await second.close();
    // Whichever worker took it, the job completed rather than being left active or failed.
    const stillOpen = worker.get<Queue>(getQueueToken(QUEUES.diagnostics));
    const stateOf = async () => (await Job.fromId(stillOpen, id as string))?.getState();
    const deadline = Date.now() + 10_000;
    let state = await stateOf();
    while (state !== 'completed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      state = await stateOf();
    }
    expect(state).toBe('completed');
  });
});
