import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The pg pool behind TypeORM's driver, as far as it is read here. */
interface PoolState {
  idleCount: number;
  totalCount: number;
  waitingCount: number;
  options: { max: number };
}

/** What a search knows of the load when it decides how to run its statement. */
export interface SearchLoad {
  driver: PostgresDriver;
  /** Searches this process is running, this one included. */
  searches: number;
}

/**
 * Split a search into two statements only while it is the process's only search and the pool
 * has two connections to spare: then the cores are idle, and ranking and counting run on
 * two of them at once. Under load, the work both statements repeat (the text query, the first
 * matches) would only take CPU from other searches. The embedded database has one connection,
 * so it never splits.
 */
export function splitWhenIdle({ driver, searches }: SearchLoad): boolean {
  const pool = driver.master as PoolState | undefined;
  if (searches > 1 || !pool || pool.waitingCount > 0) return false;
  return pool.idleCount + Math.max(0, pool.options.max - pool.totalCount) >= 2;
}
