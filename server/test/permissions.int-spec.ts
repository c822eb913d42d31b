import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/common/auth/role';
import { databaseFingerprint } from './database-fingerprint';
import type { GraphqlClient } from './graphql-client';
import { sampleBody, startTestApp, type TestApp } from './test-app';

type Caller = 'ANONYMOUS' | Role;
const CALLERS: Caller[] = ['ANONYMOUS', Role.READER, Role.EDITOR, Role.ADMIN];
const RANK: Record<Caller, number> = { ANONYMOUS: 0, READER: 1, EDITOR: 2, ADMIN: 3 };

interface Fixture {
  userId: string;
  agencyId: string;
  categoryId: string;
  articleId: string;
  revisionId: string;
  projectId: string;
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Every mutation with the least role that may call it and a valid call. 'PUBLIC' = anyone. */
const MUTATIONS: Record<string, { least: Caller | 'PUBLIC'; call: (f: Fixture) => [string, Record<string, unknown>] }> =
  {
    login: {
      least: 'PUBLIC',
      call: () => ['mutation { login(input: { email: "x@test.example", password: "wrong" }) { id } }', {}],
    },
    logout: { least: 'PUBLIC', call: () => ['mutation { logout }', {}] },
    changePassword: {
      least: Role.READER,
      call: () => [
        'mutation { changePassword(input: { currentPassword: "wrong", newPassword: "another long one" }) }',
        {},
      ],
    },
    revokeSession: {
      least: Role.READER,
      call: () => ['mutation { revokeSession(id: "00000000-0000-4000-8000-000000000000") }', {}],
    },
    createUser: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($e: String!) { createUser(input: { email: $e, displayName: "Neu", password: "long enough pw", role: READER }) { id } }',
        { e: `new-${Math.random().toString(36).slice(2)}@test.example` },
      ],
    },
    updateUser: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($id: ID!) { updateUser(id: $id, input: { displayName: "Umbenannt" }) { id } }',
        { id: f.userId },
      ],
    },
    deactivateUser: {
      least: Role.ADMIN,
      call: (f) => ['mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: f.userId }],
    },
    resetUserPassword: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($id: ID!) { resetUserPassword(id: $id, password: "brand new password") }',
        { id: f.userId },
      ],
    },
    createAgency: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($n: String!) { createAgency(input: { name: $n, kind: JOBCENTER, region: "BW" }) { id } }',
        { n: `JC ${Math.random()}` },
      ],
    },
    updateAgency: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($id: ID!) { updateAgency(id: $id, input: { region: "BY" }) { id } }',
        { id: f.agencyId },
      ],
    },
    createCategory: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($n: String!) { createCategory(input: { name: $n }) { id } }',
        { n: `Kat ${Math.random()}` },
      ],
    },
    updateCategory: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($id: ID!) { updateCategory(id: $id, input: { description: "neu" }) { id } }',
        { id: f.categoryId },
      ],
    },
    deleteCategory: {
      least: Role.ADMIN,
      call: (f) => ['mutation ($id: ID!) { deleteCategory(id: $id) }', { id: f.categoryId }],
    },
    createArticle: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($b: JSON) { createArticle(input: { title: "Neu", body: $b }) { id } }',
        { b: sampleBody() },
      ],
    },
    updateArticle: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { updateArticle(id: $id, input: { baseRevision: 0, title: "x" }) { id } }',
        { id: f.articleId },
      ],
    },
    publishArticle: {
      least: Role.EDITOR,
      call: (f) => ['mutation ($id: ID!) { publishArticle(id: $id) { id } }', { id: f.articleId }],
    },
    unpublishArticle: {
      least: Role.EDITOR,
      call: (f) => ['mutation ($id: ID!) { unpublishArticle(id: $id) { id } }', { id: f.articleId }],
    },
    archiveArticle: {
      least: Role.EDITOR,
      call: (f) => ['mutation ($id: ID!) { archiveArticle(id: $id) { id } }', { id: f.articleId }],
    },
    saveArticleVersion: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { saveArticleVersion(articleId: $id, name: "Stand") { id } }',
        { id: f.articleId },
      ],
    },
    setSearchSynonyms: {
      least: Role.ADMIN,
      call: () => ['mutation { setSearchSynonyms(groups: [["gE", "Jobcenter"]]) }', {}],
    },
    restoreRevision: {
      least: Role.EDITOR,
      call: (f) => ['mutation ($id: ID!) { restoreRevision(revisionId: $id) { id } }', { id: f.revisionId }],
    },
    createProgramme: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($a: [ID!]!) { createProgramme(input: { name: "P", startsOn: "2020-01-01", endsOn: "2021-01-01", agencyIds: $a }) { id } }',
        { a: [f.agencyId] },
      ],
    },
    updateProgramme: {
      least: Role.ADMIN,
      call: () => ['mutation ($id: ID!) { updateProgramme(id: $id, input: { name: "x" }) { id } }', { id: UNKNOWN_ID }],
    },
    setProgrammeAgencies: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($id: ID!, $a: [ID!]!) { setProgrammeAgencies(id: $id, agencyIds: $a) { id } }',
        { id: UNKNOWN_ID, a: [f.agencyId] },
      ],
    },
    addProgrammeEvent: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($id: ID!) { addProgrammeEvent(programmeId: $id, input: { kind: KICK_OFF, title: "K", startsOn: "2020-01-01" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    updateProgrammeEvent: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($id: ID!) { updateProgrammeEvent(id: $id, input: { title: "x" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    removeProgrammeEvent: {
      least: Role.ADMIN,
      call: () => ['mutation ($id: ID!) { removeProgrammeEvent(id: $id) }', { id: UNKNOWN_ID }],
    },
    createProjectTopic: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($n: String!) { createProjectTopic(input: { name: $n }) { id } }',
        { n: `Thema ${Math.random()}` },
      ],
    },
    updateProjectTopic: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($id: ID!) { updateProjectTopic(id: $id, input: { name: "x" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    archiveProjectTopic: {
      least: Role.ADMIN,
      call: () => ['mutation ($id: ID!) { archiveProjectTopic(id: $id) { id } }', { id: UNKNOWN_ID }],
    },
    // Project writes need EDITOR; team membership and agency are checked in server/test/projects/project-permissions.int-spec.ts.
    createProject: {
      least: Role.EDITOR,
      call: () => ['mutation { createProject(input: { title: "Neues Projekt" }) { id } }', {}],
    },
    updateProject: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { updateProject(id: $id, input: { baseVersion: 1, goals: "Ziele" }) { id } }',
        { id: f.projectId },
      ],
    },
    changeProjectStatus: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { changeProjectStatus(id: $id, input: { status: PLANNED }) { id } }',
        { id: f.projectId },
      ],
    },
    publishProject: {
      least: Role.ADMIN,
      call: (f) => ['mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: f.projectId }],
    },
    unpublishProject: {
      least: Role.ADMIN,
      call: (f) => ['mutation ($id: ID!) { unpublishProject(id: $id) { id } }', { id: f.projectId }],
    },
    addProjectMember: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { addProjectMember(projectId: $id, input: { externalName: "Frau Extern", externalRole: "Beratung" }) { id } }',
        { id: f.projectId },
      ],
    },
    updateProjectMember: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { updateProjectMember(id: $id, input: { function: IKB }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    removeProjectMember: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { removeProjectMember(id: $id) }', { id: UNKNOWN_ID }],
    },
    addProjectMilestone: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { addProjectMilestone(projectId: $id, input: { kind: COACHING, title: "Coaching 1", date: "2021-02-01" }) { id } }',
        { id: f.projectId },
      ],
    },
    updateProjectMilestone: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { updateProjectMilestone(id: $id, input: { done: true }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    removeProjectMilestone: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { removeProjectMilestone(id: $id) }', { id: UNKNOWN_ID }],
    },
    linkProjectArticle: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($p: ID!, $a: ID!) { linkProjectArticle(projectId: $p, articleId: $a, kind: OUTCOME) { id } }',
        { p: f.projectId, a: f.articleId },
      ],
    },
    unlinkProjectArticle: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($p: ID!, $a: ID!) { unlinkProjectArticle(projectId: $p, articleId: $a) { id } }',
        { p: f.projectId, a: UNKNOWN_ID },
      ],
    },
    linkInspiringProject: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($p: ID!, $o: ID!) { linkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }',
        { p: f.projectId, o: UNKNOWN_ID },
      ],
    },
    unlinkInspiringProject: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($p: ID!, $o: ID!) { unlinkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }',
        { p: f.projectId, o: UNKNOWN_ID },
      ],
    },
    proposeProjectChange: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { proposeProjectChange(projectId: $id, input: { goals: "Besser", message: "Vorschlag" }) { id } }',
        { id: f.projectId },
      ],
    },
    acceptProjectChangeProposal: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { acceptProjectChangeProposal(id: $id, baseVersion: 1) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    rejectProjectChangeProposal: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { rejectProjectChangeProposal(id: $id) { id } }', { id: UNKNOWN_ID }],
    },
    // Directory: editors write; deleting also needs ownership (server/test/directory/directory.int-spec.ts).
    createDirectoryEntry: {
      least: Role.EDITOR,
      call: () => ['mutation { createDirectoryEntry(input: { kind: OTHER, name: "Rechteprüfung" }) { id } }', {}],
    },
    updateDirectoryEntry: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { updateDirectoryEntry(id: $id, input: { baseVersion: 1, phone: "0711" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    verifyDirectoryEntry: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { verifyDirectoryEntry(id: $id) { id } }', { id: UNKNOWN_ID }],
    },
    deleteDirectoryEntry: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { deleteDirectoryEntry(id: $id) }', { id: UNKNOWN_ID }],
    },
    setDirectoryVerificationInterval: {
      least: Role.ADMIN,
      call: () => ['mutation { setDirectoryVerificationInterval(kind: OTHER, months: 12) { months } }', {}],
    },
    createDirectoryCode: {
      least: Role.ADMIN,
      call: () => [
        'mutation ($n: String!) { createDirectoryCode(input: { list: TARGET_GROUP, name: $n }) { code } }',
        { n: `Zielgruppe ${Math.random()}` },
      ],
    },
    updateDirectoryCode: {
      least: Role.ADMIN,
      call: () => [
        'mutation { updateDirectoryCode(list: TARGET_GROUP, code: "NIEMALS", input: { name: "x" }) { code } }',
        {},
      ],
    },
    addDirectoryContactPerson: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { addDirectoryContactPerson(entryId: $id, input: { name: "N", consentGivenOn: "2026-01-01" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    updateDirectoryContactPerson: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { updateDirectoryContactPerson(id: $id, input: { role: "x" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    removeDirectoryContactPerson: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { removeDirectoryContactPerson(id: $id) }', { id: UNKNOWN_ID }],
    },
    // A dry run of a one-entry file (server/test/directory/import-export.int-spec.ts).
    importDirectoryEntries: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($file: String!) { importDirectoryEntries(input: { file: $file, dryRun: true }) { created } }',
        { file: Buffer.from('externe_id;art;name\r\nP-1;OTHER;Rechteprüfung\r\n').toString('base64') },
      ],
    },
    // Teams and owners (server/test/teams/): editors pass the guard; managing a team also needs admin or the
    // team's agency, checked per role there.
    createTeam: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($n: String!) { createTeam(input: { name: $n }) { id } }',
        { n: `Team ${Math.random().toString(36).slice(2)}` },
      ],
    },
    updateTeam: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { updateTeam(id: $id, input: { name: "Umbenannt" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    deleteTeam: { least: Role.EDITOR, call: () => ['mutation ($id: ID!) { deleteTeam(id: $id) }', { id: UNKNOWN_ID }] },
    addTeamMember: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u) { id } }',
        { t: UNKNOWN_ID, u: f.userId },
      ],
    },
    removeTeamMember: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) { id } }',
        { t: UNKNOWN_ID, u: f.userId },
      ],
    },
    setArticleOwner: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!, $t: ID!) { setArticleOwner(id: $id, owner: { teamId: $t }) { id } }',
        { id: f.articleId, t: UNKNOWN_ID },
      ],
    },
    setDirectoryEntryOwner: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!, $u: ID!) { setDirectoryEntryOwner(id: $id, owner: { userId: $u }) { id } }',
        { id: UNKNOWN_ID, u: f.userId },
      ],
    },
    // Review cycle (server/test/reviews/): editors confirm content, admins set intervals.
    verifyArticle: {
      least: Role.EDITOR,
      call: (f) => ['mutation ($id: ID!) { verifyArticle(id: $id) { id } }', { id: f.articleId }],
    },
    setCategoryReviewInterval: {
      least: Role.ADMIN,
      call: (f) => [
        'mutation ($id: ID!) { setCategoryReviewInterval(input: { categoryId: $id, months: 6 }) { id } }',
        { id: f.categoryId },
      ],
    },
    // Language versions (server/src/language-versions/): like editing articles.
    createLanguageVersion: {
      least: Role.EDITOR,
      call: (f) => [
        'mutation ($id: ID!) { createLanguageVersion(input: { sourceArticleId: $id, variant: LEICHTE_SPRACHE }) { id } }',
        { id: f.articleId },
      ],
    },
    markLanguageVersionCurrent: {
      least: Role.EDITOR,
      call: (f) => ['mutation ($id: ID!) { markLanguageVersionCurrent(articleId: $id) { id } }', { id: f.articleId }],
    },
    // Material files (server/src/materials/): like editing articles; uploads are HTTP (materials.int-spec.ts).
    updateMaterialFile: {
      least: Role.EDITOR,
      call: () => [
        'mutation ($id: ID!) { updateMaterialFile(id: $id, input: { title: "x" }) { id } }',
        { id: UNKNOWN_ID },
      ],
    },
    deleteMaterialFile: {
      least: Role.EDITOR,
      call: () => ['mutation ($id: ID!) { deleteMaterialFile(id: $id) { id } }', { id: UNKNOWN_ID }],
    },
    // Notifications: every signed-in user, only their own (NOT_FOUND for others').
    markNotificationRead: {
      least: Role.READER,
      call: () => ['mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: UNKNOWN_ID }],
    },
    markAllNotificationsRead: { least: Role.READER, call: () => ['mutation { markAllNotificationsRead }', {}] },
  };

