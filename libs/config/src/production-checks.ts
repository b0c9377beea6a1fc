import { Environment, EnvironmentError } from './environment';

/**
 * What the API must not start without in production, beyond each variable's own validation: settings that are
 * fine on a developer's machine but would leave something open on a public network. Each problem names the
 * variable, like the environment's own errors.
 */
export function productionApiProblems(
  env: Pick<Environment, 'NODE_ENV' | 'METRICS_TOKEN'>,
): { variable: string; message: string }[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: { variable: string; message: string }[] = [];
  if (!env.METRICS_TOKEN) {
    problems.push({
      variable: 'METRICS_TOKEN',
      message:
        'is required when NODE_ENV=production: without it /metrics (routes, queue depths, timings) is open to anyone',
    });
  }
  return problems;
}

/** Throws an EnvironmentError naming every variable a production API is missing. */
export function assertApiMayStart(env: Pick<Environment, 'NODE_ENV' | 'METRICS_TOKEN'>): void {
  const problems = productionApiProblems(env);
  if (problems.length > 0) throw new EnvironmentError(problems);
}
