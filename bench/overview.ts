/**
 * The organizer's rankings overview, `GET /campaigns/:campaignId/rankings`, at the demo's scale: 12 industries
 * of 50 enterprises registered through the API, one CSV import of 60 responses each (every enterprise ranked),
 * aggregated by the worker. Loaded with autocannon as the organizer's workspace asks it (bearer token,
 * `accept-encoding: br, gzip`), 10 connections, at least 3 rounds of 10 s, alternated with the floor: a bare
 * Fastify server in its own process (bench/bare-overview-server.ts) doing the API's own work without Nest or
 * authentication: the same version query on every request and, only when the snapshots changed, the same summary
 * rows, compressed once per version. Each figure is the median of the rounds with its range. Writes
 * bench/results/overview.json; `pass` when the medians reach 1,000 req/s with p99 under 50 ms.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { DEMO_INDUSTRIES } from '../tools/demo/demo-data';
import { freePort } from '../tools/local-infra';
import { spread, Spread } from './public-site';
import {
  log,
  ORGANIZER,
  ROOT,
  runBenchmark,
  stopProcess,
  surveyFixture,
  writeCsv,
  writeResult,
} from './support';

const INDUSTRIES = DEMO_INDUSTRIES;
/** The demo's scale: 50 enterprises per industry, all ranked. */
const PER_INDUSTRY = 50;
const RESPONSES_PER_ENTERPRISE = 60;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// At least three, so each figure is a median with its range, not one lucky or unlucky round.
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const ACCEPT = 'br, gzip';
const OVERVIEW_TARGETS = { reqPerSecond: 1000, p99Ms: 50 } as const;

