import { join } from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

// Relative to this file both in the sources (libs/database/src) and in the build (dist/libs/database/src),
// so the same options serve ts-jest, the compiled processes and the TypeORM CLI.
const ROOT = join(__dirname, '..', '..', '..');

export function dataSourceOptions(url: string, poolSize = 10): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(ROOT, 'libs', '*', 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(ROOT, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // Schema changes come only from reviewed migrations, run as their own step.
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: 'care-awards' },
  };
}
