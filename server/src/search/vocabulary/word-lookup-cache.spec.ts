import { describe, expect, it } from 'vitest';
import { WORD_LOOKUP_TTL_MS, WordLookupCache } from './word-lookup-cache';

describe('WordLookupCache', () => {
  it('remembers an answer until it expires', () => {
    let now = 1_000;
    const cache = new WordLookupCache(() => now);
    cache.set('longer:word:sprachkurs', ['berufssprachkurs']);
    now += WORD_LOOKUP_TTL_MS - 1;
    expect(cache.get('longer:word:sprachkurs')).toEqual(['berufssprachkurs']);
    now += 1;
    expect(cache.get('longer:word:sprachkurs')).toBeUndefined();
  });

  it('keeps empty answers apart from missing ones, and forgets everything on clear', () => {
    const cache = new WordLookupCache();
    cache.set('similar:xyzzy', []);
    expect(cache.get('similar:xyzzy')).toEqual([]);
    expect(cache.get('similar:other')).toBeUndefined();
    cache.clear();
    expect(cache.get('similar:xyzzy')).toBeUndefined();
  });
});
