import { EntityManager } from 'typeorm';

/**
 * Raw SQL in a store, where SQL is the point (a lock with a join, an aggregate, an
 * upsert, a hot path), its rows typed by the caller: `R` declares the columns the
 * statement selects or returns, so nothing downstream is `any`. For a SELECT, or an
 * INSERT … RETURNING.
 */
export function sqlRows<R extends object>(
  manager: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<R[]> {
  return manager.query<R[]>(sql, [...params]);
}

/**
 * An UPDATE or DELETE in SQL: the rows it returned (with RETURNING) and how many rows it
 * changed. TypeORM's PostgreSQL driver answers these with `[rows, count]`, unlike a
 * SELECT, which is why they have a function of their own.
 */
export async function sqlChange<R extends object = never>(
  manager: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<{ rows: R[]; count: number }> {
  const [rows, count] = await manager.query<[R[], number]>(sql, [...params]);
  return { rows, count };
}
