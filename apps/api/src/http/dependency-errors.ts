/**
 * Errors that mean a dependency went away rather than a bug: the database connection was cut (a failover, an
 * administrator's pg_terminate_backend, a restart) or could not be made. Clients may retry these, so they are
 * answered 503 with Retry-After instead of 500.
 */
const PG_UNAVAILABLE_CLASSES = ['08', '57P']; // connection exceptions; operator intervention (shutdown, terminate)
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const MESSAGES = [
  /Connection terminated/i,
  /terminating connection due to administrator command/i,
  /Client has encountered a connection error/i,
];

export function isDependencyUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (PG_UNAVAILABLE_CLASSES.some((prefix) => code.startsWith(prefix))) return true;
    if (NODE_CODES.has(code)) return true;
  }
  if (MESSAGES.some((m) => m.test(error.message))) return true;
  const cause = (error as { cause?: unknown }).cause ?? (error as { driverError?: unknown }).driverError;
  return cause !== undefined && cause !== error && isDependencyUnavailable(cause);
}
