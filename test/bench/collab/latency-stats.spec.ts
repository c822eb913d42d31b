import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './latency-stats';

// Run with: cd test && npx vitest run --config vitest.bench.config.ts bench/
describe('percentile (nearest rank)', () => {
  const values = Array.from({ length: 100 }, (_, index) => index + 1);

  it('picks the value at the nearest rank', () => {
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
  });

  it('handles tiny and empty inputs', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2], 50)).toBe(1);
    expect(percentile([1, 2], 51)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rejects percentiles outside 0..100', () => {
    expect(() => percentile(values, 101)).toThrow(RangeError);
    expect(() => percentile(values, Number.NaN)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts numerically without touching the input', () => {
    const input = [10, 9, 100, 1];
    const summary = summarize(input);
    expect(input).toEqual([10, 9, 100, 1]);
    expect(summary).toMatchObject({ count: 4, min: 1, max: 100, p50: 9, p99: 100, mean: 30 });
  });
});
