/**
 * Keeps a child process running for the launcher (`npm start`, `npm run demo`): a process that exits on its own
 * is started again after a back-off, with a log line, instead of taking the whole platform down with it. A
 * process that keeps crashing waits twice as long each time, up to a cap; one that stayed up long enough
 * starts again from the shortest wait.
 */
import type { ChildProcess } from 'node:child_process';

export interface BackOff {
  /** Wait before the first restart. */
  initialMs: number;
  /** The longest wait, however many crashes in a row. */
  maxMs: number;
  /** A process that ran at least this long before exiting counts as stable: the next wait is initialMs again. */
  stableAfterMs: number;
}

export const DEFAULT_BACK_OFF: BackOff = { initialMs: 1_000, maxMs: 30_000, stableAfterMs: 60_000 };

/** The wait before restarting after the `crashes`-th exit in a row (1-based): doubling, capped. */
export function restartDelay(crashes: number, backOff: BackOff): number {
  const doublings = Math.max(0, crashes - 1);
  // 2^31 is far past any cap; bounding the exponent keeps the product finite.
  return Math.min(backOff.maxMs, backOff.initialMs * 2 ** Math.min(doublings, 31));
}

export interface SupervisedProcess {
  /** The process running now (null while waiting to restart or once stopped). */
  readonly current: ChildProcess | null;
  /** How many times the process was started, the first time included. */
  readonly starts: number;
  /** Stops supervising, cancels a pending restart and ends the running process (SIGTERM). */
  stop(): Promise<void>;
}

export function supervise(
  name: string,
  start: () => ChildProcess,
  log: (message: string) => void,
  backOff: BackOff = DEFAULT_BACK_OFF,
): SupervisedProcess {
  let current: ChildProcess | null = null;
  let starts = 0;
  let crashes = 0;
  let stopping = false;
  let pending: NodeJS.Timeout | null = null;

  const run = () => {
    pending = null;
    if (stopping) return;
    const startedAt = Date.now();
    const child = start();
    starts++;
    current = child;
    child.once('exit', (code, signal) => {
      current = null;
      if (stopping) return;
      const ranMs = Date.now() - startedAt;
      crashes = ranMs >= backOff.stableAfterMs ? 1 : crashes + 1;
      const delay = restartDelay(crashes, backOff);
      log(
        `The ${name} process exited (${signal ?? `code ${code}`}) after ${(ranMs / 1000).toFixed(1)} s; ` +
          `restarting it in ${delay < 1000 ? `${delay} ms` : `${(delay / 1000).toFixed(1)} s`} (exit ${crashes} in a row)`,
      );
      pending = setTimeout(run, delay);
    });
  };
  run();

  return {
    get current() {
      return current;
    },
    get starts() {
      return starts;
    },
    stop: async () => {
      stopping = true;
      if (pending) clearTimeout(pending);
      pending = null;
      const child = current;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    },
  };
}
