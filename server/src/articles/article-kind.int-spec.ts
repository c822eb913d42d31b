import { articleTemplate, listProcessSteps } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type SignedInUser, type TestApp } from '../../test/test-app';

const ARTICLE = `query ($slug: String!) { article(slug: $slug) { kind bodyHtml bodyText } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { kind } }`;
const LIST = `query ($filter: ArticlesFilter) { articles(first: 100, filter: $filter) { edges { node { id kind } } } }`;

describe('article kinds', () => {
  let ctx: TestApp;
  let editor: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    editor = await ctx.newUser(Role.EDITOR);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('defaults to GUIDE and stores a PROCESS article with its steps from the template', async () => {
    const guide = await ctx.newArticle(editor.client);
    const process = await ctx.newArticle(editor.client, { kind: 'PROCESS', body: articleTemplate('PROCESS') });

    const loadedGuide = await editor.client.expectData<{ article: { kind: string } }>(ARTICLE, { slug: guide.slug });
    expect(loadedGuide.article.kind).toBe('GUIDE');
    const loaded = await editor.client.expectData<{ article: { kind: string; bodyHtml: string; bodyText: string } }>(
      ARTICLE,
      { slug: process.slug },
    );
    expect(loaded.article.kind).toBe('PROCESS');
    expect(loaded.article.bodyHtml).toContain('id="prozess-1-schritt-2"');
    expect(loaded.article.bodyHtml).toContain('href="#prozess-1-schritt-2"');
    expect(loaded.article.bodyText).toContain('Beratung durchführen · Arbeitsvermittlung · § 45 SGB III');
    expect(listProcessSteps(articleTemplate('PROCESS'))).toHaveLength(2);
  });

  it('filters the article list by kind and changes the kind on update', async () => {
    const faq = await ctx.newArticle(editor.client, { kind: 'FAQ' });
    const byKind = async (kind: string) =>
      (
        await editor.client.expectData<{ articles: { edges: { node: { id: string; kind: string } }[] } }>(LIST, {
          filter: { kind },
        })
      ).articles.edges.map((edge) => edge.node);

    expect((await byKind('FAQ')).map((node) => node.id)).toContain(faq.id);
    expect((await byKind('NOTE')).map((node) => node.id)).not.toContain(faq.id);

    const updated = await editor.client.expectData<{ updateArticle: { kind: string } }>(UPDATE, {
      id: faq.id,
      input: { baseRevision: faq.revisionNumber, kind: 'NOTE' },
    });
    expect(updated.updateArticle.kind).toBe('NOTE');
    expect((await byKind('NOTE')).every((node) => node.kind === 'NOTE')).toBe(true);
    expect((await byKind('NOTE')).map((node) => node.id)).toContain(faq.id);
  });

  it('rejects an unknown kind and bad step attributes as BAD_USER_INPUT', async () => {
    expect(
      await editor.client.errorCode(`mutation { createArticle(input: { title: "x", kind: RECIPE }) { id } }`),
    ).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    const body = articleTemplate('PROCESS');
    const steps = body.content?.find((node) => node.type === 'processSteps');
    const first = steps?.content?.[0];
    if (first?.attrs) first.attrs.documents = [{ label: 'Formular', href: 'javascript:alert(1)' }];
    const result = await editor.client.request(
      `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
      { input: { title: 'Böse', kind: 'PROCESS', body } },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
