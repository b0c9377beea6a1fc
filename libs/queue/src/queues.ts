import type { JobsOptions } from 'bullmq';

/**
 * Every queue and job name, declared once. The README's architecture table says which process
 * consumes which queue; keep the two in step.
 */
export const QUEUES = {
  /** Operational probes: lets organizers see that a worker is consuming. */
  diagnostics: 'diagnostics',
  /** Delayed jobs that move campaigns through their lifecycle at the scheduled times. */
  campaignSchedule: 'campaign-schedule',
  /** Survey responses into running totals and ranking snapshots, one campaign at a time per job. */
  rankings: 'rankings',
  /** Delayed jobs that open and close judging rounds and remind judges before a round closes. */
  judgingSchedule: 'judging-schedule',
  /** Outgoing mail: one job per recorded message (job id = the delivery id), retried with back-off. */
  mail: 'mail',
  /** Upkeep of uploaded documents' storage: the repeatable sweep for bytes no document names. */
  documents: 'documents',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  workerCheck: 'worker-check',
  campaignTransition: 'campaign-transition',
  aggregateCampaign: 'aggregate-campaign',
  recomputeCampaign: 'recompute-campaign',
  /** Every few seconds: enqueue aggregation for any campaign with stored, unaggregated batches. */
  aggregationSweep: 'aggregation-sweep',
  roundTransition: 'round-transition',
  roundReminder: 'round-reminder',
  deliverMail: 'deliver-mail',
  /** Every DOCUMENT_SWEEP_MS: delete stored bytes that no document names, once older than the grace. */
  documentSweep: 'document-sweep',
} as const;

export interface MailDeliveryPayload {
  deliveryId: string;
}

/**
 * A message's job. Its id is the delivery's, so adding it again (after the commit, and from the sweep for
 * lost jobs) is one job. Failed jobs stay a month on the dashboard: a dead message is looked into there.
 */
export function mailJobOptions(attempts: number, backoffMs: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: { age: 30 * 24 * 3600, count: 10000 },
  };
}

/** A campaign's aggregation job: one id per campaign, so a burst of imports coalesces into one waiting job. */
export function aggregationJobId(campaignId: string): string {
  return `aggregate-${campaignId}`;
}

export interface CampaignRankingsPayload {
  campaignId: string;
  /** Who asked (a full recompute is requested by an organizer); null for imports and the sweep. */
  requestedBy?: string | null;
}

/** Aggregation jobs are removed when done, so the next import can enqueue the campaign again at once. */
export const AGGREGATION_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
  attempts: 10,
  backoff: { type: 'exponential', delay: 500 },
};

export interface CampaignTransitionPayload {
  campaignId: string;
  to: string;
  /** The schedule time this job was made for; a job whose time no longer matches the schedule does nothing. */
  scheduledFor: string;
}

export interface RoundSchedulePayload {
  roundId: string;
  /** `open` or `closed` for a transition; absent for a reminder. */
  to?: string;
  /** The time this job was made for; a job whose time no longer matches the round does nothing. */
  scheduledFor: string;
}

/** Payloads carry ids and plain values, never entities. */
export interface WorkerCheckPayload {
  requestedBy: string | null;
  requestedAt: string;
}

export interface WorkerCheckResult {
  worker: string;
  requestedAt: string;
  processedAt: string;
}

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  // Keep enough history to debug without letting Redis grow without bound.
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};
