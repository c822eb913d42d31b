import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/auth/role';
import { SearchIndexWorker } from '../../src/search/search-index.worker';
import { sampleBody, startTestApp, type SignedInUser, type TestApp } from '../test-app';
import { completeProject, createProject, projectFixtures } from './project-fixtures';

const STATUS = `mutation ($id: ID!, $s: ProjectStatus!, $note: String! = "") {
  changeProjectStatus(id: $id, input: { status: $s, note: $note }) { status version } }`;
const LINK_ARTICLE =
  'mutation ($p: ID!, $a: ID!) { linkProjectArticle(projectId: $p, articleId: $a, kind: OUTCOME) { id } }';
const MILESTONE = `mutation ($id: ID!, $input: AddProjectMilestoneInput!) { addProjectMilestone(projectId: $id, input: $input) { id } }`;

describe('projects', () => {
  let ctx: TestApp;
  let admin: SignedInUser;
  let editor: SignedInUser;
  let colleague: SignedInUser;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    const fixtures = projectFixtures(ctx);
    const agencyId = await fixtures.newAgency('Jobcenter Teststadt');
    admin = await ctx.newUser(Role.ADMIN);
    editor = await fixtures.newUserIn(agencyId, Role.EDITOR);
    colleague = await fixtures.newUserIn(agencyId, Role.EDITOR);
    reader = await fixtures.newUserIn(agencyId, Role.READER);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('creates a project for the editor’s agency with the editor on the team and a first history entry', async () => {
    const project = await createProject(editor.client, {
      title: 'Leitsystem im Eingangsbereich',
      body: sampleBody('Piktogramme und Farben'),
    });
    const read = await reader.client.expectData<{
      project: {
        slug: string;
        status: string;
        bodyHtml: string;
        agency: { name: string };
        members: { displayName: string }[];
        statusHistory: { fromStatus: string | null; toStatus: string }[];
        viewerCanEdit: boolean;
      };
    }>(
      `query ($slug: String!) { project(slug: $slug) { slug status bodyHtml agency { name } members { displayName }
        statusHistory { fromStatus toStatus } viewerCanEdit } }`,
      { slug: project.slug },
    );
    expect(read.project).toMatchObject({
      slug: 'leitsystem-im-eingangsbereich',
      status: 'IDEA',
      agency: { name: 'Jobcenter Teststadt' },
      members: [{ displayName: editor.user.displayName }],
      statusHistory: [{ fromStatus: null, toStatus: 'IDEA' }],
      viewerCanEdit: false,
    });
    expect(read.project.bodyHtml).toContain('Piktogramme und Farben');
  });

  it('puts a project into a programme only when its agency takes part in it', async () => {
    const fixtures = projectFixtures(ctx);
    const others = [await fixtures.newAgency(), await fixtures.newAgency(), await fixtures.newAgency()];
    const programme = `mutation ($a: [ID!]!) { createProgramme(input: {
      name: "Programm ohne Teststadt", startsOn: "2020-09-01", endsOn: "2021-12-31", agencyIds: $a }) { id } }`;
    const foreign = await admin.client.expectData<{ createProgramme: { id: string } }>(programme, { a: others });
    const refused = await editor.client.request(
      'mutation ($p: ID!) { createProject(input: { title: "Falsches Programm", programmeId: $p }) { id } }',
      { p: foreign.createProgramme.id },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PROJECT_AGENCY_NOT_IN_PROGRAMME',
    });
    const project = await createProject(editor.client);
    const moved = await editor.client.request(
      `mutation ($id: ID!, $p: ID!, $v: Int!) { updateProject(id: $id, input: { baseVersion: $v, programmeId: $p }) { id } }`,
      { id: project.id, p: foreign.createProgramme.id, v: project.version },
    );
    expect(moved.errors?.[0]?.extensions?.reason).toBe('PROJECT_AGENCY_NOT_IN_PROGRAMME');
  });

  it('rejects an invalid body', async () => {
    const result = await editor.client.request(
      'mutation { createProject(input: { title: "Kaputt", body: { type: "doc", content: [{ type: "nope" }] } }) { id } }',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROJECT_INVALID_BODY' });
  });

  it('follows the status chain, records the history and refuses invalid transitions', async () => {
    const project = await createProject(editor.client);
    const invalid = await editor.client.request(STATUS, { id: project.id, s: 'COMPLETED' });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_STATUS_TRANSITION',
      from: 'IDEA',
      to: 'COMPLETED',
    });
    expect(invalid.errors?.[0]?.message).toContain('IDEA');
    await editor.client.expectData(STATUS, { id: project.id, s: 'PLANNED', note: 'Konzept steht' });
    await editor.client.expectData(STATUS, { id: project.id, s: 'IN_PROGRESS' });
    await editor.client.expectData(STATUS, { id: project.id, s: 'PAUSED', note: 'Personalwechsel' });
    await editor.client.expectData(STATUS, { id: project.id, s: 'IN_PROGRESS' });
    const done = await editor.client.expectData<{ changeProjectStatus: { status: string; version: number } }>(STATUS, {
      id: project.id,
      s: 'COMPLETED',
    });
    expect(done.changeProjectStatus).toEqual({ status: 'COMPLETED', version: 6 });
    const final = await editor.client.request(STATUS, { id: project.id, s: 'IN_PROGRESS' });
    expect(final.errors?.[0]?.extensions?.reason).toBe('INVALID_STATUS_TRANSITION');
    const history = await reader.client.expectData<{
      project: {
        completedAt: string | null;
        statusHistory: { fromStatus: string | null; toStatus: string; note: string; changedBy: { id: string } }[];
      };
    }>(
      'query ($id: ID!) { project(id: $id) { completedAt statusHistory { fromStatus toStatus note changedBy { id } } } }',
      {
        id: project.id,
      },
    );
    expect(history.project.statusHistory.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, 'IDEA'],
      ['IDEA', 'PLANNED'],
      ['PLANNED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'PAUSED'],
      ['PAUSED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'COMPLETED'],
    ]);
    expect(history.project.statusHistory[1]).toMatchObject({
      note: 'Konzept steht',
      changedBy: { id: editor.user.id },
    });
    expect(history.project.completedAt).not.toBeNull();
  });

  it('refuses a stale base version with CONFLICT and keeps the newer text', async () => {
    const project = await createProject(editor.client);
    const update =
      'mutation ($id: ID!, $v: Int!, $g: String!) { updateProject(id: $id, input: { baseVersion: $v, goals: $g }) { version } }';
    await editor.client.expectData(update, { id: project.id, v: 1, g: 'Erste Fassung' });
    const stale = await editor.client.request(update, { id: project.id, v: 1, g: 'Veraltet' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const read = await reader.client.expectData<{ project: { goals: string } }>(
      'query ($id: ID!) { project(id: $id) { goals } }',
      { id: project.id },
    );
    expect(read.project.goals).toBe('Erste Fassung');
  });

  it('allows at most 6 coaching milestones and reports progress', async () => {
    const project = await createProject(editor.client);
    for (let i = 1; i <= 6; i += 1) {
      await editor.client.expectData(MILESTONE, {
        id: project.id,
        input: { kind: 'COACHING', title: `Coaching ${i}`, date: `2021-0${i}-10`, done: i <= 2 },
      });
    }
    const seventh = await editor.client.request(MILESTONE, {
      id: project.id,
      input: { kind: 'COACHING', title: 'Coaching 7', date: '2021-07-10' },
    });
    expect(seventh.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROJECT_COACHING_LIMIT' });
    expect(seventh.errors?.[0]?.message).toContain('höchstens 6 Coaching-Termine');
    // Other kinds are not limited.
    await editor.client.expectData(MILESTONE, {
      id: project.id,
      input: { kind: 'FINAL_PRESENTATION', title: 'Abschlusspräsentation', date: '2021-11-30' },
    });
    const before = await reader.client.expectData<{
      project: { milestones: { id: string; title: string }[]; coachingProgress: { done: number; planned: number } };
    }>('query ($id: ID!) { project(id: $id) { milestones { id title } coachingProgress { done planned } } }', {
      id: project.id,
    });
    expect(before.project.coachingProgress).toEqual({ done: 2, planned: 6 });
    expect(before.project.milestones.map((m) => m.title).at(-1)).toBe('Abschlusspräsentation');
    const third = before.project.milestones[2]?.id;
    await editor.client.expectData(
      'mutation ($id: ID!) { updateProjectMilestone(id: $id, input: { done: true }) { done } }',
      {
        id: third,
      },
    );
    const after = await reader.client.expectData<{ project: { coachingProgress: { done: number } } }>(
      'query ($id: ID!) { project(id: $id) { coachingProgress { done } } }',
      { id: project.id },
    );
    expect(after.project.coachingProgress.done).toBe(3);
  });

  it('adds users and external people to the team; a new member may then edit', async () => {
    const project = await createProject(editor.client);
    const add =
      'mutation ($id: ID!, $input: AddProjectMemberInput!) { addProjectMember(projectId: $id, input: $input) { id } }';
    const update =
      'mutation ($id: ID!, $v: Int!) { updateProject(id: $id, input: { baseVersion: $v, outcomes: "Ergebnis" }) { version } }';
    expect(await colleague.client.errorCode(update, { id: project.id, v: 1 })).toBe('FORBIDDEN');
    await editor.client.expectData(add, { id: project.id, input: { userId: colleague.user.id, function: 'IKB' } });
    await editor.client.expectData(add, {
      id: project.id,
      input: { externalName: 'Aylin Demir', externalRole: 'Migrantenverein Filstal', function: 'OTHER' },
    });
    const both = await editor.client.request(add, {
      id: project.id,
      input: { userId: reader.user.id, externalName: 'Zu viel' },
    });
    expect(both.errors?.[0]?.extensions?.reason).toBe('PROJECT_MEMBER_INVALID');
    const again = await editor.client.request(add, { id: project.id, input: { userId: colleague.user.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await colleague.client.expectData(update, { id: project.id, v: 1 });
    const read = await reader.client.expectData<{ project: { members: { displayName: string; function: string }[] } }>(
      'query ($id: ID!) { project(id: $id) { members { displayName function } } }',
      { id: project.id },
    );
    expect(read.project.members.map((m) => m.displayName)).toEqual([
      editor.user.displayName,
      colleague.user.displayName,
      'Aylin Demir',
    ]);
  });

  it('lists with filters and cursor pages', async () => {
    const fixtures = projectFixtures(ctx);
    const otherAgency = await fixtures.newAgency();
    const other = await createProject(admin.client, { agencyId: otherAgency, title: 'Sprachkursträger-Netzwerk' });
    const query = `query ($f: ProjectsFilter, $after: String) { projects(first: 2, filter: $f, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;
    type Page = {
      projects: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      };
    };
    const byAgency = await reader.client.expectData<Page>(query, { f: { agencyIds: [otherAgency] } });
    expect(byAgency.projects.edges.map((edge) => edge.node.id)).toEqual([other.id]);
    const byText = await reader.client.expectData<Page>(query, { f: { text: 'kursträger' } });
    expect(byText.projects.totalCount).toBe(1);
    const all = await reader.client.expectData<Page>(query, {});
    const seen = new Set(all.projects.edges.map((edge) => edge.node.id));
    let cursor = all.projects.pageInfo.endCursor;
    while (cursor) {
      const next: Page = await reader.client.expectData<Page>(query, { after: cursor });
      for (const edge of next.projects.edges) seen.add(edge.node.id);
      cursor = next.projects.pageInfo.hasNextPage ? next.projects.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(all.projects.totalCount);
    expect(await ctx.anonymous().errorCode(query, {})).toBe('UNAUTHENTICATED');
  });

  it('lets editors of the agency propose changes that the team accepts or rejects', async () => {
    const project = await createProject(editor.client, { goals: 'Alt' });
    const propose = `mutation ($id: ID!, $input: ProposeProjectChangeInput!) { proposeProjectChange(projectId: $id, input: $input) { id status baseVersion } }`;
    const proposal = await colleague.client.expectData<{ proposeProjectChange: { id: string; baseVersion: number } }>(
      propose,
      { id: project.id, input: { goals: 'Neu und besser', message: 'Bitte übernehmen' } },
    );
    const empty = await colleague.client.request(propose, { id: project.id, input: { message: 'nichts' } });
    expect(empty.errors?.[0]?.extensions?.reason).toBe('PROJECT_PROPOSAL_EMPTY');
    const accept =
      'mutation ($id: ID!, $v: Int!) { acceptProjectChangeProposal(id: $id, baseVersion: $v) { status decidedBy { id } } }';
    expect(await colleague.client.errorCode(accept, { id: proposal.proposeProjectChange.id, v: 1 })).toBe('FORBIDDEN');
    const accepted = await editor.client.expectData<{
      acceptProjectChangeProposal: { status: string; decidedBy: { id: string } };
    }>(accept, { id: proposal.proposeProjectChange.id, v: 1 });
    expect(accepted.acceptProjectChangeProposal).toEqual({ status: 'ACCEPTED', decidedBy: { id: editor.user.id } });
    expect(await editor.client.errorCode(accept, { id: proposal.proposeProjectChange.id, v: 2 })).toBe('CONFLICT');

    const second = await colleague.client.expectData<{ proposeProjectChange: { id: string } }>(propose, {
      id: project.id,
      input: { title: 'Anderer Titel', message: '' },
    });
    const stale = await editor.client.request(accept, { id: second.proposeProjectChange.id, v: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await editor.client.expectData(
      'mutation ($id: ID!) { rejectProjectChangeProposal(id: $id, note: "Passt nicht") { status } }',
      {
        id: second.proposeProjectChange.id,
      },
    );
    const read = await reader.client.expectData<{
      project: {
        title: string;
        goals: string;
        version: number;
        changeProposals: { status: string; proposedBy: { id: string } }[];
      };
    }>('query ($id: ID!) { project(id: $id) { title goals version changeProposals { status proposedBy { id } } } }', {
      id: project.id,
    });
    expect(read.project.goals).toBe('Neu und besser');
    expect(read.project.title).not.toBe('Anderer Titel');
    expect(read.project.version).toBe(2);
    expect(read.project.changeProposals.map((p) => p.status)).toEqual(['REJECTED', 'ACCEPTED']);
    expect(read.project.changeProposals[0]?.proposedBy.id).toBe(colleague.user.id);
  });

  it('publishes only COMPLETED + PUBLIC projects, and only admins', async () => {
    const project = await createProject(editor.client, { visibility: 'INTERNAL' });
    const publish = 'mutation ($id: ID!) { publishProject(id: $id) { publishedAt publishedBy { id } } }';
    const notDone = await admin.client.request(publish, { id: project.id });
    expect(notDone.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PUBLISH_REQUIRES_PUBLIC_COMPLETED',
    });
    await completeProject(editor.client, project.id);
    const internal = await admin.client.request(publish, { id: project.id });
    expect(internal.errors?.[0]?.extensions?.reason).toBe('PUBLISH_REQUIRES_PUBLIC_COMPLETED');
    await editor.client.expectData(
      'mutation ($id: ID!) { updateProject(id: $id, input: { baseVersion: 4, visibility: PUBLIC }) { id } }',
      {
        id: project.id,
      },
    );
    expect(await editor.client.errorCode(publish, { id: project.id })).toBe('FORBIDDEN');
    const published = await admin.client.expectData<{
      publishProject: { publishedAt: string; publishedBy: { id: string } };
    }>(publish, { id: project.id });
    expect(published.publishProject.publishedBy.id).toBe(admin.user.id);
    const slug = (
      await reader.client.expectData<{ project: { slug: string } }>('query ($id: ID!) { project(id: $id) { slug } }', {
        id: project.id,
      })
    ).project.slug;
    expect(
      (
        await ctx
          .anonymous()
          .expectData<{ publicProject: { title: string } }>(
            'query ($s: String!) { publicProject(slug: $s) { title } }',
            { s: slug },
          )
      ).publicProject.title,
    ).toBeTruthy();
    // Making it internal again takes it out of the Ideenbörse.
    await editor.client.expectData(
      'mutation ($id: ID!) { updateProject(id: $id, input: { baseVersion: 6, visibility: INTERNAL }) { publishedAt } }',
      {
        id: project.id,
      },
    );
    expect(
      await ctx.anonymous().errorCode('query ($s: String!) { publicProject(slug: $s) { title } }', { s: slug }),
    ).toBe('NOT_FOUND');
  });

  it('indexes projects for search: signed-in users find internal ones, anonymous only published public ones', async () => {
    const internal = await createProject(editor.client, { title: 'Zauberwortprojekt intern' });
    const open = await createProject(editor.client, { title: 'Zauberwortprojekt öffentlich', visibility: 'PUBLIC' });
    await completeProject(editor.client, open.id);
    await admin.client.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: open.id });
    await ctx.app.get(SearchIndexWorker).drain();
    const search = '{ search(query: "Zauberwortprojekt") { hits { title url kind } } }';
    type Hits = { search: { hits: { title: string; url: string; kind: string }[] } };
    const signedIn = await reader.client.expectData<Hits>(search);
    expect(signedIn.search.hits.map((hit) => hit.url).sort()).toEqual(
      [`/projekte/${internal.slug}`, `/projekte/${open.slug}`].sort(),
    );
    expect(signedIn.search.hits.every((hit) => hit.kind === 'PROJECT')).toBe(true);
    const anonymous = await ctx.anonymous().expectData<Hits>(search);
    expect(anonymous.search.hits.map((hit) => hit.title)).toEqual(['Zauberwortprojekt öffentlich']);
  });

  it('lists projects with all their relations in a constant number of SQL queries', async () => {
    const fixtures = projectFixtures(ctx);
    const [small, large, elsewhere] = [
      await fixtures.newAgency(),
      await fixtures.newAgency(),
      await fixtures.newAgency(),
    ];
    const topicId = (
      await admin.client.expectData<{ createProjectTopic: { id: string } }>(
        'mutation { createProjectTopic(input: { name: "Zählthema" }) { id } }',
      )
    ).createProjectTopic.id;
    const article = await ctx.newArticle(editor.client);
    const source = await createProject(admin.client, { agencyId: elsewhere });
    const build = async (agencyId: string) => {
      const project = await createProject(admin.client, { agencyId, topicId });
      await admin.client.expectData(
        'mutation ($id: ID!, $u: ID!) { addProjectMember(projectId: $id, input: { userId: $u, function: IKB }) { id } }',
        { id: project.id, u: editor.user.id },
      );
      await admin.client.expectData(MILESTONE, {
        id: project.id,
        input: { kind: 'COACHING', title: 'Coaching', date: '2021-01-01' },
      });
      await admin.client.expectData(LINK_ARTICLE, { p: project.id, a: article.id });
      await admin.client.expectData(
        'mutation ($p: ID!, $o: ID!) { linkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }',
        { p: project.id, o: source.id },
      );
    };
    for (let i = 0; i < 2; i += 1) await build(small);
    for (let i = 0; i < 8; i += 1) await build(large);
    const query = `query ($a: [ID!]) { projects(first: 50, filter: { agencyIds: $a }) { totalCount edges { node { title agency { name }
      programme { name } topic { name } createdBy { displayName } members { displayName user { displayName } } milestones { title }
      coachingProgress { done } statusHistory { toStatus changedBy { displayName } } articleLinks { kind article { title } }
      inspiredBy { title } changeProposals { status proposedBy { displayName } } viewerCanEdit viewerCanPropose } } } }`;
    const count = async (agencyId: string, expected: number) => {
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
        const data = await reader.client.expectData<{ projects: { totalCount: number } }>(query, { a: [agencyId] });
        expect(data.projects.totalCount).toBe(expected);
      } finally {
        Object.assign(ctx.dataSource, { logger });
      }
      return queries;
    };
    await ctx.app.get(SearchIndexWorker).drain();
    const few = await count(small, 2);
    const many = await count(large, 8);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
