import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, sampleBody, startTestApp, type SignedInUser, type TestApp } from '../../test/test-app';
import { SearchIndexWorker } from '../search/search-index.worker';
import { ArticleEntity } from './article.entity';

const ARTICLE = `query ($slug: String!) { article(slug: $slug) { id slug title status visibility revisionNumber bodyHtml bodyText
  headings { level text anchor } owner { displayName } category { slug } tags viewerCanEdit } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { id title revisionNumber bodyText } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { status publishedAt revisionNumber } }`;

describe('articles', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    editor = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('creates a draft with a transliterated slug, derived HTML, text and headings', async () => {
    const categoryId = await ctx.newCategory();
    const article = await ctx.newArticle(editor.client, {
      title: 'Sprachkursträger für Berufssprachkurse',
      categoryId,
      tags: [' BAMF ', 'bamf', 'DeuFöV'],
    });
    expect(article.slug).toBe('sprachkurstraeger-fuer-berufssprachkurse');
    const { article: loaded } = await editor.client.expectData<{ article: Record<string, unknown> }>(ARTICLE, {
      slug: article.slug,
    });
    expect(loaded).toMatchObject({
      status: 'DRAFT',
      visibility: 'INTERNAL',
      revisionNumber: 1,
      tags: ['bamf', 'deuföv'],
      headings: [{ level: 2, text: 'Überblick', anchor: 'ueberblick' }],
      viewerCanEdit: true,
    });
    expect(loaded.bodyHtml).toContain('<h2 id="ueberblick">Überblick</h2>');
    expect(loaded.bodyText).toContain('Hallo Welt');
    const again = await ctx.newArticle(editor.client, { title: 'Sprachkursträger für Berufssprachkurse' });
    expect(again.slug).toBe('sprachkurstraeger-fuer-berufssprachkurse-2');
  });

  it('shows drafts to editors only, internal articles to staff only, public ones to everyone', async () => {
    const internal = await ctx.newArticle(editor.client, { visibility: 'INTERNAL' });
    const open = await ctx.newArticle(editor.client, { visibility: 'PUBLIC' });
    for (const { slug } of [internal, open]) {
      expect(await reader.client.errorCode(ARTICLE, { slug })).toBe('NOT_FOUND');
      expect(await ctx.anonymous().errorCode(ARTICLE, { slug })).toBe('NOT_FOUND');
    }
    await editor.client.expectData(PUBLISH, { id: internal.id });
    await editor.client.expectData(PUBLISH, { id: open.id });
    expect(await reader.client.errorCode(ARTICLE, { slug: internal.slug })).toBeUndefined();
    expect(await ctx.anonymous().errorCode(ARTICLE, { slug: internal.slug })).toBe('NOT_FOUND');
    const visible = await ctx
      .anonymous()
      .expectData<{ article: { viewerCanEdit: boolean } }>(ARTICLE, { slug: open.slug });
    expect(visible.article.viewerCanEdit).toBe(false);
  });

  it('saves with optimistic concurrency: a stale base revision is a CONFLICT and changes nothing', async () => {
    const article = await ctx.newArticle(editor.client);
    const first = await editor.client.expectData<{ updateArticle: { revisionNumber: number } }>(UPDATE, {
      id: article.id,
      input: { baseRevision: 1, title: 'Erste Änderung' },
    });
    expect(first.updateArticle.revisionNumber).toBe(2);
    const stale = await editor.client.request(UPDATE, {
      id: article.id,
      input: { baseRevision: 1, title: 'Verloren' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });
    const stored = await ctx.dataSource.getRepository(ArticleEntity).findOneByOrFail({ id: article.id });
    expect(stored.title).toBe('Erste Änderung');
  });

  it('hands an article to another editor, never to a reader', async () => {
    const article = await ctx.newArticle(editor.client);
    const colleague = await ctx.newUser(Role.EDITOR);
    expect(
      await editor.client.errorCode(UPDATE, { id: article.id, input: { baseRevision: 1, ownerId: reader.user.id } }),
    ).toBe('BAD_USER_INPUT');
    await editor.client.expectData(UPDATE, { id: article.id, input: { baseRevision: 1, ownerId: colleague.user.id } });
    const stored = await ctx.dataSource.getRepository(ArticleEntity).findOneByOrFail({ id: article.id });
    expect(stored.ownerId).toBe(colleague.user.id);
  });

  it('shows no owner, creator or author once their user is gone, instead of failing', async () => {
    const article = await ctx.newArticle(editor.client);
    await ctx.dataSource.query(
      'UPDATE article SET "ownerId" = NULL, "createdById" = NULL, "updatedById" = NULL WHERE id = $1',
      [article.id],
    );
    await ctx.dataSource.query('UPDATE article_revision SET "authorId" = NULL WHERE "articleId" = $1', [article.id]);
    const result = await editor.client.expectData<{
      article: { owner: null; createdBy: null; updatedBy: null };
      articleRevisions: { author: null; authors: unknown[] }[];
    }>(
      `query ($id: ID!) { article(id: $id) { owner { id } createdBy { id } updatedBy { id } }
        articleRevisions(articleId: $id) { author { id } authors { id } } }`,
      { id: article.id },
    );
    expect(result.article).toMatchObject({ owner: null, createdBy: null, updatedBy: null });
    expect(result.articleRevisions.map((revision) => revision.author)).toEqual([null]);
  });

  it('keeps a revision per save; compares and restores them', async () => {
    const article = await ctx.newArticle(editor.client, { body: sampleBody('Der Kurs beginnt im Mai.') });
    await editor.client.expectData(UPDATE, {
      id: article.id,
      input: { baseRevision: 1, body: sampleBody('Der Kurs beginnt im Juni.') },
    });
    const { articleRevisions } = await editor.client.expectData<{
      articleRevisions: { id: string; number: number; author: { displayName: string } }[];
    }>(`query ($id: ID!) { articleRevisions(articleId: $id) { id number author { displayName } } }`, {
      id: article.id,
    });
    expect(articleRevisions.map((r) => r.number)).toEqual([2, 1]);
    expect(articleRevisions[0]?.author.displayName).toBe(editor.user.displayName);
    const [newest, oldest] = articleRevisions;

    const { compareRevisions } = await editor.client.expectData<{
      compareRevisions: { blocks: { change: string; segments: { change: string; text: string }[] }[] };
    }>(
      `query ($a: ID!, $b: ID!) { compareRevisions(fromId: $a, toId: $b) { titleChanged blocks { change kind segments { change text } } } }`,
      {
        a: oldest?.id,
        b: newest?.id,
      },
    );
    const changed = compareRevisions.blocks.find((block) => block.change === 'CHANGED');
    expect(changed?.segments).toEqual(
      expect.arrayContaining([
        { change: 'REMOVED', text: expect.stringContaining('Mai') },
        { change: 'ADDED', text: expect.stringContaining('Juni') },
      ]),
    );

    const { restoreRevision } = await editor.client.expectData<{
      restoreRevision: { revisionNumber: number; bodyText: string };
    }>(`mutation ($id: ID!) { restoreRevision(revisionId: $id) { revisionNumber bodyText } }`, { id: oldest?.id });
    expect(restoreRevision.revisionNumber).toBe(3);
    expect(restoreRevision.bodyText).toContain('Mai');
    const history = await editor.client.expectData<{
      articleRevisions: { number: number; restoredFromNumber: number | null }[];
    }>(`query ($id: ID!) { articleRevisions(articleId: $id) { number restoredFromNumber } }`, { id: article.id });
    expect(history.articleRevisions[0]).toEqual({ number: 3, restoredFromNumber: 1 });
  });

  it('pages through articles with cursors and filters, with a correct total', async () => {
    const categoryId = await ctx.newCategory('Paging');
    const childId = await ctx.newCategory('Paging child', categoryId);
    for (let i = 0; i < 5; i += 1)
      await ctx.newArticle(editor.client, { categoryId: i < 3 ? categoryId : childId, tags: ['paging'] });
    const query = `query ($after: String, $filter: ArticlesFilter) { articles(first: 2, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: {
        articles: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      } = await editor.client.expectData(query, { after, filter: { categoryId } });
      expect(data.articles.totalCount).toBe(5);
      seen.push(...data.articles.edges.map((edge) => edge.node.id));
      if (!data.articles.pageInfo.hasNextPage) break;
      after = data.articles.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const direct = await editor.client.expectData<{ articles: { totalCount: number } }>(query, {
      filter: { categoryId, includeSubcategories: false },
    });
    expect(direct.articles.totalCount).toBe(3);
    const readerView = await reader.client.expectData<{ articles: { totalCount: number } }>(query, {
      filter: { tag: 'paging' },
    });
    expect(readerView.articles.totalCount).toBe(0);
  });

  it('lists 50 articles with owner and category in a constant number of SQL queries', async () => {
    const categoryId = await ctx.newCategory('Viele');
    const others = await Promise.all([ctx.newUser(Role.EDITOR), ctx.newUser(Role.EDITOR)]);
    for (let i = 0; i < 10; i += 1) await ctx.newArticle((others[i % 2] ?? editor).client, { categoryId });
    const query = `query ($n: Int!) { articles(first: $n) { edges { node { title owner { displayName } updatedBy { displayName } category { name path { name } articleCount } } } } }`;
    const count = async (n: number) => {
      let queries = 0;
      const logger = ctx.dataSource.logger;
      Object.assign(ctx.dataSource, {
        logger: {
          ...logger,
          // Only this request's reads; background work (search outbox polling) runs on its own schedule.
          logQuery: (sql: string) => {
            if (sql.trimStart().startsWith('SELECT') && !sql.includes('search_')) queries += 1;
          },
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        },
      });
      try {
        await editor.client.expectData(query, { n });
      } finally {
        Object.assign(ctx.dataSource, { logger });
      }
      return queries;
    };
    // Let the search worker index the new articles first, so its queries are not counted.
    await ctx.app.get(SearchIndexWorker).drain();
    const few = await count(3);
    const many = await count(50);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(10);
  });
});
