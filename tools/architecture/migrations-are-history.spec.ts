import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { preProcessFile } from 'typescript';

const MIGRATIONS = join(__dirname, '..', '..', 'migrations');

/**
 * A migration records what the schema and its seeded rows were at one point in time. Importing live code
 * (a lib's constants, an entity, a helper) would let a later change to that code silently rewrite history:
 * a fresh database would no longer get what existing ones got. So a migration may use TypeORM's migration
 * API and Node's built-ins, and must copy everything else in.
 */
function allowed(specifier: string): boolean {
  if (specifier === 'typeorm') return true;
  const bare = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
  return builtinModules.includes(bare);
}

/** Every module a file names: static and dynamic imports, re-exports and require() calls. */
function importsOf(source: string): string[] {
  return preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

describe('Migrations are history', () => {
  const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.ts'));

  it('finds the migrations', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s imports nothing but typeorm and Node built-ins', (file) => {
    const forbidden = importsOf(readFileSync(join(MIGRATIONS, file), 'utf8')).filter((m) => !allowed(m));
    expect(forbidden).toEqual([]);
  });

  it('catches the ways live code could be pulled in', () => {
    const source = [
      `import { MigrationInterface } from 'typeorm';`,
      `import { createHash } from 'node:crypto';`,
      `import { join } from 'path';`,
      `import { DEFAULT_METHODOLOGY } from '../libs/surveys/src/methodology';`,
      `import { Transactions } from '@app/database';`,
      `export { seed } from '../tools/reference-data-seed';`,
      `const app = require('../apps/api/src/create-api-app');`,
      `const later = () => import('lodash');`,
    ].join('\n');
    expect(importsOf(source).filter((m) => !allowed(m))).toEqual([
      '../libs/surveys/src/methodology',
      '@app/database',
      '../tools/reference-data-seed',
      '../apps/api/src/create-api-app',
      'lodash',
    ]);
  });
});
