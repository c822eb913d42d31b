import { emptyDocument } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import { blankArticleForm, sameMetadata } from './articleForm';

describe('sameMetadata', () => {
  const base = { ...blankArticleForm(), title: 'Sprachkurse', tagsText: 'BAMF, B1' };

  it('ignores the body, which the collaborative editor saves on its own', () => {
    const otherBody = {
      ...base,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'neu' }] }] },
    };
    expect(sameMetadata(base, otherBody)).toBe(true);
    expect(sameMetadata(base, { ...base, body: emptyDocument() })).toBe(true);
  });

  it('sees every metadata field', () => {
    expect(sameMetadata(base, { ...base, title: 'Integrationskurse' })).toBe(false);
    expect(sameMetadata(base, { ...base, tagsText: 'BAMF' })).toBe(false);
    expect(sameMetadata(base, { ...base, visibility: 'PUBLIC' })).toBe(false);
    expect(sameMetadata(base, { ...base, categoryId: 'c1' })).toBe(false);
  });
});
