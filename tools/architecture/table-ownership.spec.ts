import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXEMPT_LIBS, PUBLISHED_VIEWS, TABLE_OWNERS, TABLELESS_LIBS } from './table-owners';
import { entityTables, relativeTo, sourceFiles, tablesNamedIn } from './table-references';

const ROOT = join(__dirname, '..', '..');

/**
 * The ratchet: crossings that existed when the rule was introduced and are being removed. An entry here
 * that no longer occurs fails the spec too, so the list only shrinks; it is empty once every lib reads
 * other libs' data through their exported reads.
 */
const KNOWN_CROSSINGS: Record<string, string[]> = {};

const owned = (map: Record<string, readonly string[]>) =>
  Object.entries(map).flatMap(([lib, names]) => names.map((n): [string, string] => [n, lib]));
const owners = new Map<string, string>([...owned(TABLE_OWNERS), ...owned(PUBLISHED_VIEWS)]);
const publishedViews = new Set<string>(
  Object.values(PUBLISHED_VIEWS as Record<string, readonly string[]>).flat(),
);
const knownTables = new Set(owners.keys());
const entities = entityTables([join(ROOT, 'libs')]);

/** Each place whose SQL is checked, with the lib it speaks for; apps own no table at all. */
function checkedPlaces(): { name: string; dir: string }[] {
  const libs = readdirSync(join(ROOT, 'libs')).filter((l) => !(EXEMPT_LIBS as readonly string[]).includes(l));
  const apps = readdirSync(join(ROOT, 'apps'));
  return [
    ...libs.map((l) => ({ name: l, dir: join(ROOT, 'libs', l, 'src') })),
    ...apps.map((a) => ({ name: `apps/${a}`, dir: join(ROOT, 'apps', a, 'src') })),
  ];
}

/** A published view may be read by anyone, never written. */
function readsOnly(source: string, view: string): boolean {
  return !new RegExp(`\\b(?:into|update|table)\\s+"?${view}\\b`, 'i').test(source);
}

function crossings(): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>();
  for (const place of checkedPlaces()) {
    for (const file of sourceFiles(place.dir)) {
      for (const table of tablesNamedIn(readFileSync(file, 'utf8'), knownTables, entities)) {
        if (owners.get(table) === place.name) continue;
        if (publishedViews.has(table) && readsOnly(readFileSync(file, 'utf8'), table)) continue;
        const byTable = found.get(place.name) ?? new Map<string, string[]>();
        byTable.set(table, [...(byTable.get(table) ?? []), relativeTo(ROOT, file)]);
        found.set(place.name, byTable);
      }
    }
  }
  return found;
}

/**
 * SQL that names its table through an interpolation (`FROM ${table}`) is invisible to the scan above, so every
 * such place is listed here with the tables it can name, all owned by its own lib; a new one fails until it
 * is reviewed and listed. An empty list marks an interpolation that is not SQL (a message's wording).
 */
const INTERPOLATED_TABLES: Record<string, string[]> = {
  'libs/rankings/src/rankings.repository.ts': [
    'response_totals',
    'response_quality_counts',
    'response_completion_counts',
  ],
  'libs/reference-data/src/reference-codes.seed.ts': ['industries', 'organization_types', 'business_types'],
  'libs/reference-data/src/reference-data.repository.ts': [
    'industries',
    'organization_types',
    'business_types',
  ],
  'libs/judging/src/rubrics/rubric-result.ts': [],
};

describe('table ownership', () => {
  it('gives every table the migrations create exactly one owner', () => {
    const created = new Set<string>();
    for (const file of readdirSync(join(ROOT, 'migrations'))) {
      const sql = readFileSync(join(ROOT, 'migrations', file), 'utf8');
      for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)) created.add(m[1]);
      for (const m of sql.matchAll(/for \(const table of \[([^\]]+)\]\)/g)) {
        for (const t of m[1].matchAll(/'([a-z_]+)'/g)) created.add(t[1]);
      }
    }
    expect([...created].filter((t) => !owners.has(t)).sort()).toEqual([]);
    for (const m of readdirSync(join(ROOT, 'migrations')).flatMap((f) => [
      ...readFileSync(join(ROOT, 'migrations', f), 'utf8').matchAll(/CREATE (?:OR REPLACE )?VIEW ([a-z_]+)/g),
    ])) {
      created.add(m[1]);
    }
    expect([...owners.keys()].filter((t) => !created.has(t)).sort()).toEqual([]);
    const all = [...owned(TABLE_OWNERS), ...owned(PUBLISHED_VIEWS)].map(([name]) => name);
    expect(all.length).toBe(new Set(all).size);
  });

  it('finds table names in SQL and entity use, not in comments', () => {
    const known = new Set(['candidacies', 'users']);
    const source = `
      // reads from candidacies through the owner
      const rows = await m.query(\`SELECT c.id FROM candidacies c JOIN "users" u ON u.id = c.user_id\`);
      await manager.getRepository(Candidacy).findOneBy({ id });`;
    expect([...tablesNamedIn(source, known, new Map([['Candidacy', 'candidacies']]))].sort()).toEqual([
      'candidacies',
      'users',
    ]);
    expect([...tablesNamedIn('// SELECT * FROM candidacies', known, new Map())]).toEqual([]);
  });

  it('lets no lib or app name a table another lib owns, beyond the shrinking list of known crossings', () => {
    const actual = crossings();
    const unexpected: string[] = [];
    const gone: string[] = [];
    for (const [place, byTable] of actual) {
      for (const [table, files] of byTable) {
        if (!KNOWN_CROSSINGS[place]?.includes(table)) {
          unexpected.push(`${place} names ${table} (owned by ${owners.get(table)}) in ${files.join(', ')}`);
        }
      }
    }
    for (const [place, tables] of Object.entries(KNOWN_CROSSINGS)) {
      for (const table of tables) if (!actual.get(place)?.has(table)) gone.push(`${place} -> ${table}`);
    }
    expect(unexpected).toEqual([]);
    // Remove these from KNOWN_CROSSINGS: they are fixed.
    expect(gone).toEqual([]);
  });

  it('lists every table name built by interpolation, each owned by the lib that builds it', () => {
    const unreviewed: string[] = [];
    for (const place of checkedPlaces()) {
      for (const file of sourceFiles(place.dir)) {
        const source = readFileSync(file, 'utf8');
        if (!/\b(?:from|join|into|update|table|using|exists)\s+"?\$\{/i.test(source)) continue;
        const path = relativeTo(ROOT, file);
        const listed = INTERPOLATED_TABLES[path];
        if (!listed) unreviewed.push(path);
        else
          for (const table of listed) expect(`${path}: ${owners.get(table)}`).toBe(`${path}: ${place.name}`);
      }
    }
    expect(unreviewed).toEqual([]);
  });

  it('keeps the tableless libs tableless', () => {
    for (const lib of TABLELESS_LIBS) expect(Object.keys(TABLE_OWNERS)).not.toContain(lib);
  });
});
