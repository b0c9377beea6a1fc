import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort, portAnswers } from '../../../../tools/local-infra';
import { eventually } from '../eventually';

const ROOT = join(__dirname, '..', '..', '..', '..');
const TYPESCRIPT_REGISTER = join(__dirname, '..', 'typescript-register.js');

/** An app as a real process run from its TypeScript sources (`main`, its main.ts), which a test can SIGKILL. */
export function startAppProcess(
  main: string,
  env: Record<string, string>,
  output: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  return spawn(process.execPath, ['-r', TYPESCRIPT_REGISTER, main], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', output, output === 'pipe' ? 'pipe' : 'inherit'],
  });
}

/**
 * The API (`main`, its main.ts) as a process of its own on a free loopback port, once it answers. `onOutput`,
 * when given, receives everything it writes from its first line on.
 */
export async function startApiProcessOf(
  main: string,
  env: Record<string, string>,
  onOutput?: (text: string) => void,
): Promise<{ child: ChildProcess; port: number; base: string }> {
  const port = await freePort();
  const child = startAppProcess(
    main,
    { ...env, PORT: String(port), HOST: '127.0.0.1' },
    onOutput ? 'pipe' : 'ignore',
  );
  child.stdout?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await eventually(
    async () => ((await fetch(`${base}/health/live`).catch(() => null))?.ok ? true : undefined),
    60_000,
    'the API process',
  );
  return { child, port, base };
}

export async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await once(child, 'exit');
}

/** A Redis of the test's own on `port` (nothing kept on disk), which the test can kill and start again. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await eventually(
    async () => ((await portAnswers(port)) ? true : undefined),
    10_000,
    `Redis on port ${port}`,
  );
  return redis;
}
