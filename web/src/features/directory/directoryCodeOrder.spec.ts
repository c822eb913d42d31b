import { describe, expect, it } from 'vitest';
import { positionsAfterMove } from './directoryCodeOrder';

const value = (code: string, position: number) => ({ code, name: code, position });

describe('positionsAfterMove', () => {
  it('swaps the positions of neighbours when all positions differ', () => {
    const values = [value('A', 1), value('B', 5), value('C', 9)];
    expect(positionsAfterMove(values, 1, -1)).toEqual([
      { code: 'B', position: 1 },
      { code: 'A', position: 5 },
    ]);
    expect(positionsAfterMove(values, 1, 1)).toEqual([
      { code: 'B', position: 9 },
      { code: 'C', position: 5 },
    ]);
  });

  it('renumbers when positions tie, writing only what changes', () => {
    // Sorted A(1), B(2), C(2), D(4): moving C up gives A, C, B, D = 1, 2, 3, 4.
    const values = [value('D', 4), value('C', 2), value('B', 2), value('A', 1)];
    expect(positionsAfterMove(values, 2, -1)).toEqual([{ code: 'B', position: 3 }]);
  });

  it('does nothing beyond the ends', () => {
    const values = [value('A', 1), value('B', 2)];
    expect(positionsAfterMove(values, 0, -1)).toEqual([]);
    expect(positionsAfterMove(values, 1, 1)).toEqual([]);
  });
});
