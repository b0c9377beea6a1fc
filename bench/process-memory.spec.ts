import { addSample, cpuBetween, mb, parseStatus, sampledDuring } from './process-memory';

const STATUS = `Name:\tnode
VmPeak:\t 1234568 kB
VmHWM:\t  204800 kB
VmRSS:\t  153600 kB
RssAnon:\t  102400 kB
RssFile:\t   40960 kB
RssShmem:\t   10240 kB
`;

describe('process memory', () => {
  it('reads the resident set, its high-water mark and the private part from /proc status', () => {
    expect(parseStatus(STATUS)).toEqual({ rssKb: 153600, hwmKb: 204800, anonKb: 102400 });
    expect(parseStatus('Name:\tkthreadd\n')).toEqual({ rssKb: 0, hwmKb: 0, anonKb: 0 });
    expect(mb(153600)).toBe(150);
    expect(mb(1000)).toBe(1);
  });

  it('keeps the highest of each measure', () => {
    let peak = addSample(null, { rssKb: 100, hwmKb: 500, anonKb: 80 });
    peak = addSample(peak, { rssKb: 300, hwmKb: 500, anonKb: 60 });
    peak = addSample(peak, { rssKb: 200, hwmKb: 500, anonKb: 90 });
    expect(peak).toEqual({ samples: 3, rssKb: 300, anonKb: 90, lifetimeKb: 500 });
  });

  it('takes a resident set above the high-water mark read later as the lifetime peak', () => {
    // VmHWM is raised only at some kernel events: a transient peak can be seen in VmRSS alone.
    let peak = addSample(null, { rssKb: 542_600, hwmKb: 542_600, anonKb: 10 });
    peak = addSample(peak, { rssKb: 400_000, hwmKb: 542_400, anonKb: 10 });
    expect(peak.lifetimeKb).toBe(542_600);
  });

  it('samples while the work runs, the backend once it is found', async () => {
    let asked = 0;
    const { result, memory, cpu } = await sampledDuring(
      {
        apiPid: process.pid,
        findBackend: () => Promise.resolve(++asked < 2 ? null : process.pid),
        databaseBackends: () => Promise.resolve([process.pid]),
        everyMs: 20,
      },
      async () => {
        // Busy for a while, so that CPU time shows at the clock tick's resolution (10 ms).
        const until = Date.now() + 200;
        let x = 0;
        while (Date.now() < until) {
          for (let i = 0; i < 1e5; i++) x += i % 3;
          await new Promise((r) => setImmediate(r));
        }
        return x > 0 ? 'done' : 'never';
      },
    );
    expect(result).toBe('done');
    expect(cpu.apiMs).toBeGreaterThanOrEqual(100);
    // This process is no PostgreSQL backend: its CPU is not taken for one.
    expect(cpu.backendMs).toBeNull();
    expect(memory.api?.samples).toBeGreaterThanOrEqual(5);
    expect(memory.api?.peakRssMb).toBeGreaterThan(10);
    expect(memory.api?.lifetimePeakRssMb).toBeGreaterThanOrEqual(memory.api?.peakRssMb ?? Infinity);
    expect(memory.backend).toMatchObject({ pid: process.pid });
    expect('lifetimePeakRssMb' in memory.backend && memory.backend.lifetimePeakRssMb).toBeGreaterThanOrEqual(
      'peakRssMb' in memory.backend ? memory.backend.peakRssMb : Infinity,
    );
  });

  it('adds up the CPU of every backend, counting one first seen at the end whole', () => {
    const before = new Map([
      [1, 100],
      [2, 50],
    ]);
    const after = new Map([
      [1, 160],
      [2, 50],
      [3, 25],
    ]);
    expect(cpuBetween(before, after)).toBe(60 + 0 + 25);
    expect(cpuBetween(before, new Map())).toBeNull();
    expect(cpuBetween(null, after)).toBeNull();
  });

  it('says why when the backend could not be sampled', async () => {
    const { memory, cpu } = await sampledDuring(
      { apiPid: process.pid, findBackend: () => Promise.resolve(null), everyMs: 20 },
      () => new Promise((r) => setTimeout(r, 60)),
    );
    expect(memory.backend).toEqual({ pid: null, reason: expect.stringContaining('pg_stat_activity') });
    expect(cpu.backendMs).toBeNull();
  });
});
