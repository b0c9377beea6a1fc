import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * Job durations per queue, kept in Redis as a cumulative histogram so that every worker process adds to the
 * same figures and the API can expose them at /metrics: workers have no HTTP server to be scraped on.
 */
export const JOB_DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

export interface JobDurations {
  /** Cumulative counts per upper bound (seconds), in JOB_DURATION_BUCKETS order. */
  buckets: number[];
  sum: number;
  count: number;
}

const keyOf = (queue: Queue) => `${queue.opts.prefix ?? 'bull'}:${queue.name}:care-job-durations`;

/** The le-buckets a duration falls in: every bound at or above it (Prometheus buckets are cumulative). */
export function bucketsOf(seconds: number): number[] {
  return JOB_DURATION_BUCKETS.filter((le) => seconds <= le);
}

/** Called when a job ends (completed or failed): adds its processing time to the queue's histogram. */
export async function recordJobDuration(
  queue: Queue,
  job: Job,
  outcome: 'completed' | 'failed',
): Promise<void> {
  if (!job.processedOn || !job.finishedOn) return;
  const seconds = Math.max(0, (job.finishedOn - job.processedOn) / 1000);
  // BullMQ types its client narrowly; it is an ioredis client.
  const client = (await queue.client) as unknown as Redis;
  const key = keyOf(queue);
  const multi = client.multi();
  for (const le of bucketsOf(seconds)) multi.hincrby(key, `le:${le}`, 1);
  multi.hincrbyfloat(key, 'sum', seconds);
  multi.hincrby(key, 'count', 1);
  multi.hincrby(key, `outcome:${outcome}`, 1);
  await multi.exec();
}

export async function readJobDurations(queue: Queue): Promise<JobDurations> {
  const client = await queue.client;
  const h = await client.hgetall(keyOf(queue));
  return {
    buckets: JOB_DURATION_BUCKETS.map((le) => Number(h[`le:${le}`] ?? 0)),
    sum: Number(h.sum ?? 0),
    count: Number(h.count ?? 0),
  };
}

/** The Prometheus text of the job-duration histogram of every queue. */
export function jobDurationsText(name: string, perQueue: Map<string, JobDurations>): string {
  let out = `# HELP ${name} Processing time of queue jobs, completed or failed, from every worker.\n`;
  out += `# TYPE ${name} histogram\n`;
  for (const [queue, d] of perQueue) {
    JOB_DURATION_BUCKETS.forEach((le, i) => {
      out += `${name}_bucket{queue="${queue}",le="${le}"} ${d.buckets[i]}\n`;
    });
    out += `${name}_bucket{queue="${queue}",le="+Inf"} ${d.count}\n`;
    out += `${name}_sum{queue="${queue}"} ${d.sum}\n`;
    out += `${name}_count{queue="${queue}"} ${d.count}\n`;
  }
  return out;
}
