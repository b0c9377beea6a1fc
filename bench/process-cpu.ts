/**
 * CPU time a process has used (user + system, every thread: a Node process's garbage collector and I/O threads
 * too), read from /proc/<pid>/stat. What an import costs each process, which a busy or idle machine changes
 * far less than wall time: on two cores, the API's and its backend's CPU per row bound how close the import can
 * come to the floor, however well the two overlap.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** utime + stime, in clock ticks, from the text of /proc/<pid>/stat; null when it cannot be read. */
export function cpuTicksOf(stat: string): number | null {
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state); utime and stime are fields 14 and 15.
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}

let ticksPerSecond: number | undefined;
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The command name of /proc/<pid>/stat (field 2, between the first '(' and the last ')'). */
export function commandOf(stat: string): string {
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

/**
 * CPU milliseconds the process has used so far; null when it is gone, not visible here, or (with `command`) not
 * that program: a pid from pg_stat_activity names a process on the database's host, which in a container is
 * another process here.
 */
export function readCpuMs(pid: number, command?: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (command !== undefined && !commandOf(stat).startsWith(command)) return null;
    const ticks = cpuTicksOf(stat);
    return ticks === null ? null : (ticks * 1000) / clockTicksPerSecond();
  } catch {
    return null;
  }
}
