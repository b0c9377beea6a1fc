/**
 * Ingestion benchmark on realistic files (bench/README.md): a campaign of the demo's 600 enterprises, and files
 * as partners send them (survey-file-set.ts): columns and keys in their own order, 1 % respondents resent
 * (within a stored chunk, across chunks, across two imports), 0.3 % malformed rows; and a clean file. At least
 * three runs (five by default), each import from the same starting state (every import table emptied, then a
 * checkpoint and the kernel's dirty pages written):
 *   1. the clean file (BENCH_ROWS) streamed to the API, then its floor: psql's binary \copy of exactly the rows
 *      it stored into a table LIKE survey_responses;
 *   2. emptied: the realistic file set (BENCH_ROWS received: a first file and a resend), then its floor;
 *      (1 and 2 swap places every other run, so that neither always follows the same step);
 *   3. JSON batches of 10,000 (BENCH_JSON_BATCHES) from one client on one keep-alive connection, into the
 *      campaign holding the second of them, then their floor: the rows each batch stored loaded by psql's
 *      binary \copy, one transaction per batch, into a table holding the campaign's other rows;
 *   4. emptied: one realistic file of BENCH_MEMORY_ROWS, the API's memory sampled throughout.
 * Every import's counts must equal what the generator says (first one wins), and what is stored must hold the
 * first responses. Memory is sampled during each import. Writes bench/results/ingest.json.
 */
import { Agent } from 'node:http';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  batchesFloor,
  checkpoint,
  databaseBackends,
  dropFloor,
  emptyImports,
  floorText,
  importBackend,
  storageFloor,
  storedOf,
} from './ingest-database';
import { IngestRun, ingestFigures, MeasuredImport } from './ingest-figures';
import { onboardedCampaign } from './onboarded-campaign';
import { addSample, ImportCpu, ImportMemory, mb, readStatus, sampledDuring } from './process-memory';
import { log, ORGANIZER, runBenchmark, timed, writeResult } from './support';
import {
  cleanFile,
  emptyTally,
  FileSpec,
  ImportTally,
  realisticFile,
  realisticFileSet,
  surveyFile,
} from './survey-file-set';
import { batchBody, FileFormat, FileLayout, shuffledLayout, writeSurveyFile } from './survey-files';
import { SurveyPopulation, surveyPopulation, SurveyRow } from './survey-rows';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const MEMORY_ROWS = Number(process.env.BENCH_MEMORY_ROWS ?? 2_000_000);
const JSON_BATCHES = Number(process.env.BENCH_JSON_BATCHES ?? 20);
// At least three, so that each figure is a median with its range; five by default, as one import's time
// varies by 10-25 % on a shared machine from one minute to the next.
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
/** The API inherits this environment, so it stores chunks of the size the files were laid out for. */
const CHUNK_ROWS = Number(process.env.IMPORT_BATCH_ROWS ?? 10_000);
const FORMAT: FileFormat = process.env.BENCH_FILE_FORMAT === 'ndjson' ? 'ndjson' : 'csv';
const SEED = Number(process.env.BENCH_SEED ?? 2027);
const BATCH_ROWS = 10_000;
const CONTENT_TYPE: Record<FileFormat, string> = { csv: 'text/csv', ndjson: 'application/x-ndjson' };

interface PreparedFile {
  name: string;
  path: string;
  bytes: number;
  tally: ImportTally;
}

interface ImportCounts {
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

async function prepare(
  tmp: string,
  name: string,
  pop: SurveyPopulation,
  spec: FileSpec,
  layout: FileLayout,
): Promise<PreparedFile> {
  const path = join(tmp, `${name}.${FORMAT}`);
  const tally = emptyTally();
  const bytes = await writeSurveyFile(path, FORMAT, layout, surveyFile(pop, spec, tally));
  log(
    `${name}: ${tally.received} rows (${(bytes / 1e6).toFixed(1)} MB): ${tally.accepted} to store, ` +
      `${tally.duplicates} duplicates (${tally.duplicatesWithinChunk} within a chunk, ${tally.duplicatesAcrossChunks} ` +
      `across chunks, ${tally.duplicatesAcrossImports} across imports), ${tally.rejected} malformed`,
  );
  return { name, path, bytes, tally };
}

/**
 * The JSON batches, serialised and encoded before the clock starts: the bench's own work stays out of the
 * measure.
 */
function jsonBodies(pop: SurveyPopulation): Buffer[] {
  const layout = shuffledLayout(SEED + 5, 'export');
  const rows = surveyFile(pop, cleanFile(JSON_BATCHES * BATCH_ROWS, CHUNK_ROWS, 'utc'), emptyTally());
  const bodies: Buffer[] = [];
  let batch: SurveyRow[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      bodies.push(Buffer.from(batchBody(batch, layout)));
      batch = [];
    }
  }
  return bodies;
}

