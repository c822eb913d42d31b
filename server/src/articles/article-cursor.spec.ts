import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './article-cursor';

describe('article cursor', () => {
  it('round-trips', () => {
    const cursor = { value: '2026-01-02T03:04:05.678Z', id: '4f0c3a58-2d40-4a4e-9a53-2f2d3b0f9c11' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('rejects garbage with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(expect.objectContaining({ kind: 'BAD_USER_INPUT' }));
    expect(() => decodeCursor(Buffer.from('[1,2]').toString('base64url'))).toThrow(/cursor/);
  });
});
