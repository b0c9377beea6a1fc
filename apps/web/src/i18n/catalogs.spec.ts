import { CATALOGS } from './catalogs';

/** Every key path of a catalog, with the names of the {{values}} its sentence takes. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') {
    const values = [...tree.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    return [`${prefix} ${values.join(',')}`];
  }
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe("The workspaces' catalogs", () => {
  it.each(Object.keys(CATALOGS))('%s: says everything in both languages, with the same values', (ns) => {
    const catalog = CATALOGS[ns as keyof typeof CATALOGS];
    expect(keys(catalog.zh).sort()).toEqual(keys(catalog.en).sort());
  });

  it.each(Object.keys(CATALOGS))('%s: has no empty sentence, and its Chinese is Chinese', (ns) => {
    const catalog = CATALOGS[ns as keyof typeof CATALOGS];
    const strings = (tree: unknown): string[] =>
      typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(strings);
    for (const s of [...strings(catalog.en), ...strings(catalog.zh)]) expect(s.trim()).not.toBe('');
    const zh = strings(catalog.zh);
    // Names of languages and products may stay as they are; most sentences must not be English.
    const untranslated = zh.filter((s, i) => s === strings(catalog.en)[i] && /[a-z]{4,}/i.test(s));
    expect(untranslated.length).toBeLessThanOrEqual(Math.ceil(zh.length * 0.05));
  });
});
