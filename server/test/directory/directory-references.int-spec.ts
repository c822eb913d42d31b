import type { JSONContent } from '@wissensnetz/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareBody } from '../../src/articles/article-body';
import { contactCardLabels, DELETED_ENTRY_LABEL, HIDDEN_ENTRY_LABEL } from '../../src/directory/contact-card-labels';
import { ArticlesService } from '../../src/articles/articles.service';
import { ProjectsService } from '../../src/projects/projects.service';
import { prepareProjectBody } from '../../src/projects/project-body';
import { completeProject, createProject } from '../projects/project-fixtures';
import { Role, sampleBody, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { createEntry, type EntryResult } from './directory-fixtures';

function withCards(text: string, ...entryIds: string[]): JSONContent {
  return {
    type: 'doc',
    content: [
      ...(sampleBody(text).content ?? []),
      ...entryIds.map((entryId) => ({ type: 'contactCard', attrs: { entryId } })),
    ],
  };
}

const REFERENCES = `query ($id: ID!) { directoryEntry(id: $id) {
  referencingArticles { id title }
  referencingProjects { id slug title status public } } }`;

interface References {
  directoryEntry: {
    referencingArticles: { id: string; title: string }[];
    referencingProjects: { id: string; slug: string; title: string; status: string; public: boolean }[];
  };
}

describe('contact card references', () => {
  let ctx: TestApp;
  let admin: SignedInUser;
  let editor: SignedInUser;
  let reader: SignedInUser;
  let publicEntry: EntryResult;
  let internalEntry: EntryResult;
  let otherEntry: EntryResult;

  const titles = async (client: SignedInUser['client'], entryId: string) => {
    const data = await client.expectData<References>(REFERENCES, { id: entryId });
    return {
      articles: data.directoryEntry.referencingArticles.map((article) => article.title),
      projects: data.directoryEntry.referencingProjects.map((project) => project.title),
    };
  };
  const publishArticle = (id: string) =>
    editor.client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id });
  const rowsFor = async (table: string, entryId: string): Promise<number> => {
    const rows: { count: string }[] = await ctx.dataSource.query(
      `SELECT count(*) AS count FROM "${table}" WHERE "entryId" = $1`,
      [entryId],
    );
    return Number(rows[0]?.count);
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    admin = await ctx.newUser(Role.ADMIN);
    editor = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);
    publicEntry = await createEntry(editor.client, {
      kind: 'COURSE_PROVIDER',
      name: 'Sprachschule Beispiel gGmbH',
      visibility: 'PUBLIC',
      phone: '0711 111111',
    });
    internalEntry = await createEntry(editor.client, { name: 'Interne Beratungsstelle', visibility: 'INTERNAL' });
    otherEntry = await createEntry(editor.client, { name: 'Anderer Anbieter', visibility: 'PUBLIC' });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('records the entries of every saved article body and shows articles by the article access rules', async () => {
    const publicArticle = await ctx.newArticle(editor.client, {
      title: 'A: öffentlich',
      visibility: 'PUBLIC',
      body: withCards('Kurse', publicEntry.id, internalEntry.id, publicEntry.id),
    });
    await publishArticle(publicArticle.id);
    const internalArticle = await ctx.newArticle(editor.client, {
      title: 'B: intern',
      body: withCards('Intern', publicEntry.id),
    });
    await publishArticle(internalArticle.id);
    await ctx.newArticle(editor.client, {
      title: 'C: Entwurf',
      visibility: 'PUBLIC',
      body: withCards('x', publicEntry.id),
    });

    expect(await rowsFor('article_directory_reference', publicEntry.id)).toBe(3);
    expect((await titles(editor.client, publicEntry.id)).articles).toEqual([
      'A: öffentlich',
      'B: intern',
      'C: Entwurf',
    ]);
    expect((await titles(reader.client, publicEntry.id)).articles).toEqual(['A: öffentlich', 'B: intern']);
    expect((await titles(ctx.anonymous(), publicEntry.id)).articles).toEqual(['A: öffentlich']);
    expect((await titles(reader.client, internalEntry.id)).articles).toEqual(['A: öffentlich']);
    expect((await titles(reader.client, otherEntry.id)).articles).toEqual([]);
  });

  it('follows body updates, collaborative stores and restores', async () => {
    const article = await ctx.newArticle(editor.client, {
      title: 'D: wechselnd',
      body: withCards('v1', otherEntry.id),
    });
    expect((await titles(editor.client, otherEntry.id)).articles).toEqual(['D: wechselnd']);

    await editor.client.expectData(
      'mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { id } }',
      { id: article.id, input: { baseRevision: article.revisionNumber, body: withCards('v2', internalEntry.id) } },
    );
    expect((await titles(editor.client, otherEntry.id)).articles).toEqual([]);
    expect((await titles(editor.client, internalEntry.id)).articles).toContain('D: wechselnd');

    // What the collaboration server stores after live edits.
    await ctx.app
      .get(ArticlesService)
      .applyCollaborativeBody(article.id, prepareBody(withCards('v3', otherEntry.id)), null);
    expect((await titles(editor.client, otherEntry.id)).articles).toEqual(['D: wechselnd']);
    expect((await titles(editor.client, internalEntry.id)).articles).not.toContain('D: wechselnd');

    const revisions = await editor.client.expectData<{ articleRevisions: { id: string; number: number }[] }>(
      'query ($id: ID!) { articleRevisions(articleId: $id) { id number } }',
      { id: article.id },
    );
    const first = revisions.articleRevisions.find((revision) => revision.number === 1);
    await editor.client.expectData('mutation ($id: ID!) { restoreRevision(revisionId: $id) { id } }', {
      id: first?.id,
    });
    expect((await titles(editor.client, otherEntry.id)).articles).toEqual(['D: wechselnd']);
    expect((await titles(editor.client, internalEntry.id)).articles).not.toContain('D: wechselnd');

    await ctx.app.get(ArticlesService).applyCollaborativeBody(article.id, prepareBody(sampleBody('ohne')), null);
    expect((await titles(editor.client, otherEntry.id)).articles).toEqual([]);
  });

  it('shows projects to signed-in users, and to anonymous visitors only when published and public', async () => {
    const project = await createProject(editor.client, {
      title: 'Projekt mit Karte',
      problemStatement: 'Wer hilft?',
      goals: 'Kontakte',
      visibility: 'PUBLIC',
      body: withCards('Partner', publicEntry.id),
    });
    const internal = await createProject(editor.client, {
      title: 'Internes Projekt',
      problemStatement: 'x',
      goals: 'y',
      body: withCards('Partner', publicEntry.id),
    });
    expect(await rowsFor('project_directory_reference', publicEntry.id)).toBe(2);

    expect((await titles(reader.client, publicEntry.id)).projects).toEqual(['Internes Projekt', 'Projekt mit Karte']);
    expect((await titles(ctx.anonymous(), publicEntry.id)).projects).toEqual([]);

    await completeProject(editor.client, project.id);
    await admin.client.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: project.id });
    const anonymous = await ctx.anonymous().expectData<References>(REFERENCES, { id: publicEntry.id });
    expect(anonymous.directoryEntry.referencingProjects).toEqual([
      { id: project.id, slug: project.slug, title: 'Projekt mit Karte', status: 'COMPLETED', public: true },
    ]);

    await ctx.app
      .get(ProjectsService)
      .applyCollaborativeBody(internal.id, prepareProjectBody(withCards('neu', otherEntry.id)), null);
    expect((await titles(reader.client, publicEntry.id)).projects).toEqual(['Projekt mit Karte']);
    expect((await titles(reader.client, otherEntry.id)).projects).toEqual(['Internes Projekt']);
  });

  it('loads the entries of a page in one query, leaving out what the viewer may not see', async () => {
    const query = `query ($ids: [ID!]!) { directoryEntriesByIds(ids: $ids) { id name phone isOutdated
      internal { contactPersons { name } } } }`;
    const ids = [internalEntry.id, otherEntry.id, '00000000-0000-4000-8000-000000000000', publicEntry.id];

    const anonymous = await ctx.anonymous().expectData<{
      directoryEntriesByIds: { id: string; phone: string; internal: unknown }[];
    }>(query, { ids });
    expect(anonymous.directoryEntriesByIds.map((entry) => entry.id)).toEqual([otherEntry.id, publicEntry.id]);
    expect(anonymous.directoryEntriesByIds.every((entry) => entry.internal === null)).toBe(true);
    expect(JSON.stringify(anonymous)).not.toContain('Interne Beratungsstelle');

    const signedIn = await reader.client.expectData<{ directoryEntriesByIds: { id: string }[] }>(query, {
      ids: [...ids, publicEntry.id.toUpperCase()],
    });
    expect(signedIn.directoryEntriesByIds.map((entry) => entry.id)).toEqual([
      internalEntry.id,
      otherEntry.id,
      publicEntry.id,
    ]);

    const bad = await reader.client.request(query, { ids: ['kein-uuid'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the entries of contact cards in the revision diff, and says when one was deleted', async () => {
    const gone = await createEntry(editor.client, { name: 'Bald gelöschter Anbieter', visibility: 'PUBLIC' });
    const article = await ctx.newArticle(editor.client, {
      title: 'E: Verlauf',
      body: withCards('Kurse', publicEntry.id, gone.id),
    });
    await editor.client.expectData(
      'mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { id } }',
      {
        id: article.id,
        input: { baseRevision: article.revisionNumber, body: withCards('Kurse', otherEntry.id, internalEntry.id) },
      },
    );
    await editor.client.expectData('mutation ($id: ID!) { deleteDirectoryEntry(id: $id) }', { id: gone.id });
    const { articleRevisions } = await editor.client.expectData<{ articleRevisions: { id: string; number: number }[] }>(
      'query ($id: ID!) { articleRevisions(articleId: $id) { id number } }',
      { id: article.id },
    );
    const revision = (number: number) => articleRevisions.find((candidate) => candidate.number === number)?.id;

    const { compareRevisions } = await editor.client.expectData<{
      compareRevisions: { blocks: { change: string; kind: string; segments: { change: string; text: string }[] }[] };
    }>(
      'query ($a: ID!, $b: ID!) { compareRevisions(fromId: $a, toId: $b) { blocks { change kind segments { change text } } } }',
      { a: revision(1), b: revision(2) },
    );
    const cards = compareRevisions.blocks
      .filter((block) => block.kind === 'contactCard')
      .map((block) => [block.change, block.segments.map((segment) => `${segment.change}:${segment.text}`).join('|')]);
    expect(cards).toEqual([
      ['REMOVED', 'REMOVED:Sprachschule Beispiel gGmbH'],
      ['REMOVED', `REMOVED:${DELETED_ENTRY_LABEL}`],
      ['ADDED', 'ADDED:Anderer Anbieter'],
      ['ADDED', 'ADDED:Interne Beratungsstelle'],
    ]);
    expect(JSON.stringify(compareRevisions)).not.toContain('Kontaktkarte ');

    // Anonymous readers of a language version's source changes get names of PUBLIC entries only.
    const label = await contactCardLabels(ctx.dataSource.manager, [withCards('x', internalEntry.id, otherEntry.id)], {
      anonymous: true,
    });
    expect([label(internalEntry.id), label(otherEntry.id.toUpperCase()), label(gone.id)]).toEqual([
      HIDDEN_ENTRY_LABEL,
      'Anderer Anbieter',
      DELETED_ENTRY_LABEL,
    ]);
  });
});
