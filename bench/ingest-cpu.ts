/**
 * The API's CPU per row of a CSV import without the database: the realistic file read, checked, scored and
 * encoded as binary COPY tuples in this process, exactly the calls the import makes, nothing written. The
 * figure is CPU time (user + system) per received row, which a busy shared machine inflates far less than
 * wall time, and the time spent in garbage collection. `npm run build && node dist/bench/ingest-cpu.js`;
 * knobs: BENCH_ROWS (300,000), BENCH_RUNS (5). Writes bench/results/ingest-cpu.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import { PerformanceObserver } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { DEMO_INDUSTRIES } from '../tools/demo/demo-data';
/* eslint-disable no-restricted-imports -- the import's inner steps, which the lib rightly does not export */
import { checkResponse, RowContext } from '../libs/surveys/src/response-row';
import { csvRows } from '../libs/surveys/src/response-sources';
import { BinaryTupleWriter } from '../libs/surveys/src/response-tuples';
/* eslint-enable no-restricted-imports */
import { emptyTally, realisticFile, surveyFile } from './survey-file-set';
import { csvHeader, csvLine, shuffledLayout } from './survey-files';
import { surveyRowContext } from './survey-row-context';
import { surveyPopulation } from './survey-rows';

const ROWS = Number(process.env.BENCH_ROWS ?? 300_000);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const CHUNK_ROWS = 10_000;
/** What a socket hands the API: pieces of 64 KiB. */
const PIECE_BYTES = 65_536;

function campaign(): { ctx: RowContext; enterprises: { id: string; industryCode: string }[] } {
  const enterprises = Array.from({ length: 600 }, (_, i) => ({
    id: randomUUID(),
    industryCode: DEMO_INDUSTRIES[i % DEMO_INDUSTRIES.length],
  }));
  const ctx = surveyRowContext(enterprises, {
    opens: new Date(Date.now() - 90 * 86_400_000),
    closes: null,
    latestSubmission: new Date(Date.now() + 300_000),
  });
  return { ctx, enterprises };
}

function fileBytes(enterprises: { id: string; industryCode: string }[]): Buffer[] {
  const now = Date.now();
  const pop = surveyPopulation(2027, enterprises, { startMs: now - 80 * 86_400_000, endMs: now }, ROWS);
  const layout = shuffledLayout(2032, 'export');
  let text = csvHeader(layout);
  for (const row of surveyFile(pop, realisticFile(ROWS, CHUNK_ROWS), emptyTally()))
    text += csvLine(row, layout);
  const bytes = Buffer.from(text);
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) pieces.push(bytes.subarray(at, at + PIECE_BYTES));
  return pieces;
}

/** The import's loop (ingestion.service.ts) without storage: chunks of 10,000 rows, two buffers taking turns. */
async function importOnce(
  pieces: Buffer[],
  ctx: RowContext,
): Promise<{ received: number; accepted: number }> {
  const campaignId = randomUUID();
  const writers = [new BinaryTupleWriter(), new BinaryTupleWriter()];
  let turn = 0;
  let inChunk = 0;
  let received = 0;
  let accepted = 0;
  let staged: { enterpriseId: string; respondentKey: string; start: number; end: number }[] = [];
  for await (const run of csvRows(Readable.from(pieces), ctx, () => undefined)) {
    for (const row of run) {
      received++;
      inChunk++;
      if ('fields' in row) {
        const checked = checkResponse(row.fields, ctx);
        if (checked.ok) {
          const r = checked.response;
          const [start, end] = writers[turn].append(campaignId, row.line, r);
          staged.push({ enterpriseId: r.enterpriseId, respondentKey: r.respondentKey, start, end });
          accepted++;
        }
      }
      if (inChunk >= CHUNK_ROWS) {
        inChunk = 0;
        staged = [];
        turn = 1 - turn;
        writers[turn].reset();
      }
    }
  }
  return { received, accepted };
}

/**
 * The API runs an import inside its transaction's async context (nestjs-cls): with an AsyncLocalStorage
 * active, every promise pays Node's promise hooks, which an import's per-row awaits multiply.
 */
const transactionContext = new AsyncLocalStorage<object>();

const figure = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};

async function main(): Promise<void> {
  const { ctx, enterprises } = campaign();
  const pieces = fileBytes(enterprises);
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  await transactionContext.run({}, () => importOnce(pieces, ctx)); // warm-up: the JIT's first pass
  const runs: { cpuUsPerRow: number; gcUsPerRow: number; wallUsPerRow: number; rows: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    gcMs = 0;
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    const { received, accepted } = await transactionContext.run({}, () => importOnce(pieces, ctx));
    const used = process.cpuUsage(cpu);
    const wallUs = Number(process.hrtime.bigint() - wall) / 1000;
    await new Promise((r) => setImmediate(r)); // let the observer hear of the last collections
    const run = {
      rows: received,
      cpuUsPerRow: (used.user + used.system) / received,
      gcUsPerRow: (gcMs * 1000) / received,
      wallUsPerRow: wallUs / received,
    };
    runs.push(run);
    console.log(
      `[ingest-cpu] run ${i + 1}: ${received} rows (${accepted} accepted), ${run.cpuUsPerRow.toFixed(2)} µs CPU/row, ` +
        `${run.gcUsPerRow.toFixed(2)} µs GC/row, ${run.wallUsPerRow.toFixed(2)} µs wall/row`,
    );
  }
  gc.disconnect();
  const result = {
    rows: ROWS,
    runs: runs.length,
    cpuUsPerRow: figure(runs.map((r) => r.cpuUsPerRow)),
    gcUsPerRow: figure(runs.map((r) => r.gcUsPerRow)),
    wallUsPerRow: figure(runs.map((r) => r.wallUsPerRow)),
    node: process.version,
  };
  console.log(JSON.stringify(result));
  // Compiled, this file runs from dist/bench; from its source (node -r typescript-register), from bench.
  const root = join(__dirname, '..', basename(join(__dirname, '..')) === 'dist' ? '..' : '');
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ingest-cpu.json'), JSON.stringify(result, null, 2) + '\n');
}

void main();
