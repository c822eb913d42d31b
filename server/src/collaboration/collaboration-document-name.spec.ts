import { describe, expect, it } from 'vitest';
import { articleDocumentName, parseDocumentName } from './collaboration-document-name';

describe('collaboration document names', () => {
  const id = '4f0c3a58-2d40-4a4e-9a53-2f2d3b0f9c11';

  it('accepts article:<uuid> and round-trips', () => {
    expect(parseDocumentName(articleDocumentName(id))).toEqual({ kind: 'article', id });
  });

  it.each([
    '',
    'article:',
    'article:42',
    `project:${id}`,
    `article:${id}x`,
    `ARTICLE:${id}`,
    `article:${id.toUpperCase()}`,
  ])('refuses %j', (name) => {
    expect(parseDocumentName(name)).toBeNull();
  });
});
