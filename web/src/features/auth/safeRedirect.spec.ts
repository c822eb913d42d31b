import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect';

describe('safeRedirect', () => {
  it('keeps local paths', () => {
    expect(safeRedirect('/artikel/abc?x=1')).toBe('/artikel/abc?x=1');
  });
  it('rejects other hosts and the login page itself', () => {
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/anmelden')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
