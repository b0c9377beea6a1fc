import { commandOf, cpuTicksOf, readCpuMs } from './process-cpu';

describe('process cpu', () => {
  it('adds user and system ticks, counting fields after the command name', () => {
    const stat =
      '4242 (postgres: care (x) 1) S 1 4242 4242 0 -1 4194560 2345 0 0 0 731 169 0 0 20 0 1 0 12345 1000 200';
    expect(cpuTicksOf(stat)).toBe(731 + 169);
    expect(commandOf(stat)).toBe('postgres: care (x) 1');
    expect(cpuTicksOf('garbage')).toBeNull();
  });

  it('reads this process, and nothing for a process that is not there', () => {
    let x = 0;
    for (let i = 0; i < 3e7; i++) x += i % 7;
    expect(x).toBeGreaterThan(0);
    expect(readCpuMs(process.pid)).toBeGreaterThan(0);
    expect(readCpuMs(2 ** 22 + 7)).toBeNull();
    expect(readCpuMs(process.pid, 'postgres')).toBeNull();
  });
});