interface Load {
  reqPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, token: string, duration: number): Promise<Load> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': ACCEPT },
  });
  return { reqPerSecond: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

interface Overview {
  industryCode: string;
  ranked: number;
}

interface Snapshot {
  id: string;
  industryCode: string;
  sequence: number;
  source: string;
  createdAt: string;
  counts: unknown;
  entries: { enterpriseId: string; legalName: string; rank: number | null; publishedCsi: number | null }[];
  winnerSet: string[];
  industryAggregate: unknown;
}

/** What the overview derived from a full snapshot before the summary was stored: the answer must equal it. */
function derivedFromEntries(s: Snapshot) {
  return {
    industryCode: s.industryCode,
    snapshotId: s.id,
    sequence: s.sequence,
    source: s.source,
    createdAt: s.createdAt,
    counts: s.counts,
    ranked: s.entries.filter((e) => e.rank !== null).length,
    winnerSet: s.winnerSet.map((id) => {
      const e = s.entries.find((x) => x.enterpriseId === id);
      return { enterpriseId: id, legalName: e?.legalName ?? '', publishedCsi: e?.publishedCsi ?? null };
    }),
    industryAggregate: s.industryAggregate,
  };
}

/** One GET as the load sends it: its body as it travelled, and decoded. */
function ask(url: string, token: string): Promise<{ text: string; sentBytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': ACCEPT } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`));
        const body = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const decoded =
          encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
        resolve({ text: decoded.toString('utf8'), sentBytes: body.length, encoding });
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

runBenchmark({ worker: true }, async ({ infra, client, tmp }) => {
  const fixture = await surveyFixture(client, infra.dataSource, INDUSTRIES, PER_INDUSTRY, {
    minResponsesRanked: 30,
    minResponsesListed: 10,
  });
  log(`${fixture.enterprises.length} enterprises registered, verified and approved`);
  const rows = fixture.enterprises.length * RESPONSES_PER_ENTERPRISE;
  const file = await writeCsv(join(tmp, 'overview.csv'), fixture, rows, 'ovw');
  await client.upload(`/campaigns/${fixture.campaignId}/imports`, file, 'text/csv');
  const path = `/campaigns/${fixture.campaignId}/rankings`;
  let overview: Overview[] = [];
  for (;;) {
    overview = await client.call<Overview[]>('GET', path);
    if (overview.length === INDUSTRIES.length && overview.every((i) => i.ranked === PER_INDUSTRY)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`${rows} responses aggregated: ${INDUSTRIES.length} industries of ${PER_INDUSTRY} ranked enterprises`);

  // The answer measured is the right one: what the full latest snapshots say.
  const full = await Promise.all(
    overview.map((o) => client.call<Snapshot>('GET', `${path}/${o.industryCode}`)),
  );
  if (!isDeepStrictEqual(overview, full.map(derivedFromEntries)))
    throw new Error('the overview differs from the one derived from the full latest snapshots');
  const [{ summaryBytes, fullBytes }]: { summaryBytes: number; fullBytes: number }[] =
    await infra.dataSource.query(
      `SELECT sum(octet_length(concat_ws(',', counts, ranked, winner_summary, industry_aggregate)))::int
                AS "summaryBytes",
              sum(octet_length(s::text))::int AS "fullBytes"
       FROM (SELECT DISTINCT ON (industry_code) * FROM ranking_snapshots WHERE campaign_id = $1
             ORDER BY industry_code, sequence DESC) s`,
      [fixture.campaignId],
    );
  log(`the overview reads ${summaryBytes} bytes of JSON where it read ${fullBytes} (whole latest snapshots)`);

  const port = await freePort();
  const bare = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ?? '--max-old-space-size=256').split(' ').filter(Boolean),
      join(ROOT, 'dist', 'bench', 'bare-overview-server.js'),
    ],
    {
      env: { ...process.env, PORT: String(port), DATABASE_URL: infra.databaseUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    const floorUrl = `http://127.0.0.1:${port}/overview/${fixture.campaignId}`;
    for (let i = 0; ; i++) {
      const ok = await fetch(floorUrl)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (i > 100) throw new Error('the bare Fastify server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    // A token of its own, fresh, so that no round outlives it (JWT_TTL_SECONDS, an hour by default).
    const token = (await client.call<{ accessToken: string }>('POST', '/auth/login', ORGANIZER)).accessToken;
    const apiUrl = `${client.base}${path}`;
    log('warming up both servers');
    await load(floorUrl, token, 2);
    await load(apiUrl, token, 2);
    // After the warm-up: the API sends an answer at brotli 5 until it has kept it at 11.
    const [api, floorAnswer] = [await ask(apiUrl, token), await ask(floorUrl, token)];
    if (!isDeepStrictEqual(JSON.parse(api.text), JSON.parse(floorAnswer.text)))
      throw new Error('the floor does not answer what the API answers');
    log(
      `${Buffer.byteLength(api.text)} bytes of JSON, sent as ${api.encoding} in ${api.sentBytes} ` +
        `(the floor: ${floorAnswer.encoding}, ${floorAnswer.sentBytes})`,
    );
    const project: Load[] = [];
    const floor: Load[] = [];
    // Alternated, so that neither side gets the machine's quieter moments.
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(await load(floorUrl, token, SECONDS));
      project.push(await load(apiUrl, token, SECONDS));
      log(
        `round ${round + 1}: API ${project[round].reqPerSecond} req/s, p99 ${project[round].p99Ms} ms; ` +
          `floor ${floor[round].reqPerSecond} req/s, p99 ${floor[round].p99Ms} ms`,
      );
    }
    const failures = [...project, ...floor].reduce((n, l) => n + l.non2xx + l.errors, 0);
    if (failures > 0) throw new Error(`${failures} failed requests during the load`);

    const reqPerSecond = spread(project.map((l) => l.reqPerSecond));
    const p99Ms = spread(project.map((l) => l.p99Ms));
    writeResult('overview', {
      path: '/campaigns/{campaignId}/rankings',
      industries: INDUSTRIES.length,
      rankedPerIndustry: PER_INDUSTRY,
      bytes: Buffer.byteLength(api.text),
      sentBytes: api.sentBytes,
      contentEncoding: api.encoding,
      jsonBytesRead: { summary: summaryBytes, wholeLatestSnapshots: fullBytes },
      reqPerSecond,
      p99Ms,
      floor: {
        what: 'bare Fastify, the same version query then, on a change, the same summary rows, compressed once per version, no auth',
        reqPerSecond: spread(floor.map((l) => l.reqPerSecond)),
        p99Ms: spread(floor.map((l) => l.p99Ms)),
      },
      ratio: spread(project.map((l, r) => l.reqPerSecond / floor[r].reqPerSecond)),
      targets: OVERVIEW_TARGETS,
      pass: meetsOverviewTargets(reqPerSecond, p99Ms),
      acceptEncoding: ACCEPT,
      connections: CONNECTIONS,
      secondsPerRound: SECONDS,
      rounds: ROUNDS,
    });
  } finally {
    await stopProcess(bare);
  }
});

/** The target on the medians: at least 1,000 req/s, and p99 under 50 ms. */
function meetsOverviewTargets(reqPerSecond: Spread, p99Ms: Spread): boolean {
  return reqPerSecond.median >= OVERVIEW_TARGETS.reqPerSecond && p99Ms.median < OVERVIEW_TARGETS.p99Ms;
}
