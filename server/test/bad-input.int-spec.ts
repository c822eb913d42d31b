import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/common/auth/role';
import { databaseFingerprint } from './database-fingerprint';
import { sampleBody, startTestApp, type SignedInUser, type TestApp, type TestArticle } from './test-app';

const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { id } }`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`;

describe('bad input gets a clear error and leaves the data unchanged', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let article: TestArticle;

  beforeAll(async () => {
    ctx = await startTestApp();
    editor = await ctx.newUser(Role.EDITOR);
    article = await ctx.newArticle(editor.client, { title: 'Bestehender Artikel', slug: 'bestehender-artikel' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  async function expectRefused(run: () => Promise<string | undefined>, code: string): Promise<void> {
    const before = await databaseFingerprint(ctx.dataSource);
    expect(await run()).toBe(code);
    expect(await databaseFingerprint(ctx.dataSource)).toBe(before);
  }

  it('unknown slug → NOT_FOUND', async () => {
    expect(await editor.client.errorCode(`{ article(slug: "gibt-es-nicht") { id } }`)).toBe('NOT_FOUND');
  });

  it('duplicate slug → CONFLICT', async () => {
    await expectRefused(
      () => editor.client.errorCode(CREATE, { input: { title: 'Anderer Titel', slug: 'bestehender-artikel' } }),
      'CONFLICT',
    );
  });

  it.each([
    ['a string', 'not a document'],
    ['an unknown node type', { type: 'doc', content: [{ type: 'marquee' }] }],
    [
      'a heading level out of range',
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'x' }] }] },
    ],
    [
      'a javascript: link',
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
          },
        ],
      },
    ],
    ['text directly in the document', { type: 'doc', content: [{ type: 'text', text: 'lose' }] }],
  ])('invalid Tiptap JSON (%s) → BAD_USER_INPUT', async (_label, body) => {
    await expectRefused(
      () => editor.client.errorCode(UPDATE, { id: article.id, input: { baseRevision: 1, body } }),
      'BAD_USER_INPUT',
    );
  });

  it.each([
    ['an unknown enum value', { q: 'Kurs', sort: 'SEHR_WICHTIG' }],
    ['a string for a number', { q: 'Kurs', first: 'zehn' }],
    ['null for a required value', { q: null }],
  ])('%s in the variables → BAD_USER_INPUT', async (_label, variables) => {
    const result = await editor.client.request(
      'query ($q: String!, $sort: SearchSort, $first: Int) { search(query: $q, sort: $sort, first: $first) { totalCount } }',
      variables,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Variable "\$(sort|first|q)"/);
  });

  it('a title over the limit → BAD_USER_INPUT naming the field', async () => {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await editor.client.request(UPDATE, {
      id: article.id,
      input: { baseRevision: 1, title: 'x'.repeat(10_000) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/title/);
    expect(await databaseFingerprint(ctx.dataSource)).toBe(before);
  });

  it('a 10 MB title → HTTP 413 before any resolver runs', async () => {
    const before = await databaseFingerprint(ctx.dataSource);
    const result = await editor.client.request(UPDATE, {
      id: article.id,
      input: { baseRevision: 1, title: 'x'.repeat(10 * 1024 * 1024), body: sampleBody() },
    });
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.reason).toBe('PAYLOAD_TOO_LARGE');
    expect(await databaseFingerprint(ctx.dataSource)).toBe(before);
  });

  it('a malformed id, cursor or enum → BAD_USER_INPUT', async () => {
    expect(await editor.client.errorCode(`{ articleRevisions(articleId: "42") { id } }`)).toBe('BAD_USER_INPUT');
    expect(await editor.client.errorCode(`{ articles(after: "garbage") { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await editor.client.errorCode(`{ articles(first: 5000) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(await editor.client.errorCode(`{ articles(filter: { status: NONSENSE }) { totalCount } }`)).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('a query nested 50 levels deep → refused by the depth limit', async () => {
    let selection = 'id';
    for (let level = 0; level < 50; level += 1) selection = `children { ${selection} }`;
    const result = await ctx.anonymous().request(`{ categories { ${selection} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.data ?? null).toBeNull();
  });

  it('a wide, expensive query → refused by the complexity limit', async () => {
    const fields = Array.from(
      { length: 60 },
      (_, i) => `a${i}: articles(first: 100) { edges { node { title } } }`,
    ).join(' ');
    const result = await ctx.anonymous().request(`{ ${fields} }`);
    expect(result.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('a request without a JSON content type is refused (CSRF protection)', async () => {
    const response = await fetch(`${ctx.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });
});
