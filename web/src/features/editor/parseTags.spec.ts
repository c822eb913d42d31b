import { describe, expect, it } from 'vitest';
import { parseTags } from './parseTags';

describe('parseTags', () => {
  it('splits, trims and removes duplicates and empty entries', () => {
    expect(parseTags(' Asyl, Sprachkurs ,, asyl ,Leichte Sprache')).toEqual(['Asyl', 'Sprachkurs', 'Leichte Sprache']);
  });
  it('returns an empty list for blank input', () => {
    expect(parseTags('  ')).toEqual([]);
  });
});
