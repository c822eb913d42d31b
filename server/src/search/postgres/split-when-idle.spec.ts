import { describe, expect, it } from 'vitest';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { splitWhenIdle } from './split-when-idle';

const driverWith = (pool: { idleCount: number; totalCount: number; waitingCount: number; max: number } | undefined) =>
  ({ master: pool && { ...pool, options: { max: pool.max } } }) as unknown as PostgresDriver;

describe('splitWhenIdle', () => {
  it('splits while two connections are idle or may still be opened', () => {
    expect(splitWhenIdle(driverWith({ idleCount: 2, totalCount: 10, waitingCount: 0, max: 10 }))).toBe(true);
    expect(splitWhenIdle(driverWith({ idleCount: 0, totalCount: 0, waitingCount: 0, max: 10 }))).toBe(true);
    expect(splitWhenIdle(driverWith({ idleCount: 1, totalCount: 9, waitingCount: 0, max: 10 }))).toBe(true);
  });

  it('keeps one statement under load, on one connection and without a pool', () => {
    expect(splitWhenIdle(driverWith({ idleCount: 1, totalCount: 10, waitingCount: 0, max: 10 }))).toBe(false);
    expect(splitWhenIdle(driverWith({ idleCount: 0, totalCount: 10, waitingCount: 3, max: 10 }))).toBe(false);
    expect(splitWhenIdle(driverWith({ idleCount: 5, totalCount: 10, waitingCount: 1, max: 10 }))).toBe(false);
    expect(splitWhenIdle(driverWith({ idleCount: 1, totalCount: 1, waitingCount: 0, max: 1 }))).toBe(false);
    expect(splitWhenIdle(driverWith(undefined))).toBe(false);
  });
});
