import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from './concurrency-limit';

/** A task that finishes when the test says so. */
function deferred() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs at most `limit` tasks at once and the waiting ones in call order', async () => {
    const limit = new ConcurrencyLimit(2);
    const tasks = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    const runs = tasks.map((task, index) =>
      limit.run(() => {
        started.push(index);
        return task.promise;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    tasks[1].finish();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    tasks[0].finish();
    tasks[2].finish();
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    tasks[3].finish();
    tasks[4].finish();
    await Promise.all(runs);
  });

  it('frees the slot of a failed task and passes the failure on', async () => {
    const limit = new ConcurrencyLimit(1);
    const failing = deferred();
    const first = limit.run(() => failing.promise);
    const second = limit.run(() => Promise.resolve('second ran'));
    failing.fail(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await expect(second).resolves.toBe('second ran');
    await expect(limit.run(() => Promise.resolve(3))).resolves.toBe(3);
  });

  it('rejects a limit below one', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
    expect(() => new ConcurrencyLimit(1.5)).toThrow(RangeError);
  });
});
