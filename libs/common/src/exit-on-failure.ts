/**
 * The end of every entry point (API, worker, launcher, migrate, seed) that failed to start or finish:
 * the reason on stderr, without a stack trace people must dig through, and exit code 1.
 */
export function exitOnFailure(error: unknown, prefix = ''): never {
  process.stderr.write(`${prefix}${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
