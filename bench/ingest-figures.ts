/**
 * The ingestion benchmark's figures from its runs (pure): each rate and ratio is computed within a run (the
 * import and its floor measured minutes apart on the same machine), then summarised over the runs as the
 * median with the minimum and maximum.
 */
import type { ImportCpu, ImportMemory } from './process-memory';
import { spread, Spread } from './public-site';

/** One import (or the two of a file set) and the floor of what it stored, in the same run. */
export interface MeasuredImport {
  /** Rows received (duplicates and rejected rows included). */
  received: number;
  seconds: number;
  floorRows: number;
  floorSeconds: number;
  memory: ImportMemory[];
  /** CPU time of the API and of its backend during each import. */
  cpu: ImportCpu[];
  /** CPU time of the backend that ran the floor's \copy; null when it could not be read. */
  floorBackendCpuMs: number | null;
}

export interface IngestRun {
  /** Which of the clean file and the realistic set this run imported first (they alternate). */
  first: 'clean' | 'realistic';
  clean: MeasuredImport;
  /** The realistic file set: its first file and the resend, seconds added up. */
  realistic: MeasuredImport;
  /** The JSON batches, and the floor of storing their rows one batch per transaction. */
  json: { rows: number; seconds: number; floorRows: number; floorSeconds: number };
  memoryImport: { received: number; seconds: number; memory: ImportMemory };
}

export const TARGETS = {
  /** On the realistic file: its rate over the floor's. */
  dupRatio: 0.7,
  duplicatePenalty: 0.1,
  jsonRowsPerSecond: 40_000,
  /** The API's resident memory sampled during the memory import, in every run. */
  apiPeakRssMbDuringImport: 300,
} as const;

const round = (s: Spread, digits: number): Spread => {
  const f = 10 ** digits;
  const r = (x: number) => Math.round(x * f) / f;
  return { median: r(s.median), min: r(s.min), max: r(s.max) };
};
const over = (runs: IngestRun[], f: (run: IngestRun) => number, digits = 0) =>
  round(spread(runs.map(f)), digits);
const rate = (m: MeasuredImport) => m.received / m.seconds;
const floorRate = (m: MeasuredImport) => m.floorRows / m.floorSeconds;
const jsonRate = (r: IngestRun) => r.json.rows / r.json.seconds;
const jsonFloorRate = (r: IngestRun) => r.json.floorRows / r.json.floorSeconds;

const apiRss = (m: ImportMemory) => m.api?.peakRssMb;
const backendAnon = (m: ImportMemory) => ('peakAnonMb' in m.backend ? m.backend.peakAnonMb : undefined);
const backendRss = (m: ImportMemory) => ('peakRssMb' in m.backend ? m.backend.peakRssMb : undefined);

/** Per run, the highest of its imports' peaks (the realistic set is two imports). */
const peakOfRun = (memories: ImportMemory[], f: (m: ImportMemory) => number | undefined) => {
  const values = memories.map(f).filter((x): x is number => x !== undefined);
  return values.length === 0 ? undefined : Math.max(...values);
};

function memoryDuring(runs: IngestRun[], pick: (run: IngestRun) => ImportMemory[]) {
  const each = (f: (m: ImportMemory) => number | undefined) =>
    runs.map((run) => peakOfRun(pick(run), f)).filter((x): x is number => x !== undefined);
  const summary = (values: number[]) => (values.length === 0 ? null : round(spread(values), 1));
  return {
    apiPeakRssMb: summary(each(apiRss)),
    backendPeakAnonMb: summary(each(backendAnon)),
    backendPeakRssMb: summary(each(backendRss)),
  };
}

/**
 * CPU microseconds per stored row, per run: the API's and its backend's (added up over the imports of a file
 * set) beside the floor's backend. On two cores, (api + backend) per row bounds the import's rate at
 * 2 / (api + backend) however well they overlap, where the floor needs about one core.
 */
function cpuPerRow(runs: IngestRun[], pick: (run: IngestRun) => MeasuredImport) {
  const perRow = (f: (m: MeasuredImport) => number | null) => {
    const values = runs.map((run) => f(pick(run))).filter((x): x is number => x !== null);
    return values.length === runs.length ? round(spread(values), 2) : null;
  };
  const total = (m: MeasuredImport, f: (c: ImportCpu) => number | null) => {
    const each = m.cpu.map(f);
    return each.some((x) => x === null)
      ? null
      : ((each as number[]).reduce((a, b) => a + b, 0) * 1000) / m.floorRows;
  };
  return {
    api: perRow((m) => total(m, (c) => c.apiMs)),
    backend: perRow((m) => total(m, (c) => c.backendMs)),
    floorBackend: perRow((m) =>
      m.floorBackendCpuMs === null ? null : (m.floorBackendCpuMs * 1000) / m.floorRows,
    ),
  };
}

export function ingestFigures(runs: IngestRun[]) {
  const figures = {
    floorRowsPerSecond: over(runs, (r) => floorRate(r.clean)),
    csvRowsPerSecond: over(runs, (r) => rate(r.clean)),
    ratio: over(runs, (r) => rate(r.clean) / floorRate(r.clean), 3),
    dupFloorRowsPerSecond: over(runs, (r) => floorRate(r.realistic)),
    dupRowsPerSecond: over(runs, (r) => rate(r.realistic)),
    dupRatio: over(runs, (r) => rate(r.realistic) / floorRate(r.realistic), 3),
    duplicatePenalty: over(runs, (r) => 1 - rate(r.realistic) / rate(r.clean), 3),
    jsonRowsPerSecond: over(runs, jsonRate),
    jsonFloorRowsPerSecond: over(runs, jsonFloorRate),
    // Reported beside the target, which is in rows a second: what compares across machines (README).
    jsonRatio: over(runs, (r) => jsonRate(r) / jsonFloorRate(r), 3),
    memoryImportRowsPerSecond: over(runs, (r) => r.memoryImport.received / r.memoryImport.seconds),
  };
  const memory = {
    memoryImport: memoryDuring(runs, (r) => [r.memoryImport.memory]),
    clean: memoryDuring(runs, (r) => r.clean.memory),
    realistic: memoryDuring(runs, (r) => r.realistic.memory),
  };
  const cpuMicrosPerStoredRow = {
    clean: cpuPerRow(runs, (r) => r.clean),
    realistic: cpuPerRow(runs, (r) => r.realistic),
  };
  // The penalty of the runs that began with each, apart: an effect of the order would show as a difference.
  const penaltyOf = (first: IngestRun['first']) => {
    const these = runs.filter((r) => r.first === first);
    return these.length === 0 ? null : over(these, (r) => 1 - rate(r.realistic) / rate(r.clean), 3);
  };
  const duplicatePenaltyByFirst = { clean: penaltyOf('clean'), realistic: penaltyOf('realistic') };
  const apiDuringMemoryImport = memory.memoryImport.apiPeakRssMb;
  const met = {
    dupRatio: figures.dupRatio.median >= TARGETS.dupRatio,
    duplicatePenalty: figures.duplicatePenalty.median <= TARGETS.duplicatePenalty,
    jsonRowsPerSecond: figures.jsonRowsPerSecond.median >= TARGETS.jsonRowsPerSecond,
    // A memory bound holds in every run, not in the median one.
    apiPeakRssMbDuringImport:
      apiDuringMemoryImport !== null && apiDuringMemoryImport.max < TARGETS.apiPeakRssMbDuringImport,
  };
  return {
    ...figures,
    duplicatePenaltyByFirst,
    memory,
    cpuMicrosPerStoredRow,
    targets: TARGETS,
    met,
  };
}
