import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every source file under `dir`, specs and test folders left out. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'test' && name !== 'node_modules') out.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.e2e-spec.ts')) {
      out.push(path);
    }
  }
  return out;
}

/** Comments say "reads from candidacies" without naming the table in SQL; they are not references. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const SQL_TABLE_POSITION = /\b(?:from|join|into|update|table|using|exists)\s+"?([a-z_][a-z0-9_]*)"?/gi;
const ENTITY_DECLARATION = /@Entity\(\{\s*name:\s*'([a-z_]+)'\s*\}\)\s*export class (\w+)/g;
const ENTITY_USE =
  /\b(?:getRepository|createQueryBuilder|insert|update|delete|upsert|save|findOne\w*|find\w*|count\w*)\(\s*(\w+)\b/g;

/** Entity class name to table, from the `@Entity` declarations under `roots`. */
export function entityTables(roots: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of roots.flatMap(sourceFiles)) {
    for (const m of readFileSync(file, 'utf8').matchAll(ENTITY_DECLARATION)) map.set(m[2], m[1]);
  }
  return map;
}

/** The known tables a file names in SQL or reaches through an entity class. */
export function tablesNamedIn(
  source: string,
  knownTables: Set<string>,
  entities: Map<string, string>,
): Set<string> {
  const code = withoutComments(source);
  const found = new Set<string>();
  for (const m of code.matchAll(SQL_TABLE_POSITION)) {
    const name = m[1].toLowerCase();
    if (knownTables.has(name)) found.add(name);
  }
  for (const m of code.matchAll(ENTITY_USE)) {
    const table = entities.get(m[1]);
    if (table) found.add(table);
  }
  return found;
}

export const relativeTo = (root: string, path: string) => relative(root, path).split('\\').join('/');
