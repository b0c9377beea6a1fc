/**
 * Public site benchmark, in one run at the demo's scale (12 industries of 50 ranked enterprises, set up through
 * the API and the worker, then announced):
 * - load: the campaign page, an industry page and the campaign's JSON, each asked with `accept-encoding: br, gzip`,
 *   against a bare Fastify server (bench/bare-public-server.ts, its own process) sending the very bytes and
 *   headers the API sent for that target, so both send the same pre-compressed bytes; rounds alternate between
 *   the two, and each figure is the median of the rounds with its range;
 * - weight: the site crawled from the home page in both languages, each page fetched with brotli and with gzip,
 *   the heaviest of each kind against the 100 KB budget.
 * Writes bench/results/public.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { DEMO_INDUSTRIES } from '../tools/demo/demo-data';
import { freePort } from '../tools/local-infra';
import type { BareRoute } from './bare-public-server';
import {
  meetsTargets,
  pageKind,
  PageWeight,
  PAGE_BUDGET_BYTES,
  publicLinks,
  siteWeight,
  spread,
  TARGETS,
} from './public-site';
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
/** The demo's scale: 50 enterprises per industry, all ranked. */
const PER_INDUSTRY = 50;
const RESPONSES_PER_ENTERPRISE = 60;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// At least three, so each figure is a median with its range, not one lucky or unlucky round.
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const CRAWL_LIMIT = Number(process.env.BENCH_CRAWL_PAGES ?? 300);
const ACCEPT = 'br, gzip';

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One GET whose body is kept as it travelled (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function decoded(r: Raw): Buffer {
  const coding = r.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(r.body);
  if (coding === 'gzip') return gunzipSync(r.body);
  return r.body;
}

interface Load {
  reqPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, duration: number): Promise<Load> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: { 'accept-encoding': ACCEPT },
  });
  return { reqPerSecond: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

interface Target {
  name: string;
  path: string;
  /** What the API sent once warm: the floor sends exactly this. */
  sent: Raw;
}

/**
 * The representation the API settles on for `path`: a kept document is recompressed at full quality from its
 * second reader on, off the event loop (about a second for a 450 KB page on a busy machine), so it is asked until
 * its ETag has not changed for two seconds.
 */
async function settled(base: string, path: string): Promise<Raw> {
  const ask = () => rawGet(`${base}${path}`, { 'accept-encoding': ACCEPT });
  let last = await ask();
  let since = Date.now();
  const until = Date.now() + 60_000;
  while (Date.now() - since < 2000 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    const next = await ask();
    if (next.status !== last.status || next.headers.etag !== last.headers.etag) since = Date.now();
    last = next;
  }
  return last;
}

/**
 * What the floor does not copy from the API's answer: what Node writes per connection or per answer itself.
 * Everything else (content type, encoding, ETag, caching, Vary, helmet's security headers, CORS's exposed
 * headers, a request id of the same length) is sent by both, so both put the same bytes on the wire.
 */
const PER_CONNECTION_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/** Crawls the public site from the home page, in both languages; each page weighed with brotli and gzip. */
async function crawl(base: string): Promise<{ pages: PageWeight[]; broken: string[] }> {
  const queue = [`${base}/`, `${base}/?lang=zh`];
  const seen = new Set(queue);
  const pages: PageWeight[] = [];
  const broken: string[] = [];
  while (queue.length > 0 && pages.length < CRAWL_LIMIT) {
    const batch = queue.splice(0, Math.min(4, CRAWL_LIMIT - pages.length));
    await inParallel(batch, 4, async (url) => {
      const [br, gz] = [
        await rawGet(url, { 'accept-encoding': 'br' }),
        await rawGet(url, { 'accept-encoding': 'gzip' }),
      ];
      if (br.status !== 200) {
        broken.push(`${br.status} ${url.slice(base.length)}`);
        return;
      }
      const body = decoded(br);
      const contentType = br.headers['content-type'] ?? '';
      pages.push({
        url: url.slice(base.length),
        kind: pageKind(url),
        status: br.status,
        contentType,
        bytes: body.length,
        brotli: br.body.length,
        gzip: gz.body.length,
      });
      if (!contentType.startsWith('text/html')) return;
      for (const link of publicLinks(body.toString('utf8'), url))
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
    });
  }
  return { pages, broken };
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

  const campaignPage = `/results/${fixture.slug}`;
  let industryPage = `${campaignPage}/industries/${INDUSTRIES[0]}`;
  if ((await rawGet(`${client.base}${industryPage}`)).status === 404) {
    log(`${industryPage} answers 404 (no industry pages yet): the campaign page stands in for it`);
    industryPage = campaignPage;
  }
  const targets: Target[] = [];
  for (const [name, path] of [
    ['campaign page', campaignPage],
    ['industry page', industryPage],
    ['campaign JSON', `/public/campaigns/${fixture.slug}`],
  ]) {
    const sent = await settled(client.base, path);
    if (sent.status !== 200) throw new Error(`${path} answered ${sent.status}`);
    log(
      `${name} ${path}: ${decoded(sent).length} bytes, ${sent.body.length} as ${sent.headers['content-encoding'] ?? 'identity'}, ETag ${sent.headers.etag}`,
    );
    targets.push({ name, path, sent });
  }

  mkdirSync(tmp, { recursive: true });
  // Each path once: the industry target may be the campaign page standing in.
  const distinct = [...new Map(targets.map((t) => [t.path, t])).values()];
  const routes: BareRoute[] = distinct.map((t, i) => {
    const bodyFile = join(tmp, `target-${i}.bin`);
    writeFileSync(bodyFile, t.sent.body);
    const headers = Object.fromEntries(
      Object.entries(t.sent.headers).filter(([h]) => !PER_CONNECTION_HEADERS.has(h)),
    );
    return { path: t.path, file: bodyFile, headers };
  });
  const routesFile = join(tmp, 'bare-routes.json');
  writeFileSync(routesFile, JSON.stringify(routes));

  const port = await freePort();
  const bare = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_FLAGS ?? '--max-old-space-size=256').split(' ').filter(Boolean),
      join(ROOT, 'dist', 'bench', 'bare-public-server.js'),
    ],
    {
      env: { ...process.env, PORT: String(port), BARE_ROUTES_FILE: routesFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const floorBase = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      const res = await rawGet(`${floorBase}${targets[0].path}`).catch(() => null);
      if (res?.status === 200) break;
      if (i > 100) throw new Error('the bare Fastify server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const t of targets) {
      const floor = await rawGet(`${floorBase}${t.path}`, { 'accept-encoding': ACCEPT });
      if (!floor.body.equals(t.sent.body))
        throw new Error(`the floor does not send the API's bytes for ${t.path}`);
    }

    log('warming up both servers');
    for (const t of targets) {
      await load(`${client.base}${t.path}`, 2);
      await load(`${floorBase}${t.path}`, 2);
    }
    const project: Load[][] = targets.map(() => []);
    const floor: Load[][] = targets.map(() => []);
    // Alternated, so that neither side gets the machine's quieter moments.
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, t] of targets.entries()) {
        floor[i].push(await load(`${floorBase}${t.path}`, SECONDS));
        project[i].push(await load(`${client.base}${t.path}`, SECONDS));
        log(
          `round ${round + 1}, ${t.name}: project ${project[i][round].reqPerSecond} req/s, ` +
            `floor ${floor[i][round].reqPerSecond} req/s`,
        );
      }
    }
    const failures = [...project, ...floor].flat().reduce((n, l) => n + l.non2xx + l.errors, 0);
    if (failures > 0) throw new Error(`${failures} failed requests during the load`);

    const loads = targets.map((t, i) => {
      const ratio = spread(project[i].map((l, r) => l.reqPerSecond / floor[i][r].reqPerSecond));
      const p99Ms = spread(project[i].map((l) => l.p99Ms));
      return {
        name: t.name,
        path: t.path.replace(fixture.slug, '{slug}'),
        bytes: decoded(t.sent).length,
        sentBytes: t.sent.body.length,
        contentEncoding: t.sent.headers['content-encoding'] ?? 'identity',
        reqPerSecond: spread(project[i].map((l) => l.reqPerSecond)),
        p99Ms,
        floor: {
          reqPerSecond: spread(floor[i].map((l) => l.reqPerSecond)),
          p99Ms: spread(floor[i].map((l) => l.p99Ms)),
        },
        ratio,
        pass: meetsTargets(ratio, p99Ms),
      };
    });

    log('crawling the public site');
    const { pages, broken } = await crawl(client.base);
    const weight = siteWeight(pages);
    log(`${pages.length} pages; heaviest ${weight.max?.url} at ${weight.max?.gzip} bytes gzip`);
    if (broken.length > 0) log(`links that did not answer 200: ${broken.slice(0, 10).join(', ')}`);

    writeResult('public', {
      targets: loads,
      pass: loads.every((l) => l.pass),
      weight: {
        pages: weight.pages,
        budgetBytes: PAGE_BUDGET_BYTES,
        withinBudget: weight.withinBudget,
        max: weight.max,
        heaviest: weight.heaviest,
        brokenLinks: broken,
      },
      industries: INDUSTRIES.length,
      rankedPerIndustry: PER_INDUSTRY,
      acceptEncoding: ACCEPT,
      connections: CONNECTIONS,
      secondsPerRound: SECONDS,
      rounds: ROUNDS,
      goals: { ...TARGETS, pageBudgetBytes: PAGE_BUDGET_BYTES },
    });
  } finally {
    await stopProcess(bare);
  }
});
