import { spawnSync } from 'node:child_process';
import { HEAP_FLAGS } from './heap-settings';

/**
 * Objects made in bulk and kept past several young collections: V8 reports its pretenuring feedback on them
 * (--trace-pretenuring-statistics) unless pretenuring is off. The script sets the given flags at run time, as
 * the API does as it starts.
 */
function pretenuringReports(flagsSetAtRunTime: readonly string[]): number {
  const script = `
    const v8 = require('node:v8');
    for (const flag of ${JSON.stringify(flagsSetAtRunTime)}) v8.setFlagsFromString(flag);
    const make = (i) => ({ i, pair: [i, i + 1] });
    let kept = [];
    for (let round = 0; round < 10; round++) {
      kept = [];
      for (let i = 0; i < 200000; i++) kept.push(make(i));
    }
  `;
  const run = spawnSync(process.execPath, ['--trace-pretenuring-statistics', '-e', script], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  return run.stdout.split('\n').filter((line) => line.includes('AllocationSite')).length;
}

describe('the API heap settings', () => {
  it('turn allocation-site pretenuring off when set after start-up', () => {
    // The control: the same allocations with pretenuring on are watched, so the check below can fail.
    expect(pretenuringReports([])).toBeGreaterThan(0);
    expect(pretenuringReports(HEAP_FLAGS)).toBe(0);
  });
});
