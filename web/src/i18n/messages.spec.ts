import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function leafValue(messages: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
}

describe('i18n messages', () => {
  it('has the same keys in German and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(de).sort());
  });

  it('has only non-empty strings', () => {
    for (const path of [...keyPaths(de), ...keyPaths(en)]) {
      const value = leafValue(de, path) ?? leafValue(en, path);
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const path of keyPaths(de)) {
      expect(placeholders(leafValue(en, path) as string), path).toEqual(placeholders(leafValue(de, path) as string));
    }
  });
});
