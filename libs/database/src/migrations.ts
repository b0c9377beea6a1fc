import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

async function withMigrationConnection<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, 2), entities: [] });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Runs pending migrations, each in its own transaction; used by `npm run migration:run`, the launcher and tests. */
export function runMigrations(url: string): Promise<string[]> {
  return withMigrationConnection(url, async (ds) =>
    (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name),
  );
}

export function revertLastMigration(url: string): Promise<void> {
  return withMigrationConnection(url, (ds) => ds.undoLastMigration({ transaction: 'each' }));
}

/** True when migrations are waiting to be run. */
export function hasPendingMigrations(url: string): Promise<boolean> {
  return withMigrationConnection(url, (ds) => ds.showMigrations());
}
