import { setImmediate as turn } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { ImportProgress } from './import-progress';
import type { SurveyImportsRepository } from './survey-imports.repository';

describe('ImportProgress', () => {
  afterEach(() => jest.useRealTimers());

  /** A repository whose saves finish when the test says so, recording what they were given. */
  function savesHeld() {
    const saves: { rows: number; bytes: number; finish: (error?: Error) => void }[] = [];
    const imports = {
      reportProgress: (_id: string, bytes: number, rows: number) =>
        new Promise<void>((resolve, reject) =>
          saves.push({ rows, bytes, finish: (error) => (error ? reject(error) : resolve()) }),
        ),
    } as unknown as SurveyImportsRepository;
    return { imports, saves };
  }
  const sent = (saves: { rows: number; bytes: number }[]) => saves.map((s) => [s.rows, s.bytes]);

  it('saves every 1,000 rows at most every 500 ms, one save at a time, the latest figures next', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const { imports, saves } = savesHeld();
    const progress = new ImportProgress(imports, 'import-1', new Logger('test'));
    progress.received(1000, () => 10); // too soon after the start
    jest.setSystemTime(600);
    progress.received(1500, () => 15); // not a whole thousand
    progress.received(2000, () => 20);
    jest.setSystemTime(800);
    progress.received(3000, () => 30); // too soon after the last
    jest.setSystemTime(1200);
    progress.received(4000, () => 40); // waits for the first save
    jest.setSystemTime(1800);
    progress.received(5000, () => 50); // replaces it
    await turn();
    expect(sent(saves)).toEqual([[2000, 20]]);
    saves[0].finish();
    await turn();
    expect(sent(saves)).toEqual([
      [2000, 20],
      [5000, 50],
    ]);
    saves[1].finish();
    await progress.settled();
  });

  it('once settled, waits for the save under way and sends no other', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const { imports, saves } = savesHeld();
    const progress = new ImportProgress(imports, 'import-2', new Logger('test'));
    jest.setSystemTime(500);
    progress.received(1000, () => 1);
    jest.setSystemTime(1000);
    progress.received(2000, () => 2);
    let settled = false;
    const done = progress.settled().then(() => (settled = true));
    await turn();
    expect(settled).toBe(false);
    saves[0].finish();
    await done;
    expect(sent(saves)).toEqual([[1000, 1]]);
    jest.setSystemTime(2000);
    progress.received(3000, () => 3);
    await turn();
    expect(saves).toHaveLength(1);
  });

  it('logs a failed save and goes on: the import never fails for its progress', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const { imports, saves } = savesHeld();
    const logger = new Logger('test');
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const progress = new ImportProgress(imports, 'import-3', logger);
    jest.setSystemTime(500);
    progress.received(1000, () => 1);
    await turn();
    saves[0].finish(new Error('pool closed'));
    await expect(progress.settled()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Progress of import import-3 not saved: Error: pool closed');
  });
});
