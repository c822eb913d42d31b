import { validateDocument } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import { demoArticles } from './index';

describe('demo article bodies', () => {
  it.each(demoArticles.map((article) => [article.title, article.body] as const))(
    '"%s" is a valid document of the shared editor schema',
    (_title, body) => {
      const result = validateDocument(body);
      expect(result.ok ? 'valid' : result.error).toBe('valid');
    },
  );
});
