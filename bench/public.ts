/**
 * Public results benchmark: GET /public/campaigns/:slug of an announced campaign with 12 industries of 100
 * ranked enterprises each, against a bare Nest-on-Fastify route returning a constant JSON of the same size,
 * both loaded by autocannon in the same run. Everything is set up through the API: enterprises, a CSV import,
 * aggregation by the worker, confirmation and the announcement. Writes bench/results/public.json.
 */
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_INDUSTRIES } from '../tools/demo/demo-data';
import { freePort } from '../tools/local-infra';
import {
  inParallel,
  log,
  ROOT,
  runBenchmark,
  stopProcess,
  surveyFixture,
  writeCsv,
  writeResult,
} from './support';

const INDUSTRIES = DEMO_INDUSTRIES;
const PER_INDUSTRY = 100;
const RESPONSES_PER_ENTERPRISE = 60;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// At least three, so the result is a median with its range, not one lucky or unlucky round.
const ROUNDS = 3;

interface Load {
  reqPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, duration: number): Promise<Load> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration });
  return { reqPerSecond: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

runBenchmark({ worker: true }, async ({ infra, client, tmp }) => {
  const fixture = await surveyFixture(client, infra.dataSource, INDUSTRIES, PER_INDUSTRY, {
    minResponsesRanked: 30,
    minResponsesListed: 10,
  });
  log(`${fixture.enterprises.length} enterprises registered, verified and approved`);
  const rows = fixture.enterprises.length * RESPONSES_PER_ENTERPRISE;
  const file = await writeCsv(join(tmp, 'public.csv'), fixture, rows, 'pub');
  await client.upload(`/campaigns/${fixture.campaignId}/imports`, file, 'text/csv');
  for (;;) {
    const overview = await client.call<{ ranked: number }[]>(
      'GET',
      `/campaigns/${fixture.campaignId}/rankings`,
    );
    if (overview.length === INDUSTRIES.length && overview.every((i) => i.ranked === PER_INDUSTRY)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`${rows} responses aggregated: ${INDUSTRIES.length} industries of ${PER_INDUSTRY} ranked enterprises`);

  for (const to of ['judging', 'deciding'])
    await client.call('POST', `/campaigns/${fixture.campaignId}/transitions`, { to });
  const proposals = await client.call<{ categoryId: string; evidenceHash: string }[]>(
    'GET',
    `/campaigns/${fixture.campaignId}/awards/proposals`,
  );
  await inParallel(proposals, 1, (p) =>
    client.call('POST', `/campaigns/${fixture.campaignId}/awards/categories/${p.categoryId}/decisions`, {
      evidenceHash: p.evidenceHash,
    }),
  );
  await client.call('POST', `/campaigns/${fixture.campaignId}/announcement`, {});

  const url = `${client.base}/public/campaigns/${fixture.slug}`;
  const published = await (await fetch(url)).text();
  const ranked = (JSON.parse(published) as { rankings: { entries: unknown[] }[] }).rankings.map(
    (r) => r.entries.length,
  );
  log(`published ${published.length} bytes; rankings of ${ranked.join(', ')} enterprises`);
  mkdirSync(tmp, { recursive: true });
  const bodyFile = join(tmp, 'constant.json');
  writeFileSync(bodyFile, published);

  const port = await freePort();
  const bare = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ?? '--max-old-space-size=256').split(' ').filter(Boolean),
      join(ROOT, 'dist', 'bench', 'bare-nest-server.js'),
    ],
    {
      env: { ...process.env, PORT: String(port), BARE_BODY_FILE: bodyFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const baselineUrl = `http://127.0.0.1:${port}/constant`;
  try {
    for (let i = 0; ; i++) {
      const res = await fetch(baselineUrl).catch(() => null);
      if (res?.ok) {
        const text = await res.text();
        if (text.length !== published.length) throw new Error('the baseline body is not the same size');
        break;
      }
      if (i > 100) throw new Error('the bare Nest server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    log('warming up both servers');
    await load(url, 3);
    await load(baselineUrl, 3);
    const project: Load[] = [];
    const baseline: Load[] = [];
    const bytesFloor: Load[] = [];
    // Alternated, so that neither side gets the machine's quieter moments.
    for (let round = 0; round < ROUNDS; round++) {
      baseline.push(await load(baselineUrl, SECONDS));
      project.push(await load(url, SECONDS));
      bytesFloor.push(await load(baselineUrl.replace('/constant', '/bytes'), SECONDS));
      log(
        `round ${round + 1}: project ${project[round].reqPerSecond} req/s, baseline ${baseline[round].reqPerSecond} req/s`,
      );
    }
    const failures = [...project, ...baseline, ...bytesFloor].reduce((n, l) => n + l.non2xx + l.errors, 0);
    if (failures > 0) throw new Error(`${failures} failed requests during the load`);
    const rates = (ls: Load[]) => ls.map((l) => l.reqPerSecond).sort((a, b) => a - b);
    const median = (ls: Load[]) => Math.round(rates(ls)[Math.floor(ls.length / 2)]);
    const range = (ls: Load[]) => ({ min: rates(ls)[0], max: rates(ls)[ls.length - 1] });
    const reqPerSecond = median(project);
    const baselineReqPerSecond = median(baseline);
    writeResult('public', {
      reqPerSecond,
      reqPerSecondRange: range(project),
      baselineReqPerSecond,
      baselineReqPerSecondRange: range(baseline),
      ratio: Math.round((reqPerSecond / baselineReqPerSecond) * 1000) / 1000,
      p99Ms: Math.max(...project.map((l) => l.p99Ms)),
      baselineP99Ms: Math.max(...baseline.map((l) => l.p99Ms)),
      // The bare route sending the body pre-serialised, as the project does: what guards, helmet and the rest cost.
      preSerialisedBaselineReqPerSecond: median(bytesFloor),
      bodyBytes: published.length,
      industries: INDUSTRIES.length,
      rankedPerIndustry: PER_INDUSTRY,
      connections: CONNECTIONS,
      secondsPerRound: SECONDS,
      rounds: ROUNDS,
      targets: { ratio: 0.8, p99Ms: 50 },
    });
  } finally {
    await stopProcess(bare);
  }
});
