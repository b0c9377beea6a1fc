import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort, portAnswers } from '../../../../tools/local-infra';
import { RankingsService } from '@app/rankings';
import { as, eventually, SurveyEnterprise } from './survey-fixture';
import type { TestApi } from './test-api';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The API or the worker as a real process run from the TypeScript sources, which a test can SIGKILL. */
export function startProcess(
  app: 'api' | 'worker',
  env: Record<string, string>,
  output: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', join(ROOT, 'libs/testing/src/typescript-register.js'), join(ROOT, `apps/${app}/src/main.ts`)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', output, output === 'pipe' ? 'pipe' : 'inherit'],
    },
  );
}

/**
 * The API as a process of its own on a free loopback port, once it answers. `onOutput`, when given, receives
 * everything it writes from its first line on.
 */
export async function startApiProcess(
  env: Record<string, string>,
  onOutput?: (text: string) => void,
): Promise<{ child: ChildProcess; port: number; base: string }> {
  const port = await freePort();
  const child = startProcess(
    'api',
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

export const CSV_HEADER =
  'enterpriseId,respondentKey,submittedAt,channel,completionSeconds,IMG,EXP,QUA1,QUA2,QUA3,VAL1,VAL2,SAT1,SAT2,SAT3,CMP,LOY1,LOY2';

/**
 * `rows` valid responses spread over the enterprises, keys `<prefix>-<i>`. Every 50th answers one SAT item
 * only (excluded), durations spread 30..629 s (some speeders): the totals have exclusions to get right.
 */
export function responsesCsv(enterprises: SurveyEnterprise[], rows: number, prefix = 'r'): string {
  const when = new Date(Date.now() - 3600_000).toISOString();
  const lines = [CSV_HEADER];
  for (let i = 0; i < rows; i++) {
    const e = enterprises[i % enterprises.length].id;
    const v = (k: number) => 1 + ((i * 7 + k * 3) % 10);
    const sat = i % 50 === 0 ? `${v(1)},,` : `${v(1)},${v(2)},${v(3)}`;
    lines.push(
      `${e},${prefix}-${i},${when},web,${30 + (i % 600)},${v(4)},${v(5)},${v(6)},${v(7)},${v(8)},${v(9)},${v(10)},${sat},${i % 2},${v(11)},${(i * 3) % 11}`,
    );
  }
  return lines.join('\n') + '\n';
}

const count = async (api: TestApi, sql: string, campaignId: string) =>
  Number((await api.dataSource.query(sql, [campaignId]))[0].n);

/** Waits until every stored batch of the campaign is aggregated and every import says so. */
export async function aggregated(api: TestApi, campaignId: string, ms = 90_000): Promise<void> {
  await eventually(
    async () => {
      const pending = await count(
        api,
        `SELECT count(*) AS n FROM response_batches WHERE campaign_id = $1 AND aggregated_at IS NULL`,
        campaignId,
      );
      const open = await count(
        api,
        `SELECT count(*) AS n FROM survey_imports WHERE campaign_id = $1 AND state = 'stored'`,
        campaignId,
      );
      return pending === 0 && open === 0 ? true : undefined;
    },
    ms,
    'the aggregation of every stored batch',
  );
}

/**
 * Nothing accepted lost, nothing counted twice: the stored responses are exactly `stored`, the running totals
 * count each of them once, and a full recompute from the raw responses gives the very same totals.
 */
export async function expectExactlyOnce(api: TestApi, campaignId: string, stored: number): Promise<void> {
  expect(
    await count(api, `SELECT count(*) AS n FROM survey_responses WHERE campaign_id = $1`, campaignId),
  ).toBe(stored);
  expect(
    await count(
      api,
      `SELECT coalesce(sum(stored), 0) AS n FROM response_quality_counts WHERE campaign_id = $1`,
      campaignId,
    ),
  ).toBe(stored);
  const totals = () =>
    api.dataSource.query(
      `SELECT * FROM response_totals WHERE campaign_id = $1 ORDER BY enterprise_id, completion_seconds`,
      [campaignId],
    );
  const incremental = await totals();
  expect(incremental.reduce((s: number, t: { n: number }) => s + Number(t.n), 0)).toBe(
    await count(
      api,
      `SELECT count(*) AS n FROM survey_responses WHERE campaign_id = $1 AND exclusion IS NULL`,
      campaignId,
    ),
  );
  await api.app.get(RankingsService).recompute(campaignId);
  expect(await totals()).toEqual(incremental);
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

/** A CSV file sent to the campaign's streamed import, as a survey partner's upload. */
export function importCsv(api: TestApi, token: string, campaignId: string, csv: string) {
  return api.http
    .post(`/campaigns/${campaignId}/imports`)
    .set(as(token))
    .set('content-type', 'text/csv')
    .send(csv);
}
