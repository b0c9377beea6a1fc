import { benchDatabaseUrl, databaseName } from './bench-database';

describe('the benchmarks’ own database', () => {
  it('is the configured database’s name with _bench appended, on the same server and credentials', () => {
    expect(benchDatabaseUrl('postgres://postgres@127.0.0.1:5432/care_awards')).toBe(
      'postgres://postgres@127.0.0.1:5432/care_awards_bench',
    );
    expect(benchDatabaseUrl('postgres://u:p%40ss@db.internal:6543/awards?sslmode=require')).toBe(
      'postgres://u:p%40ss@db.internal:6543/awards_bench?sslmode=require',
    );
  });

  it('is never the configured database, even one that already ends in _bench', () => {
    for (const url of [
      'postgres://postgres@127.0.0.1:5432/care_awards',
      'postgres://postgres@127.0.0.1:5432/care_awards_bench',
      'postgres://postgres@127.0.0.1:5432/care_awards_test',
    ]) {
      const bench = benchDatabaseUrl(url);
      expect(databaseName(bench)).not.toBe(databaseName(url));
      expect(databaseName(bench)).toMatch(/_bench$/);
    }
  });

  it('uses the default database’s name when the URL names none', () => {
    expect(databaseName(benchDatabaseUrl('postgres://postgres@127.0.0.1:5432'))).toBe('care_awards_bench');
    expect(databaseName(benchDatabaseUrl('postgres://postgres@127.0.0.1:5432/'))).toBe('care_awards_bench');
  });

  it('refuses names that would need quoting or that PostgreSQL would truncate', () => {
    expect(() => benchDatabaseUrl('postgres://h/Care-Awards')).toThrow(/Refusing to benchmark/);
    expect(() => benchDatabaseUrl('postgres://h/awards%3B%20DROP%20DATABASE%20x')).toThrow(/Refusing/);
    expect(() => benchDatabaseUrl(`postgres://h/${'a'.repeat(58)}`)).toThrow(/at most 63 bytes/);
    expect(databaseName(benchDatabaseUrl(`postgres://h/${'a'.repeat(57)}`))).toHaveLength(63);
  });
});
