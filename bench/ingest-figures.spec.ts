import { IngestRun, ingestFigures } from './ingest-figures';
import type { ImportMemory } from './process-memory';

const mem = (api: number, backendAnon?: number): ImportMemory => ({
  api: { peakRssMb: api, peakAnonMb: api - 20, lifetimePeakRssMb: api, samples: 10 },
  backend:
    backendAnon === undefined
      ? { pid: null, reason: 'not seen' }
      : {
          pid: 42,
          peakRssMb: backendAnon + 100,
          peakAnonMb: backendAnon,
          lifetimePeakRssMb: 500,
          samples: 9,
        },
});

function run(
  clean: [number, number],
  realistic: [number, number, number],
  jsonSeconds: number,
  memorySeconds: number,
  memoryApi: number,
  k = 1,
  jsonFloorSeconds = 1,
): IngestRun {
  return {
    first: k % 2 === 1 ? 'clean' : 'realistic',
    clean: {
      received: 100_000,
      seconds: clean[0],
      floorRows: 100_000,
      floorSeconds: clean[1],
      memory: [mem(150, 30)],
      cpu: [{ apiMs: 1000 * k, backendMs: 500 * k }],
      floorBackendCpuMs: 400 * k,
    },
    realistic: {
      received: 100_000,
      seconds: realistic[0],
      floorRows: realistic[1],
      floorSeconds: realistic[2],
      memory: [mem(150, 40), mem(180)],
      // The resend's backend was not seen in the last run: no backend figure for the file set.
      cpu: [
        { apiMs: 600, backendMs: 300 },
        { apiMs: 100, backendMs: k === 3 ? null : 50 },
      ],
      floorBackendCpuMs: null,
    },
    json: { rows: 200_000, seconds: jsonSeconds, floorRows: 200_000, floorSeconds: jsonFloorSeconds },
    memoryImport: { received: 200_000, seconds: memorySeconds, memory: mem(memoryApi, 50) },
  };
}

// Hand-computed: clean 50,000 / 100,000 / 80,000 rows/s against floors of 200,000 / 250,000 / 200,000;
// realistic 25,000 / 80,000 / 50,000 against 98,700 rows stored in 0.5 / 0.5 / 0.47 s (197,400 / 197,400 /
// 210,000 rows/s); JSON 40,000 / 50,000 / 25,000 against floors of 200,000 / 160,000 / 100,000; the memory
// import 20,000 / 25,000 / 12,500.
const runs = [
  run([2, 0.5], [4, 98_700, 0.5], 5, 10, 210.4, 1, 1),
  run([1, 0.4], [1.25, 98_700, 0.5], 4, 8, 250, 2, 1.25),
  run([1.25, 0.5], [2, 98_700, 0.47], 8, 16, 299.9, 3, 2),
];

describe('ingestFigures', () => {
  const f = ingestFigures(runs);

  it('gives CPU microseconds per stored row, a measure only when every run has it', () => {
    // Clean: 1,000k ms of API and 500k ms of backend for 100,000 rows, k = 1, 2, 3; the floor's backend 400k ms.
    expect(f.cpuMicrosPerStoredRow.clean).toEqual({
      api: { median: 20, min: 10, max: 30 },
      backend: { median: 10, min: 5, max: 15 },
      floorBackend: { median: 8, min: 4, max: 12 },
    });
    // Realistic: 700 ms of API for 98,700 rows stored: 7.09 µs a row in every run.
    expect(f.cpuMicrosPerStoredRow.realistic).toEqual({
      api: { median: 7.09, min: 7.09, max: 7.09 },
      backend: null,
      floorBackend: null,
    });
  });

  it('gives each rate as the median of the runs with its range', () => {
    expect(f.floorRowsPerSecond).toEqual({ median: 200_000, min: 200_000, max: 250_000 });
    expect(f.csvRowsPerSecond).toEqual({ median: 80_000, min: 50_000, max: 100_000 });
    expect(f.dupFloorRowsPerSecond).toEqual({ median: 197_400, min: 197_400, max: 210_000 });
    expect(f.dupRowsPerSecond).toEqual({ median: 50_000, min: 25_000, max: 80_000 });
    expect(f.jsonRowsPerSecond).toEqual({ median: 40_000, min: 25_000, max: 50_000 });
    expect(f.jsonFloorRowsPerSecond).toEqual({ median: 160_000, min: 100_000, max: 200_000 });
    expect(f.memoryImportRowsPerSecond).toEqual({ median: 20_000, min: 12_500, max: 25_000 });
  });

  it('computes ratios and the duplicate penalty within each run', () => {
    // 0.25, 0.4, 0.4; 25,000/197,400 = 0.127, 80,000/197,400 = 0.405, 50,000/210,000 = 0.238.
    expect(f.ratio).toEqual({ median: 0.4, min: 0.25, max: 0.4 });
    expect(f.dupRatio).toEqual({ median: 0.238, min: 0.127, max: 0.405 });
    // 1 - 25/50 = 0.5, 1 - 80/100 = 0.2, 1 - 50/80 = 0.375.
    expect(f.duplicatePenalty).toEqual({ median: 0.375, min: 0.2, max: 0.5 });
    // JSON: 40,000/200,000 = 0.2, 50,000/160,000 = 0.3125, 25,000/100,000 = 0.25.
    expect(f.jsonRatio).toEqual({ median: 0.25, min: 0.2, max: 0.313 });
    // Runs 1 and 3 began with the clean file, run 2 with the realistic set.
    expect(f.duplicatePenaltyByFirst).toEqual({
      clean: { median: 0.438, min: 0.375, max: 0.5 },
      realistic: { median: 0.2, min: 0.2, max: 0.2 },
    });
  });

  it('takes each run’s highest peak, and leaves out backends that were not sampled', () => {
    expect(f.memory.memoryImport.apiPeakRssMb).toEqual({ median: 250, min: 210.4, max: 299.9 });
    expect(f.memory.memoryImport.backendPeakAnonMb).toEqual({ median: 50, min: 50, max: 50 });
    expect(f.memory.realistic.apiPeakRssMb).toEqual({ median: 180, min: 180, max: 180 });
    expect(f.memory.realistic.backendPeakRssMb).toEqual({ median: 140, min: 140, max: 140 });
  });

  it('judges the targets: ratio and penalty on the realistic file, memory in every run', () => {
    expect(f.met).toEqual({
      dupRatio: false,
      duplicatePenalty: false,
      jsonRowsPerSecond: true,
      apiPeakRssMbDuringImport: true,
    });
    const heavy = ingestFigures([...runs.slice(0, 2), run([1.25, 0.5], [2, 98_700, 0.47], 8, 16, 300)]);
    expect(heavy.met.apiPeakRssMbDuringImport).toBe(false);
    const fast = ingestFigures([run([1, 0.8], [1.05, 99_000, 0.8], 4, 8, 200)]);
    expect(fast.met).toMatchObject({ dupRatio: true, duplicatePenalty: true });
  });
});
