import type { Job, Queue, RedisClient } from 'bullmq';

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

/**
 * Adds one job's time to a histogram hash in one atomic step. A script rather than MULTI because BullMQ's
 * client speaks only the commands BullMQ itself needs (no HINCRBY), but runs any script it is given.
 * KEYS[1]: the hash; ARGV[1]: seconds; ARGV[2]: outcome; ARGV[3..]: the le-buckets the duration falls in.
 */
const RECORD_DURATION = 'careRecordJobDuration';
const RECORD_DURATION_SCRIPT = {
  numberOfKeys: 1,
  lua: `
    for i = 3, #ARGV do redis.call('HINCRBY', KEYS[1], 'le:' .. ARGV[i], 1) end
    redis.call('HINCRBYFLOAT', KEYS[1], 'sum', ARGV[1])
    redis.call('HINCRBY', KEYS[1], 'count', 1)
    redis.call('HINCRBY', KEYS[1], 'outcome:' .. ARGV[2], 1)`,
};
const scriptDefinedOn = new WeakSet<RedisClient>();

/** Called when a job ends (completed or failed): adds its processing time to the queue's histogram. */
export async function recordJobDuration(
  queue: Queue,
  job: Job,
  outcome: 'completed' | 'failed',
): Promise<void> {
  if (!job.processedOn || !job.finishedOn) return;
  const seconds = Math.max(0, (job.finishedOn - job.processedOn) / 1000);
  const client = await queue.client;
  if (!scriptDefinedOn.has(client)) {
    client.defineCommand(RECORD_DURATION, RECORD_DURATION_SCRIPT);
    scriptDefinedOn.add(client);
  }
  await client.runCommand(RECORD_DURATION, [
    keyOf(queue),
    String(seconds),
    outcome,
    ...bucketsOf(seconds).map(String),
  ]);
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
