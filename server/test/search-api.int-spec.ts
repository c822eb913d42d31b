import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../src/common/auth/role';
import { SEARCH_ENGINE, type SearchEngine } from '../src/search/engine/search-engine';
import { SearchIndexWorker } from '../src/search/search-index.worker';
import { sampleBody, startTestApp, type SignedInUser, type TestApp } from './test-app';

const SEARCH = `query ($q: String!, $after: String) { search(query: $q, first: 2, after: $after) {
  totalCount suggestion pageInfo { hasNextPage endCursor } hits { title titleHighlighted snippet url kind }
  facets { language { value label count } } } }`;

interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    hits: { title: string; titleHighlighted: string; url: string }[];
    facets: { language: { value: string; label: string; count: number }[] };
  };
}

describe('search through the API', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let reader: SignedInUser;

  const publish = (id: string) =>
    editor.client.expectData(`mutation ($id: ID!) { publishArticle(id: $id) { id } }`, { id });
  const drain = () => ctx.app.get(SearchIndexWorker).drain();
  const health = async () =>
    (await (await fetch(`${ctx.url}/health/search`)).json()) as {
      queueLength: number;
      failing: number;
      engine: string;
    };

  beforeAll(async () => {
    ctx = await startTestApp();
    editor = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);
    const open = await ctx.newArticle(editor.client, {
      title: 'Berufssprachkurs öffentlich',
      visibility: 'PUBLIC',
      body: sampleBody('Kursbeginn im Mai'),
    });
    const internal = await ctx.newArticle(editor.client, {
      title: 'Berufssprachkurs intern',
      body: sampleBody('Nur für Mitarbeitende'),
    });
    await ctx.newArticle(editor.client, { title: 'Berufssprachkurs Entwurf' });
    await publish(open.id);
    await publish(internal.id);
    await drain();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('indexes every change through the outbox and reports an empty queue', async () => {
    await drain();
    expect(await health()).toMatchObject({ engine: 'postgres', queueLength: 0, failing: 0 });
  });

  it('filters by what the viewer may see, inside the engine query', async () => {
    const anonymous = await ctx.anonymous().expectData<SearchData>(SEARCH, { q: 'Berufssprachkurs' });
    expect(anonymous.search.totalCount).toBe(1);
    expect(anonymous.search.hits[0]?.titleHighlighted).toContain('<mark>Berufssprachkurs</mark>');
    const asReader = await reader.client.expectData<SearchData>(SEARCH, { q: 'Berufssprachkurs' });
    expect(asReader.search.totalCount).toBe(2);
    const asEditor = await editor.client.expectData<SearchData>(SEARCH, { q: 'Berufssprachkurs' });
    expect(asEditor.search.totalCount).toBe(3);
    expect(asEditor.search.pageInfo.hasNextPage).toBe(true);
    const next = await editor.client.expectData<SearchData>(SEARCH, {
      q: 'Berufssprachkurs',
      after: asEditor.search.pageInfo.endCursor,
    });
    expect(next.search.hits).toHaveLength(1);
    expect(asEditor.search.facets.language).toEqual([{ value: 'de', label: 'Deutsch', count: 3 }]);
  });

  it('asks the engine for facets only when the query selects them', async () => {
    const engine = ctx.app.get<SearchEngine>(SEARCH_ENGINE);
    const search = vi.spyOn(engine, 'search');
    try {
      const instant = await editor.client.expectData<{ search: { totalCount: number; hits: { title: string }[] } }>(
        `query ($q: String!) { search(query: $q, first: 8) { totalCount hits { title } } }`,
        { q: 'Berufssprachk' },
      );
      expect(instant.search.totalCount).toBe(3);
      const withFacets = await editor.client.expectData<SearchData>(
        `query ($q: String!) { search(query: $q) { ...Counts } } fragment Counts on SearchResult { totalCount facets { language { value label count } } }`,
        { q: 'Berufssprachk' },
      );
      expect(withFacets.search.facets.language).toEqual([{ value: 'de', label: 'Deutsch', count: 3 }]);
      expect(search.mock.calls.map(([request]) => request.facets)).toEqual([false, true]);
    } finally {
      search.mockRestore();
    }
  });

  it('labels category and agency facets with their current names and marks answers as not storable', async () => {
    const categoryId = await ctx.newCategory('Sprachförderung');
    const article = await ctx.newArticle(editor.client, { title: 'Orientierungskurs Termine', categoryId });
    await publish(article.id);
    await drain();
    const query = `query ($q: String!) { search(query: $q) { totalCount
      facets { category { value label count } agency { value label count } } } }`;
    const answer = await editor.client.request<{
      search: { facets: Record<'category' | 'agency', { value: string; label: string; count: number }[]> };
    }>(query, { q: 'Orientierungskurs' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.data?.search.facets.category).toEqual([{ value: categoryId, label: 'Sprachförderung', count: 1 }]);
    expect(answer.data?.search.facets.agency).toEqual([
      { value: editor.user.agencyId, label: expect.stringMatching(/^Agentur \d+$/), count: 1 },
    ]);
    const refused = await editor.client.request(`{ search(query: 1) { totalCount } }`);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('finds the new text after an edit', async () => {
    const article = await ctx.newArticle(editor.client, { title: 'Anmeldung', visibility: 'PUBLIC' });
    await editor.client.expectData(
      `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { id } }`,
      { id: article.id, input: { baseRevision: 1, body: sampleBody('Kinderbetreuung während des Kurses') } },
    );
    await drain();
    const result = await editor.client.expectData<SearchData>(SEARCH, { q: 'Kinderbetreuung' });
    expect(result.search.hits.map((hit) => hit.title)).toContain('Anmeldung');
  });

  it('keeps changes in the outbox while the engine is down and catches up afterwards', async () => {
    const engine = ctx.app.get<SearchEngine>(SEARCH_ENGINE);
    const failing = vi.spyOn(engine, 'upsert').mockRejectedValue(new Error('engine unreachable'));
    await ctx.newArticle(editor.client, { title: 'Dolmetscherpool', visibility: 'PUBLIC' });
    await drain();
    expect(await health()).toMatchObject({ queueLength: 1, failing: 1 });
    failing.mockRestore();
    await ctx.dataSource.query(`UPDATE search_outbox SET "nextAttemptAt" = now()`);
    await drain();
    expect(await health()).toMatchObject({ queueLength: 0 });
    const result = await editor.client.expectData<SearchData>(SEARCH, { q: 'Dolmetscherpool' });
    expect(result.search.totalCount).toBe(1);
  });

  it('lets an admin replace the synonyms, which the next search uses', async () => {
    const admin = await ctx.newUser(Role.ADMIN);
    await ctx
      .newArticle(editor.client, { title: 'Zuständiges Jobcenter', visibility: 'PUBLIC' })
      .then(async (article) => publish(article.id));
    await drain();
    const set = await admin.client.expectData<{ setSearchSynonyms: string[][] }>(
      `mutation ($groups: [[String!]!]!) { setSearchSynonyms(groups: $groups) }`,
      { groups: [[' gE ', 'Jobcenter', 'jobcenter']] },
    );
    expect(set.setSearchSynonyms.map((group) => [...group].sort())).toEqual([['Jobcenter', 'gE']]);
    const found = await reader.client.expectData<SearchData>(SEARCH, { q: 'gE' });
    expect(found.search.hits.map((hit) => hit.title)).toContain('Zuständiges Jobcenter');

    const invalid = await admin.client.request(
      `mutation { setSearchSynonyms(groups: [["gE"], ["BAMF", "Bundesamt"]]) }`,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SEARCH_SYNONYM_GROUP_TOO_SMALL',
    });
    // Rejected as a whole: the groups saved before are untouched.
    const kept = await admin.client.expectData<{ searchSynonyms: string[][] }>(`{ searchSynonyms }`);
    expect(kept.searchSynonyms).toEqual(set.setSearchSynonyms);
  });

  it('rejects bad input with BAD_USER_INPUT', async () => {
    expect(await ctx.anonymous().errorCode(`{ search(query: "x", first: 500) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await ctx.anonymous().errorCode(`{ search(query: "x", after: "nope") { totalCount } }`)).toBe(
      'BAD_USER_INPUT',
    );
  });
});
