import { describe, expect, it } from 'vitest';
import {
  articleDocumentName,
  isArticleDocumentName,
  parseDocumentName,
  projectDocumentName,
} from './collaboration-document-name';

describe('collaboration document names', () => {
  const id = '4f0c3a58-2d40-4a4e-9a53-2f2d3b0f9c11';

  it('accepts article:<uuid> and round-trips', () => {
    expect(parseDocumentName(articleDocumentName(id))).toEqual({ kind: 'article', id });
  });

  it('accepts project:<uuid> and round-trips', () => {
    expect(parseDocumentName(projectDocumentName(id))).toEqual({ kind: 'project', id });
  });

  it('tells article documents from project documents', () => {
    expect(isArticleDocumentName(articleDocumentName(id))).toBe(true);
    expect(isArticleDocumentName(projectDocumentName(id))).toBe(false);
  });

  it.each([
    '',
    'article:',
    'article:42',
    'project:42',
    `programme:${id}`,
    `article:${id}x`,
    `project:${id}x`,
    `ARTICLE:${id}`,
    `PROJECT:${id}`,
    `article:${id.toUpperCase()}`,
  ])('refuses %j', (name) => {
    expect(parseDocumentName(name)).toBeNull();
  });
});
