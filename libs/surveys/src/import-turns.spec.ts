import fc from 'fast-check';
import { ImportTurns } from './import-turns';

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

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ImportTurns', () => {
  it('stores the imports of one campaign one after another, in arrival order, whatever the slots', async () => {
    const turns = new ImportTurns(5);
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((n) => held(log, n));
    const results = Promise.allSettled([
      turns.run('x', a.work),
      turns.run('x', b.work),
      turns.run('x', c.work),
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

  it('lets at most `slots` campaigns store at once, the longest waiting next', async () => {
    const turns = new ImportTurns(2);
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => held(log, n));
    const all = [
      turns.run('1', a.work),
      turns.run('2', b.work),
      turns.run('3', c.work),
      turns.run('4', d.work),
    ];
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
    c.finish();
    d.finish();
    await expect(Promise.all(all)).resolves.toEqual(['a', 'b', 'c', 'd']);
  });

  it('never runs more than `slots` at once nor two of one campaign, and runs every import once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.record({ campaign: fc.constantFrom('a', 'b', 'c', 'd'), fails: fc.boolean(), ticks: fc.nat(3) }),
          {
            maxLength: 25,
          },
        ),
        async (slots, imports) => {
          const turns = new ImportTurns(slots);
          const running = new Set<string>();
          let most = 0;
          let ran = 0;
          const outcomes = await Promise.allSettled(
            imports.map((spec, i) =>
              turns.run(spec.campaign, async () => {
                expect(running.has(spec.campaign)).toBe(false);
                running.add(spec.campaign);
                most = Math.max(most, running.size);
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
          outcomes.forEach((o, i) => expect(o.status).toBe(imports[i].fails ? 'rejected' : 'fulfilled'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
