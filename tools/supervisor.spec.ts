import { spawn } from 'node:child_process';
import { restartDelay, supervise } from './supervisor';

const until = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('restartDelay', () => {
  const backOff = { initialMs: 1_000, maxMs: 30_000, stableAfterMs: 60_000 };

  it('doubles with each crash in a row, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => restartDelay(n, backOff))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(restartDelay(10_000, backOff)).toBe(30_000);
  });
});

describe('supervise', () => {
  const node = (code: string) => () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' });

  it('restarts a process that crashes, backing off exponentially to the cap, with a log line each time', async () => {
    const lines: string[] = [];
    const crashing = supervise('api', node('process.exit(3)'), (m) => lines.push(m), {
      initialMs: 5,
      maxMs: 20,
      stableAfterMs: 60_000,
    });
    await until(() => crashing.starts >= 5, 'five starts');
    await crashing.stop();
    const startsAtStop = crashing.starts;
    expect(lines[0]).toMatch(/^The api process exited \(code 3\) after [\d.]+ s; restarting it in 5 ms/);
    const waits = lines.map((l) => Number(/restarting it in (\d+) ms/.exec(l)?.[1]));
    expect(waits.slice(0, 4)).toEqual([5, 10, 20, 20]);
    expect(lines[3]).toMatch(/\(exit 4 in a row\)$/);
    // Stopped: no restart is pending any more.
    await new Promise((r) => setTimeout(r, 100));
    expect(crashing.starts).toBe(startsAtStop);
  });

  it('stops a running process with SIGTERM and does not start it again', async () => {
    const lines: string[] = [];
    const running = supervise('worker', node('setInterval(() => {}, 1000)'), (m) => lines.push(m));
    await until(() => running.current?.pid !== undefined, 'the process');
    const child = running.current;
    await running.stop();
    expect(child?.signalCode).toBe('SIGTERM');
    expect(running.current).toBeNull();
    expect(running.starts).toBe(1);
    expect(lines).toEqual([]);
  });

  it('restarts a process killed from outside', async () => {
    const lines: string[] = [];
    const killed = supervise('worker', node('setInterval(() => {}, 1000)'), (m) => lines.push(m), {
      initialMs: 5,
      maxMs: 5,
      stableAfterMs: 60_000,
    });
    await until(() => killed.current?.pid !== undefined, 'the process');
    const first = killed.current;
    first?.kill('SIGKILL');
    await until(() => killed.starts === 2 && killed.current !== null, 'the restart');
    expect(killed.current?.pid).not.toBe(first?.pid);
    expect(lines).toEqual([expect.stringMatching(/^The worker process exited \(SIGKILL\)/)]);
    await killed.stop();
  });
});
