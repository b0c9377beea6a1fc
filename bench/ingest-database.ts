/**
 * What the ingestion benchmark does to its own database besides calling the API: the starting state of each run,
 * the storage floor, and finding the backend that serves an import.
 */
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { clockTicksPerSecond, cpuTicksOf } from './process-cpu';
import { execFileAsync, log, timed } from './support';

/** The tables an import writes. Emptied before each measured import, so that every run starts alike. */
const IMPORT_TABLES = [
  'survey_responses',
  'response_batches',
  'survey_import_rejections',
  'response_duplicate_counts',
  'survey_imports',
];
const FLOOR_TABLE = 'bench_floor';

let checkpointRefused = false;
let syncRefused = false;

/**
 * Writes out the dirty buffers the previous step left, so that its writes are not paid by the next measure:
 * PostgreSQL's (CHECKPOINT: needs superuser or pg_checkpoint; without, the run goes on and says so once), then
 * the kernel's (sync(1)). The kernel writes a dirty page back about 30 s after it was written, so without the
 * second the floor's copy of the stored rows (100-200 MB, written by psql) and the checkpoint's own writes went
 * to the disk during whichever import ran half a minute later: the imports of one run differed by up to 25 %.
 */
export async function checkpoint(db: DataSource): Promise<void> {
  if (!checkpointRefused) {
    try {
      await db.query('CHECKPOINT');
    } catch (error) {
      checkpointRefused = true;
      log(`CHECKPOINT refused (${String(error)}): runs may pay for the previous step's writes`);
    }
  }
  if (!syncRefused) {
    try {
      await execFileAsync('sync');
    } catch (error) {
      syncRefused = true;
      log(`sync failed (${String(error)}): runs may pay for the previous step's writes to disk`);
    }
  }
}

/**
 * Every import of a run goes into the same state: no stored response in any campaign (TRUNCATE, so the table
 * and its indexes start empty instead of growing run after run), then a checkpoint. The campaign and its
 * enterprises stay. The ingestion benchmark runs no worker, so nothing else refers to these rows.
 */
export async function emptyImports(db: DataSource): Promise<void> {
  await db.query(`TRUNCATE ${IMPORT_TABLES.join(', ')} CASCADE`);
  await checkpoint(db);
}

/** Runs the commands in one psql session (tuples only, unaligned) and answers what it printed. */
async function psql(databaseUrl: string, ...commands: string[]): Promise<string> {
  const { stdout } = await execFileAsync('psql', [
    databaseUrl,
    '-X',
    '-At',
    '-v',
    'ON_ERROR_STOP=1',
    ...commands.flatMap((c) => ['-c', c]),
  ]);
  return stdout;
}

