// What other libs, the apps and the tools use; the rest of this lib (the CLI's DataSource, canonical JSON
// itself) stays internal.
export { DatabaseModule } from './database.module';
export { Transactions } from './transactions';
export { BaseEntity } from './base.entity';
export { modifiedRows } from './modified-rows';
export { sha256OfCanonicalJson } from './canonical-json';
export { dataSourceOptions } from './data-source-options';
export { hasPendingMigrations, revertLastMigration, runMigrations } from './migrations';
