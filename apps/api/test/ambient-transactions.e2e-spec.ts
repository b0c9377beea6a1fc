import { Transactions } from '@app/database';
import { TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

// The ambient transaction replaces a manager threaded by hand: what runs inside `run` commits or rolls back
// as one, nested runs join the outer one, and code outside any run reads the pool.
describe('ambient transactions', () => {
  let api: TestApi;
  let transactions: Transactions;

  beforeAll(async () => {
    api = await startFreshTestApi();
    transactions = api.app.get(Transactions);
    await api.dataSource.query('CREATE TABLE IF NOT EXISTS ambient_probe (label text PRIMARY KEY)');
  });
  afterAll(async () => {
    await api.dataSource.query('DROP TABLE IF EXISTS ambient_probe');
    await api.close();
  });

  const labels = async () =>
    (await api.dataSource.query<{ label: string }[]>('SELECT label FROM ambient_probe ORDER BY label')).map(
      (r) => r.label,
    );
  const insert = (label: string) =>
    transactions.manager.query('INSERT INTO ambient_probe VALUES ($1)', [label]);

  it('rolls back every statement of a run, including those of nested runs, when the run fails', async () => {
    await expect(
      transactions.run(async () => {
        await insert('outer');
        await transactions.run(() => insert('nested'));
        throw new Error('the change fails after two writes');
      }),
    ).rejects.toThrow('the change fails after two writes');
    expect(await labels()).toEqual([]);
  });

  it('commits a run as one and is outside any transaction afterwards', async () => {
    await transactions.run(async () => {
      expect(transactions.inTransaction).toBe(true);
      await insert('a');
      await transactions.run(() => insert('b'));
    });
    expect(transactions.inTransaction).toBe(false);
    expect(await labels()).toEqual(['a', 'b']);
  });

  it('keeps concurrent runs apart: one failing does not undo the other', async () => {
    const results = await Promise.allSettled([
      transactions.run(async () => {
        await insert('kept');
      }),
      transactions.run(async () => {
        await insert('undone');
        throw new Error('fails');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await labels()).toEqual(['a', 'b', 'kept']);
  });

  it('calls after-commit hooks once the outermost run commits, with the data visible, and never on rollback', async () => {
    const seen: string[][] = [];
    const hook = () => {
      void api.dataSource
        .query<{ label: string }[]>(`SELECT label FROM ambient_probe WHERE label LIKE 'hook%' ORDER BY label`)
        .then((rows) => seen.push(rows.map((r) => r.label)));
    };
    let calledInside = false;
    await transactions.run(async () => {
      await insert('hook-1');
      await transactions.run(async () => {
        await insert('hook-2');
        transactions.afterCommit(hook);
      });
      calledInside = seen.length > 0;
    });
    expect(calledInside).toBe(false);
    await expect(
      transactions.run(async () => {
        await insert('hook-3');
        transactions.afterCommit(hook);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // Outside a run a hook is called at once.
    transactions.afterCommit(hook);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([
      ['hook-1', 'hook-2'],
      ['hook-1', 'hook-2'],
    ]);
  });
});
