/** What an action on the queue dashboard did, in the audit log's terms. */
export interface DashboardAction {
  /** e.g. `queue-dashboard.pause`, `queue-dashboard.job.retry`, `queue-dashboard.pause-all` */
  action: string;
  /** the queue acted on; null when the action is on every queue */
  queue: string | null;
  job: string | null;
}

/** Requests that only read; anything else changes queues or jobs. */
export function isDashboardRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/**
 * Names a bull-board API call from the route pattern Fastify matched (never the raw URL), so each kind of
 * action has one name whatever the queue or job: `/api/queues/:queueName/:jobId/retry` is `job.retry`.
 */
export function dashboardAction(
  dashboardRoute: string,
  route: string,
  params: Record<string, string | undefined>,
): DashboardAction {
  const segments = route.slice(dashboardRoute.length).split('/').filter(Boolean);
  const rest = segments[0] === 'api' ? segments.slice(1) : segments;
  const onQueues = rest[0] === 'queues';
  const literal = (onQueues ? rest.slice(1) : rest).filter((s) => !s.startsWith(':'));
  const queue = params.queueName ?? null;
  const job = params.jobId ?? null;
  let name = literal.join('.') || 'queue';
  if (job !== null) name = `job.${name}`;
  else if (onQueues && queue === null) name = `${name}-all`;
  return { action: `queue-dashboard.${name}`, queue, job };
}