function expectCounts(what: string, counts: ImportCounts, tally: ImportTally): void {
  const expected: ImportCounts = {
    received: tally.received,
    accepted: tally.accepted,
    duplicates: tally.duplicates,
    rejected: tally.rejected,
  };
  const got = {
    received: counts.received,
    accepted: counts.accepted,
    duplicates: counts.duplicates,
    rejected: counts.rejected,
  };
  if (JSON.stringify(got) !== JSON.stringify(expected))
    throw new Error(
      `${what}: the import reported ${JSON.stringify(got)}, the file holds ${JSON.stringify(expected)}`,
    );
}

/** The campaign holds exactly the first response of each respondent of these files. */
async function expectStored(db: DataSource, campaignId: string, tallies: ImportTally[]): Promise<void> {
  const rows = tallies.reduce((n, t) => n + t.accepted, 0);
  const seconds = tallies.reduce((n, t) => n + t.acceptedCompletionSeconds, 0);
  const stored = await storedOf(db, campaignId);
  if (stored.rows !== rows || stored.completionSeconds !== seconds)
    throw new Error(
      `stored ${stored.rows} rows with ${stored.completionSeconds} completion seconds; ` +
        `the first responses are ${rows} rows with ${seconds}`,
    );
}

runBenchmark({ worker: false }, async ({ infra, client, apiProcess, tmp }) => {
  const db = infra.dataSource;
  const campaign = await onboardedCampaign(client, { seed: SEED });
  const id = campaign.campaignId;
  log(`campaign ${campaign.slug}: ${campaign.enterprises.length} enterprises`);
  const window = { startMs: campaign.opensAtMs + 3_600_000, endMs: Date.now() - 3_600_000 };
  const population = (seed: number, span: number, prefix: string) =>
    surveyPopulation(seed, campaign.enterprises, window, span, prefix);

  const realisticPopulation = population(SEED + 1, ROWS, 'R');
  const set = realisticFileSet(ROWS, CHUNK_ROWS);
  const clean = await prepare(
    tmp,
    'clean',
    population(SEED, ROWS, 'C'),
    cleanFile(ROWS, CHUNK_ROWS),
    shuffledLayout(SEED + 1, 'spreadsheet'),
  );
  const first = await prepare(
    tmp,
    'realistic-1',
    realisticPopulation,
    set.first,
    shuffledLayout(SEED + 2, 'spreadsheet'),
  );
  const second = await prepare(
    tmp,
    'realistic-2',
    realisticPopulation,
    set.second(first.tally),
    shuffledLayout(SEED + 3, 'export'),
  );
  const big = await prepare(
    tmp,
    'memory',
    population(SEED + 3, MEMORY_ROWS, 'M'),
    realisticFile(MEMORY_ROWS, CHUNK_ROWS),
    shuffledLayout(SEED + 4, 'spreadsheet'),
  );
  const bodies = jsonBodies(population(SEED + 2, JSON_BATCHES * BATCH_ROWS, 'J'));
  const jsonRows = bodies.length * BATCH_ROWS;
  const storedFile = join(tmp, 'stored.bin');

  const upload = async (
    file: PreparedFile,
  ): Promise<{ seconds: number; memory: ImportMemory; cpu: ImportCpu }> => {
    await checkpoint(db);
    const { result, memory, cpu } = await sampledDuring(
      {
        apiPid: apiProcess.pid as number,
        findBackend: () => importBackend(db),
        databaseBackends: () => databaseBackends(db),
      },
      () => timed(() => client.upload(`/campaigns/${id}/imports`, file.path, CONTENT_TYPE[FORMAT])),
    );
    expectCounts(file.name, result.result.counts as ImportCounts, file.tally);
    log(
      `${file.name}: ${result.seconds.toFixed(2)} s, ${Math.round(file.tally.received / result.seconds)} rows/s; ` +
        `API ${memory.api?.peakRssMb ?? '?'} MB, backend ${'peakAnonMb' in memory.backend ? `${memory.backend.peakAnonMb} MB private` : memory.backend.reason}`,
    );
    return { seconds: result.seconds, memory, cpu };
  };

  const floorOf = async (
    files: PreparedFile[],
  ): Promise<Pick<MeasuredImport, 'floorRows' | 'floorSeconds' | 'floorBackendCpuMs'>> => {
    await expectStored(
      db,
      id,
      files.map((f) => f.tally),
    );
    const floor = await storageFloor(db, infra.databaseUrl, id, storedFile);
    log(`floor: ${floorText(floor)}`);
    return { floorRows: floor.rows, floorSeconds: floor.seconds, floorBackendCpuMs: floor.backendCpuMs };
  };

  // One client sending one batch after another on one connection (Client.post says why not fetch); answers
  // the batch's import.
  const postBatch = async (body: Buffer, agent: Agent): Promise<string> => {
    const answer = await client.post(`/campaigns/${id}/response-batches`, body, 'application/json', agent);
    const counts = answer.counts as ImportCounts;
    if (counts.accepted !== BATCH_ROWS) throw new Error(`response batch: ${JSON.stringify(counts)}`);
    return answer.id as string;
  };

  const cleanPhase = async (): Promise<MeasuredImport> => {
    await emptyImports(db);
    const measured = await upload(clean);
    return {
      received: clean.tally.received,
      seconds: measured.seconds,
      memory: [measured.memory],
      cpu: [measured.cpu],
      ...(await floorOf([clean])),
    };
  };
  const realisticPhase = async (): Promise<MeasuredImport> => {
    await emptyImports(db);
    const firstImport = await upload(first);
    const secondImport = await upload(second);
    return {
      received: first.tally.received + second.tally.received,
      seconds: firstImport.seconds + secondImport.seconds,
      memory: [firstImport.memory, secondImport.memory],
      cpu: [firstImport.cpu, secondImport.cpu],
      ...(await floorOf([first, second])),
    };
  };

  const runs: IngestRun[] = [];
  for (let r = 1; r <= RUNS; r++) {
    // The clean file and the realistic set back to back, each with its floor, the first of them alternating
    // from run to run: the penalty compares imports seconds apart, and neither always follows the same step.
    const cleanFirst = r % 2 === 1;
    log(`run ${r} of ${RUNS} (${cleanFirst ? 'clean' : 'realistic'} first)`);
    // A fresh token each run: a full run may outlast one (JWT_TTL_SECONDS).
    client.token = (await client.call<{ accessToken: string }>('POST', '/auth/login', ORGANIZER)).accessToken;

    const cleanRun = cleanFirst ? await cleanPhase() : undefined;
    const realisticRun = await realisticPhase();
    const cleanMeasure = cleanRun ?? (await cleanPhase());

    // Into the campaign holding the second of them, as a partner posting after a file import.
    await checkpoint(db);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const json = await timed(async () => {
      const imports: string[] = [];
      for (const body of bodies) imports.push(await postBatch(body, agent));
      return imports;
    }).finally(() => agent.destroy());
    const jsonFloor = await batchesFloor(db, infra.databaseUrl, id, json.result, tmp);
    // The floor loads exactly the rows the batches' imports stored (batchesFloor checks that): so this checks
    // that those imports stored every row sent.
    if (jsonFloor.rows !== jsonRows)
      throw new Error(`the batches' imports stored ${jsonFloor.rows} rows of ${jsonRows} sent`);
    log(
      `JSON batches of 10,000: ${Math.round(jsonRows / json.seconds)} rows/s; their floor: ${floorText(jsonFloor)}`,
    );

    await emptyImports(db);
    const memoryImport = await upload(big);

    runs.push({
      first: cleanFirst ? 'clean' : 'realistic',
      clean: cleanMeasure,
      realistic: realisticRun,
      json: {
        rows: jsonRows,
        seconds: json.seconds,
        floorRows: jsonFloor.rows,
        floorSeconds: jsonFloor.seconds,
      },
      memoryImport: { received: big.tally.received, ...memoryImport },
    });
  }
  await emptyImports(db);
  await dropFloor(db);

  const lifetime = readStatus(apiProcess.pid as number);
  const fileOf = (f: PreparedFile) => ({ bytes: f.bytes, ...f.tally });
  writeResult('ingest', {
    rows: ROWS,
    memoryRows: MEMORY_ROWS,
    jsonBatches: bodies.length,
    runs: RUNS,
    format: FORMAT,
    chunkRows: CHUNK_ROWS,
    enterprises: campaign.enterprises.length,
    startingState:
      'every import table truncated, then CHECKPOINT and sync, before each measured import; clean and realistic alternate first',
    files: { clean: fileOf(clean), realistic: [fileOf(first), fileOf(second)], memory: fileOf(big) },
    ...ingestFigures(runs),
    // The reading at the end with every sample taken during the imports: addSample's rule for a lifetime peak.
    apiLifetimePeakRssMb: lifetime
      ? Math.max(
          mb(addSample(null, lifetime).lifetimeKb),
          ...runs
            .flatMap((r) => [...r.clean.memory, ...r.realistic.memory, r.memoryImport.memory])
            .map((m) => m.api?.lifetimePeakRssMb ?? 0),
        )
      : null,
  });
});