describe('permissions: every mutation as anonymous, reader, editor and admin', () => {
  let ctx: TestApp;
  let clients: Record<Caller, GraphqlClient>;
  let fixture: Fixture;

  beforeAll(async () => {
    ctx = await startTestApp();
    const [reader, editor, admin] = await Promise.all([
      ctx.newUser(Role.READER),
      ctx.newUser(Role.EDITOR),
      ctx.newUser(Role.ADMIN),
    ]);
    clients = { ANONYMOUS: ctx.anonymous(), READER: reader.client, EDITOR: editor.client, ADMIN: admin.client };
    const target = await ctx.newUser(Role.READER);
    const categoryId = await ctx.newCategory();
    const article = await ctx.newArticle(editor.client);
    const revisions = await editor.client.expectData<{ articleRevisions: { id: string }[] }>(
      'query ($id: ID!) { articleRevisions(articleId: $id) { id } }',
      { id: article.id },
    );
    fixture = {
      userId: target.user.id,
      agencyId: target.user.agencyId ?? '',
      categoryId,
      articleId: article.id,
      revisionId: revisions.articleRevisions[0]?.id ?? '',
      projectId: (
        await editor.client.expectData<{ createProject: { id: string } }>(
          'mutation { createProject(input: { title: "Projekt der Rechteprüfung" }) { id } }',
        )
      ).createProject.id,
    };
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('covers every mutation of the schema', async () => {
    const schema = await ctx
      .anonymous()
      .expectData<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
        '{ __schema { mutationType { fields { name } } } }',
      );
    const names = schema.__schema.mutationType.fields.map((field) => field.name).sort();
    expect(names).toEqual(Object.keys(MUTATIONS).sort());
  });

  for (const [name, rule] of Object.entries(MUTATIONS)) {
    if (rule.least === 'PUBLIC') continue;
    const least = rule.least;
    for (const caller of CALLERS.filter((c) => RANK[c] < RANK[least])) {
      it(`${name} is refused for ${caller} and changes nothing`, async () => {
        const before = await databaseFingerprint(ctx.dataSource);
        const [query, variables] = rule.call(fixture);
        const result = await clients[caller].request(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe(caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(result.data ?? null).toBeNull();
        expect(await databaseFingerprint(ctx.dataSource)).toBe(before);
      });
    }
  }

  // Allowed calls run last and in an order that keeps the fixture usable (delete and deactivate at the end).
  it('lets the least and higher roles call each mutation', async () => {
    const order = Object.keys(MUTATIONS).sort(
      (a, b) => Number(/^(delete|deactivate)/.test(a)) - Number(/^(delete|deactivate)/.test(b)),
    );
    for (const name of order) {
      const rule = MUTATIONS[name];
      if (!rule) continue;
      const allowed = CALLERS.filter((c) => rule.least === 'PUBLIC' || RANK[c] >= RANK[rule.least]);
      const caller = allowed[0];
      const [query, variables] = rule.call(fixture);
      const result = await clients[caller].request(query, variables);
      const code = result.errors?.[0]?.extensions?.code;
      expect(
        [undefined, 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'UNAUTHENTICATED'],
        `${name} as ${caller}`,
      ).toContain(code);
      if (rule.least !== 'PUBLIC') expect(code, `${name} as ${caller}`).not.toBe('UNAUTHENTICATED');
    }
  });
});