/** Rows psql said it copied, over every `\copy` of its session (each says so on a line of its own). */
const copiedRows = (output: string): number =>
  [...output.matchAll(/^COPY (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);

/**
 * The floor of storing what the import stored: psql's binary `\copy` of exactly the campaign's stored rows (its
 * heap order: the import's order) into a table made `LIKE survey_responses INCLUDING ALL` (same columns,
 * primary key, BRIN index, checks and defaults; the table has no foreign key or trigger), dropped and made
 * again each time, in one transaction as the import is. Nothing is parsed, checked, scored or deduplicated.
 */
export async function storageFloor(
  db: DataSource,
  databaseUrl: string,
  campaignId: string,
  file: string,
): Promise<StorageFloor> {
  const rows = copiedRows(
    await psql(
      databaseUrl,
      `\\copy (SELECT * FROM survey_responses WHERE campaign_id = '${uuid(campaignId)}') TO '${file}' (FORMAT binary)`,
    ),
  );
  await freshFloorTable(db);
  await checkpoint(db);
  return timedLoads(db, databaseUrl, [file], { rows, what: 'the floor' });
}

/**
 * The floor of the JSON batches: the rows each batch stored (its import's, in heap order) loaded by psql's
 * binary `\copy`, one `\copy` per batch and so one transaction per batch as the API commits them, into a floor
 * table that first holds every other row of the campaign (loaded untimed), as the campaign did when the batches
 * arrived: an index of a million rows takes each new key at a cost an empty one does not.
 */
export async function batchesFloor(
  db: DataSource,
  databaseUrl: string,
  campaignId: string,
  batchImportIds: string[],
  dir: string,
): Promise<StorageFloor> {
  const ids = batchImportIds.map(uuid);
  const files = ids.map((_, i) => join(dir, `batch-${i}.bin`));
  const ofImport = (id: string) =>
    `SELECT r.* FROM survey_responses r WHERE r.batch_id IN (SELECT b.id FROM response_batches b WHERE b.import_id = '${id}') ORDER BY r.ctid`;
  const exported = await psql(
    databaseUrl,
    ...ids.map((id, i) => `\\copy (${ofImport(id)}) TO '${files[i]}' (FORMAT binary)`),
  );
  const rows = copiedRows(exported);
  await freshFloorTable(db);
  await db.query(
    `INSERT INTO ${FLOOR_TABLE} SELECT * FROM survey_responses WHERE campaign_id = $1
       AND batch_id NOT IN (SELECT id FROM response_batches WHERE import_id = ANY($2::uuid[]))`,
    [uuid(campaignId), ids],
  );
  await checkpoint(db);
  // The untimed load of a million rows may have woken autovacuum: its work is not the floor's.
  await othersIdle(db);
  return timedLoads(db, databaseUrl, files, { rows, what: "the batches' floor" });
}

export interface StorageFloor {
  rows: number;
  seconds: number;
  /** CPU time of psql's backend during the loads; null when it cannot be read. */
  backendCpuMs: number | null;
}

/** A floor as the benchmark's log shows it. */
export const floorText = (floor: StorageFloor): string =>
  `${floor.rows} rows in ${floor.seconds.toFixed(2)} s, ${Math.round(floor.rows / floor.seconds)} rows/s`;

const uuid = (id: string): string => {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  return id;
};

async function freshFloorTable(db: DataSource): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`);
  await db.query(`CREATE TABLE ${FLOOR_TABLE} (LIKE survey_responses INCLUDING ALL)`);
}

/**
 * One psql session loading the files in turn (each `\copy` its own transaction), timed around the process; it
 * must store every row exported.
 */
async function timedLoads(
  db: DataSource,
  databaseUrl: string,
  files: string[],
  exported: { rows: number; what: string },
): Promise<StorageFloor> {
  const loads = files.map((file) => `\\copy ${FLOOR_TABLE} FROM '${file}' (FORMAT binary)`);
  const measured = await backendStatReadable(db);
  const copy = await timed(() =>
    measured ? psql(databaseUrl, OWN_STAT, ...loads, OWN_STAT) : psql(databaseUrl, ...loads),
  );
  const rows = copiedRows(copy.result);
  if (rows !== exported.rows) throw new Error(`${exported.what} stored ${rows} of ${exported.rows} rows`);
  return { rows, seconds: copy.seconds, backendCpuMs: measured ? cpuBetweenStats(copy.result) : null };
}

/** The backend's own /proc stat line, read by the backend (a superuser may): psql's session measures itself. */
const OWN_STAT = `SELECT 'stat:' || pg_read_file('/proc/' || pg_backend_pid() || '/stat')`;

let statReadable: boolean | undefined;
async function backendStatReadable(db: DataSource): Promise<boolean> {
  if (statReadable === undefined) {
    try {
      const [r]: { stat: string }[] = await db.query(
        `SELECT pg_read_file('/proc/' || pg_backend_pid() || '/stat') AS stat`,
      );
      statReadable = cpuTicksOf(r.stat) !== null;
    } catch {
      statReadable = false;
    }
    if (!statReadable)
      log("the floor backend's CPU time cannot be read (pg_read_file of /proc): not reported");
  }
  return statReadable;
}

/** CPU milliseconds between the two stat lines psql printed around the floor's \copy. */
function cpuBetweenStats(output: string): number | null {
  const ticks = output
    .split('\n')
    .filter((line) => line.startsWith('stat:'))
    .map((line) => cpuTicksOf(line.slice('stat:'.length)));
  if (ticks.length !== 2 || ticks[0] === null || ticks[1] === null) return null;
  return Math.round(((ticks[1] - ticks[0]) * 1000) / clockTicksPerSecond());
}

export async function dropFloor(db: DataSource): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`);
}

/**
 * The backend serving an import: the one in a transaction whose statement is the import's lock or its COPY.
 * Null until the import has reached PostgreSQL.
 */
export async function importBackend(db: DataSource): Promise<number | null> {
  const rows: { pid: number }[] = await db.query(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
        AND (query LIKE 'COPY survey_responses%' OR query LIKE '%''survey-import:''%')
      ORDER BY xact_start LIMIT 1`,
  );
  return rows[0]?.pid ?? null;
}

/** How long every other session must stay idle: a job's steps leave short idle gaps between statements. */
const QUIET_MS = 250;

/**
 * Waits until no other session of the bench database (the worker's job finishing its work after the snapshots
 * are fresh, an autovacuum worker) has run a statement for QUIET_MS, at most `timeoutMs`: a baseline measured
 * next has the machine to itself.
 */
export async function othersIdle(db: DataSource, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < until) {
    const [r]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND backend_type IN ('client backend', 'autovacuum worker') AND state IS DISTINCT FROM 'idle'`,
    );
    if (r.n > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
    await new Promise((done) => setTimeout(done, 20));
  }
  log(`other sessions still busy after ${timeoutMs} ms: the baseline shares the machine`);
}

/** Every client backend of the bench database (the API's pool and the bench's own connections). */
export async function databaseBackends(db: DataSource): Promise<number[]> {
  const rows: { pid: number }[] = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`,
  );
  return rows.map((r) => r.pid);
}

/** What the campaign holds: rows and the sum of their completion times (which tells whose answer was kept). */
export async function storedOf(
  db: DataSource,
  campaignId: string,
): Promise<{ rows: number; completionSeconds: number }> {
  const [r]: { rows: string; seconds: string | null }[] = await db.query(
    `SELECT count(*) AS rows, sum(completion_seconds) AS seconds FROM survey_responses WHERE campaign_id = $1`,
    [campaignId],
  );
  return { rows: Number(r.rows), completionSeconds: Number(r.seconds ?? 0) };
}
