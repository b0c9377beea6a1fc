/**
 * Which database a benchmark may drop and re-create. Benchmarks wipe their database on every run, and
 * `DATABASE_URL` is often exported for development, so they never touch the database it names: they use one of
 * their own on the same server, named after it with `_bench` appended.
 */
export const BENCH_DATABASE_SUFFIX = '_bench';

/** The database a URL names when it names none (the launcher's default). */
const DEFAULT_DATABASE = 'care_awards';
/** PostgreSQL truncates longer identifiers, which could make two names one. */
const MAX_NAME_BYTES = 63;
/** Names that need no quoting in `DROP DATABASE`; anything else is refused rather than escaped. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  return name === '' ? DEFAULT_DATABASE : name;
}

/**
 * The URL of the benchmark's own database on the server `configuredUrl` points at: the same URL with the
 * database `<configured>_bench` (`care_awards` -> `care_awards_bench`). It is never the configured database
 * itself; throws when no such name can be derived safely.
 */
export function benchDatabaseUrl(configuredUrl: string): string {
  const configured = databaseName(configuredUrl);
  const bench = `${configured}${BENCH_DATABASE_SUFFIX}`;
  if (!PLAIN_NAME.test(bench) || Buffer.byteLength(bench) > MAX_NAME_BYTES) {
    throw new Error(
      `Refusing to benchmark: cannot derive a database of its own from "${configured}" ` +
        `(the name "${bench}" must be lower-case letters, digits and underscores, at most ${MAX_NAME_BYTES} bytes)`,
    );
  }
  const url = new URL(configuredUrl);
  url.pathname = `/${bench}`;
  const derived = url.toString();
  if (databaseName(derived) === configured) {
    throw new Error(
      `Refusing to benchmark: the benchmark database would be the configured one, "${configured}"`,
    );
  }
  return derived;
}
