import { setImmediate as settle } from 'node:timers/promises';
import fc from 'fast-check';
import { DomainError } from '@app/common';
import { ImportKind, ImportTurns, MAX_IMPORTS_WAITING } from './import-turns';

/** Work whose end the test decides, recording when it started. */
function held(log: string[], name: string) {
  let finish!: (fail?: boolean) => void;
  const work = () =>
    new Promise<string>((resolve, reject) => {
      log.push(`start ${name}`);
      finish = (fail) => (fail ? reject(new Error(name)) : resolve(name));
    });
  return { work, finish: (fail = false) => finish(fail) };
}

const codeOf = (outcome: PromiseSettledResult<unknown>) =>
  outcome.status === 'rejected' && outcome.reason instanceof DomainError
    ? outcome.reason.code
    : outcome.status;

describe('ImportTurns', () => {
  it('stores the imports of one campaign one after another, in arrival order, whatever the slots', async () => {
    const turns = new ImportTurns(5);
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((n) => held(log, n));
    const results = Promise.allSettled([
      turns.run('x', 'file', a.work),
      turns.run('x', 'rows', b.work),
      turns.run('x', 'file', c.work),
    ]);
    await settle();
    expect(log).toEqual(['start a']);
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b.finish(true); // a failed import hands its turn on too
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    c.finish();
    expect(await results).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: new Error('b') },
      { status: 'fulfilled', value: 'c' },
    ]);
  });

  it('lets at most `slots` campaigns store at once, files at most all but one, the longest waiting next', async () => {
    const turns = new ImportTurns(3);
    const log: string[] = [];
    const [f1, f2, f3, r1, r2] = ['f1', 'f2', 'f3', 'r1', 'r2'].map((n) => held(log, n));
    const files = [
      turns.run('1', 'file', f1.work),
      turns.run('2', 'file', f2.work),
      turns.run('3', 'file', f3.work), // two files store at most: waits though a slot is free
    ];
    await settle();
    const rows = [
      turns.run('4', 'rows', r1.work), // takes the slot files leave
      turns.run('5', 'rows', r2.work), // every slot taken
    ];
    const all = Promise.all([...files, ...rows]);
    await settle();
    expect(log).toEqual(['start f1', 'start f2', 'start r1']);
    r1.finish();
    await settle();
    expect(log).toEqual(['start f1', 'start f2', 'start r1', 'start r2']);
    f1.finish();
    await settle();
    expect(log).toEqual(['start f1', 'start f2', 'start r1', 'start r2', 'start f3']);
    for (const w of [f2, f3, r2]) w.finish();
    await expect(all).resolves.toEqual(['f1', 'f2', 'f3', 'r1', 'r2']);
  });

  it('does not store an import whose client went away while it waited', async () => {
    const turns = new ImportTurns(1);
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((n) => held(log, n));
    let away = false;
    const results = Promise.allSettled([
      turns.run('x', 'file', a.work),
      turns.run('y', 'file', b.work, () => away),
    ]);
    await settle();
    away = true;
    a.finish();
    const [first, second] = await results;
    expect(first.status).toBe('fulfilled');
    expect(codeOf(second)).toBe('IMPORT_CLIENT_GONE');
    expect(log).toEqual(['start a']);
  });

  it(`refuses an import when ${MAX_IMPORTS_WAITING} already wait, and takes imports again once they have gone`, async () => {
    const turns = new ImportTurns(1);
    const log: string[] = [];
    const first = held(log, 'first');
    const running = turns.run('x', 'rows', first.work);
    await settle(); // admitted: no longer waiting
    const waiting = Array.from({ length: MAX_IMPORTS_WAITING }, (_, i) =>
      turns.run(`c${i}`, 'rows', () => Promise.resolve(i)),
    );
    const [refused] = await Promise.allSettled([turns.run('z', 'rows', () => Promise.resolve('z'))]);
    expect(codeOf(refused)).toBe('IMPORTS_BUSY');
    first.finish();
    await running;
    await Promise.all(waiting);
    await expect(turns.run('z', 'rows', () => Promise.resolve('z'))).resolves.toBe('z');
  });

  it('never runs more than `slots` at once, nor files in all of them, nor two of one campaign, and runs each once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.record({
            campaign: fc.constantFrom('a', 'b', 'c', 'd'),
            kind: fc.constantFrom<ImportKind>('file', 'rows'),
            fails: fc.boolean(),
            ticks: fc.nat(3),
          }),
          { maxLength: 25 },
        ),
        async (slots, imports) => {
          const turns = new ImportTurns(slots);
          const running = new Map<string, ImportKind>();
          let most = 0;
          let mostFiles = 0;
          let ran = 0;
          const outcomes = await Promise.allSettled(
            imports.map((spec, i) =>
              turns.run(spec.campaign, spec.kind, async () => {
                expect(running.has(spec.campaign)).toBe(false);
                running.set(spec.campaign, spec.kind);
                most = Math.max(most, running.size);
                mostFiles = Math.max(mostFiles, [...running.values()].filter((k) => k === 'file').length);
                ran++;
                for (let t = 0; t < spec.ticks; t++) await settle();
                running.delete(spec.campaign);
                if (spec.fails) throw new Error(String(i));
                return i;
              }),
            ),
          );
          expect(ran).toBe(imports.length);
          expect(most).toBeLessThanOrEqual(slots);
          expect(mostFiles).toBeLessThanOrEqual(Math.max(1, slots - 1));
          outcomes.forEach((o, i) => expect(o.status).toBe(imports[i].fails ? 'rejected' : 'fulfilled'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
