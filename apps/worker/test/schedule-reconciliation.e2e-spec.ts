import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { redisOptionsFromUrl } from '@app/config';
import { CampaignTransitionPayload, QUEUES } from '@app/queue';
import {
  as,
  awardsCampaign,
  confirmAll,
  eventually,
  organizerToken,
  scheduleAnnouncement,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker, startTestWorker } from './test-apps';
import { ScheduleReconciler } from '../src/schedule-reconciler';

/** Deletes this test run's queue keys only (its own QUEUE_PREFIX), as a Redis restarted empty would have none. */
async function flushOwnQueueKeys(): Promise<number> {
  const prefix = process.env.QUEUE_PREFIX as string;
  expect(prefix).toMatch(/^care-test-/);
  const redis = new Redis(redisOptionsFromUrl(process.env.REDIS_URL as string));
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

describe('Scheduled transitions survive a Redis that lost them', () => {
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let organizer: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('announces on time after the queue keys were flushed and the worker restarted, once', async () => {
    const s = await awardsCampaign(api, organizer);
    await confirmAll(api, organizer, s.campaignId);
    const at = new Date(Date.now() + 15_000);
    await scheduleAnnouncement(api, organizer, s.campaignId, at);

    // Redis restarts empty while no worker runs: the delayed announcement is gone.
    await worker?.close();
    worker = undefined;
    expect(await flushOwnQueueKeys()).toBeGreaterThan(0);

    worker = await startTestWorker();
    const queue = worker.get<Queue<CampaignTransitionPayload>>(getQueueToken(QUEUES.campaignSchedule));
    const announcements = async () =>
      (await queue.getDelayed()).filter(
        (j) => j.data.campaignId === s.campaignId && j.data.to === 'announced',
      );
    expect(await announcements()).toHaveLength(1);
    // Reconciling again (as the worker does periodically, or a second worker) adds nothing.
    await worker.get(ScheduleReconciler).reconcile();
    await worker.get(ScheduleReconciler).reconcile();
    expect(await announcements()).toHaveLength(1);

    await eventually(
      async () => {
        const c = await api.http.get(`/campaigns/${s.campaignId}`).set(as(organizer)).expect(200);
        return c.body.state === 'announced' ? true : undefined;
      },
      90_000,
      'the scheduled announcement',
    );
    const audit: { occurred_at: Date; request_id: string }[] = await api.dataSource.query(
      `SELECT occurred_at, request_id FROM audit_log WHERE action = 'awards.announced' AND entity_id = $1`,
      [s.campaignId],
    );
    expect(audit).toEqual([{ occurred_at: expect.any(Date), request_id: expect.stringMatching(/^job:/) }]);
    // On time: not before the scheduled moment.
    expect(audit[0].occurred_at.getTime()).toBeGreaterThanOrEqual(at.getTime());

    // After it ran, reconciling makes no job for it again: the campaign has reached the state.
    await worker.get(ScheduleReconciler).reconcile();
    expect(await announcements()).toHaveLength(0);
    const publications = await api.dataSource.query(`SELECT count(*)::int AS n FROM award_publications`);
    expect(publications).toEqual([{ n: 1 }]);
  }, 180_000);
});
