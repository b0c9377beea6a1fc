import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';

/** Seeded once by the global setup and never changed by tests. */
const REFERENCE_TABLES = new Set([
  'schema_migrations',
  'industries',
  'organization_types',
  'business_types',
  'rubrics',
  'rubric_versions',
  // Seeded by a migration; tests add versions with unique names and never change one.
  'methodology_versions',
]);

/** Empties every table a test can write to, so each test file starts from the same state. */
export async function resetDatabase(dataSource: DataSource): Promise<void> {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  const tables = rows.map((r) => r.tablename).filter((t) => !REFERENCE_TABLES.has(t));
  if (tables.length > 0) {
    await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
}

/** The same, on a short-lived connection of its own, for use before an app is started. */
export async function resetTestDatabase(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url?.includes('_test'))
    throw new Error(`Refusing to reset a database that is not a test database: ${url}`);
  const dataSource = await new DataSource({ ...dataSourceOptions(url, 1), entities: [] }).initialize();
  try {
    await resetDatabase(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
