import { describe, expect, it } from 'vitest';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { splitWhenIdle } from './split-when-idle';

interface Pool {
  idleCount: number;
  totalCount: number;
  waitingCount: number;
  max: number;
}
const driverWith = (pool: Pool | undefined) =>
  ({ master: pool && { ...pool, options: { max: pool.max } } }) as unknown as PostgresDriver;
const idle: Pool = { idleCount: 2, totalCount: 10, waitingCount: 0, max: 10 };

describe('splitWhenIdle', () => {
  it('splits the only search while two connections are idle or may still be opened', () => {
    expect(splitWhenIdle({ driver: driverWith(idle), searches: 1 })).toBe(true);
    expect(splitWhenIdle({ driver: driverWith({ ...idle, idleCount: 0, totalCount: 0 }), searches: 1 })).toBe(true);
    expect(splitWhenIdle({ driver: driverWith({ ...idle, idleCount: 1, totalCount: 9 }), searches: 1 })).toBe(true);
  });

  it('keeps one statement beside other searches, under load, on one connection and without a pool', () => {
    expect(splitWhenIdle({ driver: driverWith(idle), searches: 2 })).toBe(false);
    expect(splitWhenIdle({ driver: driverWith({ ...idle, idleCount: 1 }), searches: 1 })).toBe(false);
    expect(splitWhenIdle({ driver: driverWith({ ...idle, idleCount: 5, waitingCount: 1 }), searches: 1 })).toBe(false);
    expect(splitWhenIdle({ driver: driverWith({ ...idle, idleCount: 1, totalCount: 1, max: 1 }), searches: 1 })).toBe(
      false,
    );
    expect(splitWhenIdle({ driver: driverWith(undefined), searches: 1 })).toBe(false);
  });
});
