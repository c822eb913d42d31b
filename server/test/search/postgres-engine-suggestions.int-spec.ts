import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/engine/search-document';
import type { SearchRequest } from '../../src/search/engine/search-request';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { startTestApp, type TestApp } from '../test-app';

function article(index: number, title: string, body: string): SearchDocument {
  const entityId = `30000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  return {
    id: `ARTICLE:${entityId}`,
    kind: 'ARTICLE',
    entityId,
    url: `/artikel/${index}`,
    title,
    summary: '',
    headings: [],
    body,
    tags: [],
    categoryPath: [],
    categoryIds: [],
    language: 'de',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    agencyId: null,
    agencyName: null,
    updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
  };
}

const request = (text: string): SearchRequest => ({
  text,
  filters: {},
  access: { statuses: ['PUBLISHED'], visibilities: ['PUBLIC'] },
  sort: 'RELEVANCE',
  limit: 20,
  offset: 0,
});

describe('postgres engine: "did you mean"', () => {
  let ctx: TestApp | undefined;
  let engine: PostgresSearchEngine;

  beforeAll(async () => {
    ctx = await startTestApp();
    await ctx.dataSource.query('DELETE FROM search_document');
    engine = new PostgresSearchEngine(ctx.dataSource);
    await engine.upsert([
      article(1, 'Integrationskurs', 'Die Kurse werden vom Bundesamt zugelassen.'),
      article(2, 'Wartezeiten', 'Anmeldungen werden in der Reihenfolge bearbeitet.'),
    ]);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('corrects a word that lacks two letters (its length differs by two)', async () => {
    const response = await engine.search(request('Integratonskrs'));
    expect(response.suggestion).toBe('integrationskurs');
    expect(response.suggestionVisible).toBe(true);
    expect(response.hits.map((hit) => hit.title)).toEqual(['Integrationskurs']);
  });

  it('does not offer a correction that is a stop word only (it would match everything)', async () => {
    // "werdem" is one typo from "werden", a word of both texts and a German stop word.
    const response = await engine.search(request('werdem'));
    expect(response.suggestion).toBe('werden');
    expect(response.suggestionVisible).toBe(false);
  });
});
