import { setImmediate as settle } from 'node:timers/promises';
import type { PoolClient } from 'pg';
import { ImportConnection } from './import-connection';

/** A connection whose statements finish when the test says so, recording what ran and any overlap. */
function heldConnection() {
  const ran: string[] = [];
  const finishers: ((error?: Error) => void)[] = [];
  let running = 0;
  let overlaps = 0;
  const client = {
    query: (statement: string) => {
      if (running > 0) overlaps++;
      running++;
      ran.push(statement);
      return new Promise((resolve, reject) =>
        finishers.push((error) => {
          running--;
          if (error) reject(error);
          else resolve({ rows: [{ statement }] });
        }),
      );
    },
  } as unknown as PoolClient;
  return { client, ran, finish: (error?: Error) => finishers.shift()?.(error), overlaps: () => overlaps };
}

describe('ImportConnection', () => {
  it('runs the statements handed over one at a time, in the order given', async () => {
    const db = heldConnection();
    const connection = new ImportConnection(db.client);
    const answers = [connection.query('a'), connection.query('b'), connection.query('c')];
    await settle();
    expect(db.ran).toEqual(['a']);
    db.finish();
    await settle();
    expect(db.ran).toEqual(['a', 'b']);
    db.finish();
    await settle();
    db.finish();
    expect(await Promise.all(answers)).toEqual([
      [{ statement: 'a' }],
      [{ statement: 'b' }],
      [{ statement: 'c' }],
    ]);
    expect(db.overlaps()).toBe(0);
  });

  it('sends nothing after a failure: the rest fail with its error, unsent', async () => {
    const db = heldConnection();
    const connection = new ImportConnection(db.client);
    const answers = Promise.allSettled([connection.query('a'), connection.query('b'), connection.query('c')]);
    await settle();
    db.finish(new Error('division by zero'));
    const [a, b, c] = await answers;
    expect(db.ran).toEqual(['a']);
    for (const answer of [a, b, c])
      expect(answer).toEqual({ status: 'rejected', reason: new Error('division by zero') });
    await expect(connection.query('d')).rejects.toThrow('division by zero');
    expect(db.ran).toEqual(['a']);
  });
});
