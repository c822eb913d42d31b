import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The pg pool behind TypeORM's driver, as far as it is read here. */
interface PoolState {
  idleCount: number;
  totalCount: number;
  waitingCount: number;
  options: { max: number };
}

/**
 * Split a search into two statements only while the pool has two connections to spare: with
 * little load that halves the statement's time on two cores; under load, the work both statements
 * repeat (the text query, the first matches) would only take CPU from other searches. The
 * embedded database has one connection, so it never splits.
 */
export function splitWhenIdle(driver: PostgresDriver): boolean {
  const pool = driver.master as PoolState | undefined;
  if (!pool || pool.waitingCount > 0) return false;
  return pool.idleCount + Math.max(0, pool.options.max - pool.totalCount) >= 2;
}
