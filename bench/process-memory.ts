/**
 * Memory of the processes an import runs in, sampled while it runs: the API (its resident set) and the
 * PostgreSQL backend serving the import (its private memory: a backend's resident set also counts the pages of
 * shared buffers it touched, which belong to the server, not to this import). Read from /proc/<pid>/status
 * every ~100 ms, apart from each process's lifetime high-water mark (VmHWM), which also holds whatever the
 * process did before the import.
 */
import { readFileSync } from 'node:fs';
import { readCpuMs } from './process-cpu';

export interface MemoryStatus {
  /** Resident now (VmRSS), its lifetime peak (VmHWM), and the anonymous (private) part of it (RssAnon), kB. */
  rssKb: number;
  hwmKb: number;
  anonKb: number;
}

export function parseStatus(text: string): MemoryStatus {
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM'), anonKb: kb('RssAnon') };
}

/** Null when the process is gone or not visible here (a server in a container has pids of its own). */
export function readStatus(pid: number): MemoryStatus | null {
  try {
    return parseStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

export const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/** The highest of each measure over the samples; null before the first. */
export interface Peak {
  samples: number;
  rssKb: number;
  anonKb: number;
  /**
   * The lifetime peak: the kernel raises VmHWM only at some events (an unmap, an exit), so a resident set
   * sampled earlier can exceed a VmHWM read later; the peak is the higher of both.
   */
  lifetimeKb: number;
}

export function addSample(peak: Peak | null, s: MemoryStatus): Peak {
  return {
    samples: (peak?.samples ?? 0) + 1,
    rssKb: Math.max(peak?.rssKb ?? 0, s.rssKb),
    anonKb: Math.max(peak?.anonKb ?? 0, s.anonKb),
    lifetimeKb: Math.max(peak?.lifetimeKb ?? 0, s.hwmKb, s.rssKb),
  };
}

export interface ImportMemory {
  api: { peakRssMb: number; peakAnonMb: number; lifetimePeakRssMb: number; samples: number } | null;
  /** The backend that ran the import's COPY; null with why when it could not be sampled. */
  backend:
    | { pid: number; peakRssMb: number; peakAnonMb: number; lifetimePeakRssMb: number; samples: number }
    | { pid: number | null; reason: string };
}

/**
 * CPU milliseconds used while the work ran: by the API, and by the database's backends (every client backend of
 * the database, read before and after: an import's connection comes from the API's pool and may be any of them,
 * and a short import ends before its backend can be told apart). Besides the import, only the sampler's probe
 * works in the database meanwhile (every ~100 ms until the import's backend is found). Null when not readable
 * here: a backend not visible as a PostgreSQL process, or gone before it could be read.
 */
export interface ImportCpu {
  apiMs: number | null;
  backendMs: number | null;
}

/** CPU milliseconds of each of these PostgreSQL backends now; null when any of them cannot be read. */
function backendsCpu(pids: number[]): Map<number, number> | null {
  const each = new Map<number, number>();
  for (const pid of pids) {
    const ms = readCpuMs(pid, 'postgres');
    if (ms === null) return null;
    each.set(pid, ms);
  }
  return each;
}

/** CPU used between two readings; a process first seen at the end used all of its time meanwhile. */
export function cpuBetween(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): number | null {
  if (before === null || after === null || after.size === 0) return null;
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return Math.round(ms);
}

export interface MemoryProbes {
  apiPid: number;
  /** The pid of the backend serving the import, once it is visible (pg_stat_activity). */
  findBackend: () => Promise<number | null>;
  /** Every client backend of the database, for their CPU time. */
  databaseBackends?: () => Promise<number[]>;
  everyMs?: number;
}

/** Samples both processes' memory and CPU time while `work` runs (and once more when it ends). */
export async function sampledDuring<T>(
  probes: MemoryProbes,
  work: () => Promise<T>,
): Promise<{ result: T; memory: ImportMemory; cpu: ImportCpu }> {
  let api: Peak | null = null;
  const backendsBefore = backendsCpu((await probes.databaseBackends?.()) ?? []);
  const apiBefore = readCpuMs(probes.apiPid);
  let backend: Peak | null = null;
  let backendPid: number | null = null;
  let looking = false;
  const sample = () => {
    const a = readStatus(probes.apiPid);
    if (a) api = addSample(api, a);
    if (backendPid !== null) {
      const b = readStatus(backendPid);
      if (b) backend = addSample(backend, b);
    } else if (!looking) {
      looking = true;
      probes
        .findBackend()
        .then((pid) => {
          backendPid = pid;
          if (pid !== null) sample();
        })
        .catch(() => undefined)
        .finally(() => (looking = false));
    }
  };
  const timer = setInterval(sample, probes.everyMs ?? 100);
  sample();
  try {
    const result = await work();
    const apiAfter = readCpuMs(probes.apiPid);
    const backendsAfter = backendsCpu((await probes.databaseBackends?.()) ?? []);
    sample();
    return {
      result,
      memory: summary(api, backend, backendPid),
      cpu: {
        apiMs: apiBefore === null || apiAfter === null ? null : Math.round(apiAfter - apiBefore),
        backendMs: probes.databaseBackends ? cpuBetween(backendsBefore, backendsAfter) : null,
      },
    };
  } finally {
    clearInterval(timer);
  }
}

function summary(api: Peak | null, backend: Peak | null, backendPid: number | null): ImportMemory {
  return {
    api: api && {
      peakRssMb: mb(api.rssKb),
      peakAnonMb: mb(api.anonKb),
      lifetimePeakRssMb: mb(api.lifetimeKb),
      samples: api.samples,
    },
    backend:
      backend && backendPid !== null
        ? {
            pid: backendPid,
            peakRssMb: mb(backend.rssKb),
            peakAnonMb: mb(backend.anonKb),
            lifetimePeakRssMb: mb(backend.lifetimeKb),
            samples: backend.samples,
          }
        : {
            pid: backendPid,
            reason:
              backendPid === null
                ? 'the import ended before its backend was seen in pg_stat_activity'
                : `/proc/${backendPid}/status is not readable here (a server in a container or another host)`,
          },
  };
}
