import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE ... RETURNING and gives its rows. TypeORM answers such statements on PostgreSQL
 * with [rows, affectedCount] (unlike SELECT and INSERT), which is easy to misread as the rows themselves.
 */
export async function modifiedRows<T>(
  runner: Pick<EntityManager, 'query'>,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const result: unknown = await runner.query(sql, parameters);
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}
