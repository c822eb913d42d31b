import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/auth/role';
import { SearchIndexWorker } from '../../src/search/search-index.worker';
import { sampleBody, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { completeProject, createProject, projectFixtures, type CreatedProject } from './project-fixtures';

/** Every internal fixture carries this marker in its title or text; no public response may contain it. */
const SECRET = 'Vertraulich';

const LINK =
  'mutation ($p: ID!, $a: ID!, $k: ProjectArticleLinkKind!) { linkProjectArticle(projectId: $p, articleId: $a, kind: $k) { id } }';
const INSPIRE = 'mutation ($p: ID!, $o: ID!) { linkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }';

describe('public Ideenbörse: links, backlinks and no leak of internal content', () => {
  let ctx: TestApp;
  let admin: SignedInUser;
  let editor: SignedInUser;
  let reader: SignedInUser;
  let publicArticle: { id: string; slug: string };
  let internalArticle: { id: string; slug: string };
  let draftArticle: { id: string; slug: string };
  let published: CreatedProject;
  let inspiringPublished: CreatedProject;
  let internalProject: CreatedProject;
  let unpublished: CreatedProject;
  let programmeId: string;

  const publishArticle = (id: string) =>
    editor.client.expectData('mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id });
  const publishProject = (id: string) =>
    admin.client.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id });

  beforeAll(async () => {
    ctx = await startTestApp();
    const fixtures = projectFixtures(ctx);
    const agencyIds = [
      await fixtures.newAgency('Agentur Nord'),
      await fixtures.newAgency('Agentur Süd'),
      await fixtures.newAgency('Agentur West'),
    ];
    admin = await ctx.newUser(Role.ADMIN);
    editor = await fixtures.newUserIn(agencyIds[0] ?? '', Role.EDITOR);
    reader = await fixtures.newUserIn(agencyIds[0] ?? '', Role.READER);
    programmeId = (
      await admin.client.expectData<{ createProgramme: { id: string } }>(
        'mutation ($a: [ID!]!) { createProgramme(input: { name: "IKÖ 4.0", startsOn: "2020-09-01", endsOn: "2021-12-31", agencyIds: $a }) { id } }',
        { a: agencyIds },
      )
    ).createProgramme.id;
    const topicId = (
      await admin.client.expectData<{ createProjectTopic: { id: string } }>(
        'mutation { createProjectTopic(input: { name: "Leitsystem" }) { id } }',
      )
    ).createProjectTopic.id;

    publicArticle = await ctx.newArticle(editor.client, { title: 'Leitsystem-Leitfaden', visibility: 'PUBLIC' });
    await publishArticle(publicArticle.id);
    internalArticle = await ctx.newArticle(editor.client, {
      title: `${SECRET}er Artikel`,
      body: sampleBody(`${SECRET} intern`),
    });
    await publishArticle(internalArticle.id);
    draftArticle = await ctx.newArticle(editor.client, { title: `${SECRET}er Entwurf`, visibility: 'PUBLIC' });

    internalProject = await createProject(editor.client, {
      title: `${SECRET}es Projekt`,
      problemStatement: `${SECRET} Problem`,
      programmeId,
      topicId,
    });
    unpublished = await createProject(editor.client, {
      title: `${SECRET} fertig, nicht veröffentlicht`,
      visibility: 'PUBLIC',
    });
    await completeProject(editor.client, unpublished.id);
    inspiringPublished = await createProject(editor.client, {
      title: 'Wegweiser am Empfang',
      visibility: 'PUBLIC',
      programmeId,
      topicId,
    });
    await completeProject(editor.client, inspiringPublished.id);
    await publishProject(inspiringPublished.id);

    published = await createProject(editor.client, {
      title: 'Farbleitsystem im Jobcenter',
      problemStatement: 'Kundinnen und Kunden fanden die Räume nicht.',
      goals: 'Orientierung ohne Deutschkenntnisse',
      visibility: 'PUBLIC',
      programmeId,
      topicId,
      body: sampleBody('Piktogramme an allen Türen'),
    });
    await editor.client.expectData(
      'mutation ($id: ID!) { addProjectMember(projectId: $id, input: { externalName: "Frau Vertraulich-Extern", externalRole: "Beraterin" }) { id } }',
      { id: published.id },
    );
    await editor.client.expectData(
      'mutation ($id: ID!) { addProjectMilestone(projectId: $id, input: { kind: COACHING, title: "Coaching", date: "2021-02-02", notes: "Vertrauliche Notiz" }) { id } }',
      { id: published.id },
    );
    await reader.client.request('query { me { id } }');
    await editor.client.expectData(LINK, { p: published.id, a: publicArticle.id, k: 'OUTCOME' });
    await editor.client.expectData(LINK, { p: published.id, a: internalArticle.id, k: 'REFERENCE' });
    await editor.client.expectData(LINK, { p: published.id, a: draftArticle.id, k: 'REFERENCE' });
    await editor.client.expectData(LINK, { p: internalProject.id, a: publicArticle.id, k: 'REFERENCE' });
    await editor.client.expectData(INSPIRE, { p: published.id, o: inspiringPublished.id });
    await editor.client.expectData(INSPIRE, { p: published.id, o: internalProject.id });
    await editor.client.expectData(INSPIRE, { p: published.id, o: unpublished.id });
    await completeProject(editor.client, published.id);
    await publishProject(published.id);
    await ctx.app.get(SearchIndexWorker).drain();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('shows signed-in users every linked article they may see, grouped by kind', async () => {
    const data = await reader.client.expectData<{
      project: { articleLinks: { kind: string; article: { title: string } }[]; inspiredBy: { title: string }[] };
    }>('query ($id: ID!) { project(id: $id) { articleLinks { kind article { title } } inspiredBy { title } } }', {
      id: published.id,
    });
    // Readers do not see drafts.
    expect(data.project.articleLinks.map((link) => [link.kind, link.article.title])).toEqual([
      ['OUTCOME', 'Leitsystem-Leitfaden'],
      ['REFERENCE', `${SECRET}er Artikel`],
    ]);
    expect(data.project.inspiredBy).toHaveLength(3);
  });

  it('gives articles "Projects" backlinks that respect visibility', async () => {
    const query = 'query ($s: String!) { article(slug: $s) { projects { kind projectTitle projectPublic } } }';
    type Backlinks = { article: { projects: { kind: string; projectTitle: string; projectPublic: boolean }[] } };
    const signedIn = await reader.client.expectData<Backlinks>(query, { s: publicArticle.slug });
    expect(signedIn.article.projects.map((link) => link.projectTitle).sort()).toEqual(
      ['Farbleitsystem im Jobcenter', `${SECRET}es Projekt`].sort(),
    );
    const anonymous = await ctx.anonymous().expectData<Backlinks>(query, { s: publicArticle.slug });
    expect(anonymous.article.projects).toEqual([
      { kind: 'OUTCOME', projectTitle: 'Farbleitsystem im Jobcenter', projectPublic: true },
    ]);
  });

  it('shows a published project with only its public articles and public inspirations', async () => {
    const data = await ctx.anonymous().expectData<{
      publicProject: {
        title: string;
        bodyHtml: string;
        articles: { kind: string; slug: string }[];
        inspiredBy: { slug: string }[];
        topic: { slug: string };
      };
    }>('query ($s: String!) { publicProject(slug: $s) { title bodyHtml articles { kind slug } inspiredBy { slug } topic { slug } } }', {
      s: published.slug,
    });
    expect(data.publicProject.articles).toEqual([{ kind: 'OUTCOME', slug: publicArticle.slug }]);
    expect(data.publicProject.inspiredBy).toEqual([{ slug: inspiringPublished.slug }]);
    expect(data.publicProject.topic.slug).toBe('leitsystem');
    expect(data.publicProject.bodyHtml).toContain('Piktogramme an allen Türen');
    for (const slug of [internalProject.slug, unpublished.slug]) {
      expect(
        await ctx.anonymous().errorCode('query ($s: String!) { publicProject(slug: $s) { title } }', { s: slug }),
      ).toBe('NOT_FOUND');
    }
  });

  it('lists and filters published public projects with facets', async () => {
    const list = `query ($f: PublicProjectsFilter) { publicProjects(filter: $f) { totalCount items { slug year } } }`;
    type List = { publicProjects: { totalCount: number; items: { slug: string; year: number }[] } };
    const all = await ctx.anonymous().expectData<List>(list, {});
    expect(all.publicProjects.items.map((item) => item.slug).sort()).toEqual(
      [published.slug, inspiringPublished.slug].sort(),
    );
    const year = all.publicProjects.items[0]?.year ?? 0;
    expect((await ctx.anonymous().expectData<List>(list, { f: { year } })).publicProjects.totalCount).toBe(2);
    expect((await ctx.anonymous().expectData<List>(list, { f: { year: year - 1 } })).publicProjects.totalCount).toBe(0);
    expect((await ctx.anonymous().expectData<List>(list, { f: { text: 'piktogramme' } })).publicProjects.items).toEqual(
      [{ slug: published.slug, year }],
    );
    expect((await ctx.anonymous().expectData<List>(list, { f: { text: SECRET } })).publicProjects.totalCount).toBe(0);
    expect(
      (await ctx.anonymous().expectData<List>(list, { f: { topicSlugs: ['leitsystem'], programmeIds: [programmeId] } }))
        .publicProjects.totalCount,
    ).toBe(2);
    const facets = await ctx.anonymous().expectData<{
      publicProjectFacets: { years: number[]; topics: { slug: string }[]; programmes: { id: string }[] };
    }>('{ publicProjectFacets { years topics { slug } agencies { name } programmes { id } } }');
    expect(facets.publicProjectFacets).toMatchObject({
      years: [year],
      topics: [{ slug: 'leitsystem' }],
      programmes: [{ id: programmeId }],
    });
  });

  it('leaks no internal title, slug or text through any query an anonymous visitor may call', async () => {
    const anonymous = ctx.anonymous();
    const calls: [string, Record<string, unknown>][] = [
      [
        '{ publicProjects(first: 100) { totalCount items { slug title teaser agency { name } programme { name } topic { name } year } } }',
        {},
      ],
      [
        `query ($s: String!) { publicProject(slug: $s) { slug title teaser problemStatement goals outcomes lessonsLearned bodyHtml
          articles { kind slug title summary } inspiredBy { slug title } agency { id name } programme { slug name } topic { slug name } } }`,
        { s: published.slug },
      ],
      ['{ publicProjectFacets { years topics { slug name } agencies { id name } programmes { id slug name } } }', {}],
      ['query ($s: String!) { publicProject(slug: $s) { title } }', { s: internalProject.slug }],
      ['query ($s: String!) { publicProject(slug: $s) { title } }', { s: unpublished.slug }],
      ['{ projectTopics(includeArchived: true) { name slug } }', {}],
      ['{ programmes { name slug description agencies { name } events { title } } }', {}],
      ['{ agencies { name } }', {}],
      [
        '{ articles(first: 100) { edges { node { slug title summary bodyHtml projects { projectSlug projectTitle kind } } } } }',
        {},
      ],
      [
        'query ($s: String!) { article(slug: $s) { title projects { projectSlug projectTitle } } }',
        { s: publicArticle.slug },
      ],
      ['query ($s: String!) { article(slug: $s) { title } }', { s: internalArticle.slug }],
      ['{ tags }', {}],
      ['{ categories { name } }', {}],
      ['{ me { id } }', {}],
      [`{ search(query: "${SECRET}") { totalCount hits { title url snippet } } }`, {}],
      ['{ search(query: "Leitsystem") { totalCount hits { title url snippet } } }', {}],
      ['query ($s: String!) { project(slug: $s) { title } }', { s: internalProject.slug }],
      ['{ projects { edges { node { title } } } }', {}],
    ];
    const forbidden = [
      SECRET.toLowerCase(),
      internalProject.slug,
      unpublished.slug,
      internalArticle.slug,
      draftArticle.slug,
      'vertraulich',
    ];
    let answered = 0;
    for (const [query, variables] of calls) {
      const result = await anonymous.request(query, variables);
      const text = result.text.toLowerCase();
      for (const needle of forbidden) expect(text, `${query} leaked ${needle}`).not.toContain(needle.toLowerCase());
      if (result.data) answered += 1;
    }
    expect(answered).toBe(13);
    // The fixtures really contain the marker (the assertion above could otherwise never fail).
    const internal = await reader.client.request('{ projects(first: 100) { edges { node { title } } } }');
    expect(internal.text).toContain(SECRET);
  });
});
