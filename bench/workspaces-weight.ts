import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The weight of a workspace's first load: every script and style sheet the browser fetched, measured as the
 * bytes themselves and as they would travel compressed (gzip at level 9, brotli at quality 11, computed here
 * from the bytes, so the figure does not depend on whether the server compresses).
 */
export interface FetchedFile {
  url: string;
  kind: 'script' | 'style';
  bytes: number;
  gzip: number;
  brotli: number;
}

/** The workspaces' budget for compressed JavaScript and CSS on a first load (the issue's 250 KB). */
export const FIRST_LOAD_BUDGET_BYTES = 250 * 1000;

export function compressedSizes(body: Buffer): Pick<FetchedFile, 'bytes' | 'gzip' | 'brotli'> {
  return {
    bytes: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

/** Which budgeted kind a response is, from its content type; null for everything else (HTML, fonts, data). */
export function kindOf(contentType: string | undefined): FetchedFile['kind'] | null {
  if (!contentType) return null;
  if (/javascript/i.test(contentType)) return 'script';
  if (/text\/css/i.test(contentType)) return 'style';
  return null;
}

export interface FirstLoadWeight {
  files: FetchedFile[];
  bytes: number;
  gzip: number;
  brotli: number;
  budgetBytes: number;
  /** Within the budget by gzip, the encoding every browser and server speaks. */
  withinBudget: boolean;
}

/** Sums the files of one load, each URL once (a file fetched twice is the same file). */
export function firstLoadWeight(
  fetched: FetchedFile[],
  budgetBytes = FIRST_LOAD_BUDGET_BYTES,
): FirstLoadWeight {
  const files = [...new Map(fetched.map((f) => [f.url, f])).values()];
  const sum = (key: 'bytes' | 'gzip' | 'brotli') => files.reduce((n, f) => n + f[key], 0);
  const gzip = sum('gzip');
  return {
    files,
    bytes: sum('bytes'),
    gzip,
    brotli: sum('brotli'),
    budgetBytes,
    withinBudget: gzip <= budgetBytes,
  };
}

/** Median, min and max of at least one number. */
export function spread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
