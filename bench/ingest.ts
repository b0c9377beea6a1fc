/**
 * Ingestion benchmark: the project path (CSV streamed through the HTTP API, validation and dedupe included;
 * JSON batches of 10,000) against the raw baseline (psql \copy of the same file into a table of the same
 * shape with the dedupe index), in the same run, on this machine. Writes bench/results/ingest.json.
 * BENCH_ROWS (default 1,000,000) sets the throughput file; BENCH_MEMORY_ROWS (default 2,000,000) the file
 * whose import the API's peak resident memory is measured over.
 */
import { join } from 'node:path';
import {
  answersOf,
  execFileAsync,
  ITEM_COLUMNS,
  log,
  peakRssMb,
  runBenchmark,
  surveyFixture,
  timed,
  writeCsv,
  writeResult,
} from './support';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const MEMORY_ROWS = Number(process.env.BENCH_MEMORY_ROWS ?? 2_000_000);
const JSON_BATCHES = Number(process.env.BENCH_JSON_BATCHES ?? 20);

runBenchmark({ worker: false }, async ({ infra, client, apiProcess, tmp }) => {
  const fixture = await surveyFixture(client, infra.dataSource, ['telecom', 'finance'], 10);
  const file = await writeCsv(join(tmp, 'responses.csv'), fixture, ROWS, 'csv');
  log(`${ROWS} rows written to ${file}`);

  // Baseline: psql \copy of the same file into the same shape with the dedupe index.
  await infra.dataSource.query(`
      CREATE TABLE bench_baseline (
        enterprise_id uuid, respondent_key varchar(200), submitted_at timestamptz, channel varchar(32),
        completion_seconds integer, ${ITEM_COLUMNS.map((c) => `${c} smallint`).join(', ')})`);
  await infra.dataSource.query(`CREATE UNIQUE INDEX ON bench_baseline (enterprise_id, respondent_key)`);
  const baseline = await timed(() =>
    execFileAsync('psql', [infra.databaseUrl, '-q', '-c', `\\copy bench_baseline FROM '${file}' CSV HEADER`]),
  );
  const baselineRowsPerSecond = ROWS / baseline.seconds;
  log(`psql \\copy: ${baseline.seconds.toFixed(2)} s, ${Math.round(baselineRowsPerSecond)} rows/s`);

  const csv = await timed(() => client.upload(`/campaigns/${fixture.campaignId}/imports`, file, 'text/csv'));
  const counts = csv.result.counts as { accepted: number };
  if (counts.accepted !== ROWS) throw new Error(`CSV import accepted ${counts.accepted} of ${ROWS}`);
  const csvRowsPerSecond = ROWS / csv.seconds;
  log(`CSV through the API: ${csv.seconds.toFixed(2)} s, ${Math.round(csvRowsPerSecond)} rows/s`);

  // The floor of any implementation that stores what this one must keep (raw answers, scores, flags, the
  // dedupe key): psql's binary \copy of the very rows the import stored into a copy of survey_responses,
  // with nothing parsed or checked on the way. It tells how much of the gap to the baseline is PostgreSQL's.
  const storedFile = join(tmp, 'stored.bin');
  await execFileAsync('psql', [
    infra.databaseUrl,
    '-q',
    '-c',
    `\\copy (SELECT * FROM survey_responses WHERE campaign_id = '${fixture.campaignId}') TO '${storedFile}' (FORMAT binary)`,
  ]);
  await infra.dataSource.query(`CREATE TABLE bench_stored (LIKE survey_responses INCLUDING ALL)`);
  const stored = await timed(() =>
    execFileAsync('psql', [
      infra.databaseUrl,
      '-q',
      '-c',
      `\\copy bench_stored FROM '${storedFile}' (FORMAT binary)`,
    ]),
  );
  const storedShapeRowsPerSecond = ROWS / stored.seconds;
  log(
    `psql binary \\copy of the stored rows: ${stored.seconds.toFixed(2)} s, ${Math.round(storedShapeRowsPerSecond)} rows/s`,
  );

  const when = new Date(Date.now() - 86_400_000).toISOString();
  const batches = Array.from({ length: JSON_BATCHES }, (_, b) =>
    Array.from({ length: 10_000 }, (_, j) => {
      const i = b * 10_000 + j;
      const e = fixture.enterprises[i % fixture.enterprises.length];
      const a = answersOf(i);
      return {
        enterpriseId: e.id,
        respondentKey: `json-${i}`,
        submittedAt: when,
        channel: 'app',
        completionSeconds: 60 + (i % 900),
        answers: Object.fromEntries(ITEM_COLUMNS.flatMap((k, n) => (a[n] === '' ? [] : [[k, a[n]]]))),
      };
    }),
  );
  const json = await timed(async () => {
    for (const responses of batches) {
      await client.call('POST', `/campaigns/${fixture.campaignId}/response-batches`, { responses });
    }
  });
  const jsonRowsPerSecond = (JSON_BATCHES * 10_000) / json.seconds;
  log(`JSON batches of 10,000: ${json.seconds.toFixed(2)} s, ${Math.round(jsonRowsPerSecond)} rows/s`);

  const bigFile = await writeCsv(join(tmp, 'responses-memory.csv'), fixture, MEMORY_ROWS, 'mem');
  const big = await timed(() =>
    client.upload(`/campaigns/${fixture.campaignId}/imports`, bigFile, 'text/csv'),
  );
  const peak = peakRssMb(apiProcess.pid as number);
  log(`${MEMORY_ROWS}-row CSV import: ${big.seconds.toFixed(2)} s; API peak RSS ${peak} MB`);

  writeResult('ingest', {
    rows: ROWS,
    csvRowsPerSecond: Math.round(csvRowsPerSecond),
    jsonRowsPerSecond: Math.round(jsonRowsPerSecond),
    baselineRowsPerSecond: Math.round(baselineRowsPerSecond),
    storedShapeRowsPerSecond: Math.round(storedShapeRowsPerSecond),
    storedShapeRatio: Math.round((storedShapeRowsPerSecond / baselineRowsPerSecond) * 1000) / 1000,
    ratio: Math.round((csvRowsPerSecond / baselineRowsPerSecond) * 1000) / 1000,
    peakRssMb: peak,
    memoryRows: MEMORY_ROWS,
    memoryImportRowsPerSecond: Math.round(MEMORY_ROWS / big.seconds),
    targets: { ratio: 0.8, jsonRowsPerSecond: 40_000, peakRssMb: 300 },
  });
});
