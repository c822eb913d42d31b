import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/auth/role';
import { databaseFingerprint } from '../database-fingerprint';
import type { GraphqlClient } from '../graphql-client';
import { startTestApp, type TestApp } from '../test-app';
import { completeProject, createProject, projectFixtures } from './project-fixtures';

/**
 * Project writes by who the caller is relative to the project: not signed in, reader,
 * editor of another agency, editor of the same agency outside the team, team member, admin.
 */
type Caller = 'ANONYMOUS' | 'READER' | 'EDITOR_OTHER_AGENCY' | 'EDITOR_SAME_AGENCY' | 'TEAM_MEMBER' | 'ADMIN';
const CALLERS: Caller[] = ['ANONYMOUS', 'READER', 'EDITOR_OTHER_AGENCY', 'EDITOR_SAME_AGENCY', 'TEAM_MEMBER', 'ADMIN'];
const TEAM: Caller[] = ['TEAM_MEMBER', 'ADMIN'];

interface Case {
  allowed: Caller[];
  /** Builds a fresh target (as the team or an admin) and returns the call. */
  prepare: () => Promise<[string, Record<string, unknown>]>;
}

describe('project permissions by relation to the project', () => {
  let ctx: TestApp;
  let clients: Record<Caller, GraphqlClient>;
  let articleId: string;
  let projectAgencyId: string;

  const team = () => clients.TEAM_MEMBER;
  const newProject = (input: Record<string, unknown> = {}) => createProject(team(), input);

  const CASES: Record<string, Case> = {
    createProjectForOwnAgency: {
      allowed: ['EDITOR_OTHER_AGENCY', 'EDITOR_SAME_AGENCY', 'TEAM_MEMBER', 'ADMIN'],
      prepare: () => Promise.resolve(['mutation { createProject(input: { title: "Eigenes Projekt" }) { id } }', {}]),
    },
    createProjectForProjectAgency: {
      allowed: ['EDITOR_SAME_AGENCY', 'TEAM_MEMBER', 'ADMIN'],
      prepare: () =>
        Promise.resolve([
          'mutation ($a: ID!) { createProject(input: { title: "Fremdes Projekt", agencyId: $a }) { id } }',
          { a: projectAgencyId },
        ]),
    },
    updateProject: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { updateProject(id: $id, input: { baseVersion: 1, goals: "neu" }) { id } }',
        { id: (await newProject()).id },
      ],
    },
    changeProjectStatus: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { changeProjectStatus(id: $id, input: { status: PLANNED }) { id } }',
        { id: (await newProject()).id },
      ],
    },
    publishProject: {
      allowed: ['ADMIN'],
      prepare: async () => {
        const project = await newProject({ visibility: 'PUBLIC' });
        await completeProject(team(), project.id);
        return ['mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: project.id }];
      },
    },
    unpublishProject: {
      allowed: ['ADMIN'],
      prepare: async () => {
        const project = await newProject({ visibility: 'PUBLIC' });
        await completeProject(team(), project.id);
        await clients.ADMIN.expectData('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: project.id });
        return ['mutation ($id: ID!) { unpublishProject(id: $id) { id } }', { id: project.id }];
      },
    },
    addProjectMember: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { addProjectMember(projectId: $id, input: { externalName: "Extern" }) { id } }',
        { id: (await newProject()).id },
      ],
    },
    updateProjectMember: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { updateProjectMember(id: $id, input: { function: BCA }) { id } }',
        { id: await addExternalMember() },
      ],
    },
    removeProjectMember: {
      allowed: TEAM,
      prepare: async () => ['mutation ($id: ID!) { removeProjectMember(id: $id) }', { id: await addExternalMember() }],
    },
    addProjectMilestone: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { addProjectMilestone(projectId: $id, input: { kind: COACHING, title: "C", date: "2021-01-01" }) { id } }',
        { id: (await newProject()).id },
      ],
    },
    updateProjectMilestone: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { updateProjectMilestone(id: $id, input: { done: true }) { id } }',
        { id: await addMilestone() },
      ],
    },
    removeProjectMilestone: {
      allowed: TEAM,
      prepare: async () => ['mutation ($id: ID!) { removeProjectMilestone(id: $id) }', { id: await addMilestone() }],
    },
    linkProjectArticle: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($p: ID!, $a: ID!) { linkProjectArticle(projectId: $p, articleId: $a, kind: REFERENCE) { id } }',
        { p: (await newProject()).id, a: articleId },
      ],
    },
    unlinkProjectArticle: {
      allowed: TEAM,
      prepare: async () => {
        const project = await newProject();
        await team().expectData(
          'mutation ($p: ID!, $a: ID!) { linkProjectArticle(projectId: $p, articleId: $a, kind: OUTCOME) { id } }',
          { p: project.id, a: articleId },
        );
        return [
          'mutation ($p: ID!, $a: ID!) { unlinkProjectArticle(projectId: $p, articleId: $a) { id } }',
          { p: project.id, a: articleId },
        ];
      },
    },
    linkInspiringProject: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($p: ID!, $o: ID!) { linkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }',
        { p: (await newProject()).id, o: (await newProject()).id },
      ],
    },
    unlinkInspiringProject: {
      allowed: TEAM,
      prepare: async () => {
        const [project, other] = [await newProject(), await newProject()];
        await team().expectData(
          'mutation ($p: ID!, $o: ID!) { linkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }',
          { p: project.id, o: other.id },
        );
        return [
          'mutation ($p: ID!, $o: ID!) { unlinkInspiringProject(projectId: $p, inspiringProjectId: $o) { id } }',
          { p: project.id, o: other.id },
        ];
      },
    },
    proposeProjectChange: {
      allowed: ['EDITOR_SAME_AGENCY', 'TEAM_MEMBER', 'ADMIN'],
      prepare: async () => [
        'mutation ($id: ID!) { proposeProjectChange(projectId: $id, input: { goals: "besser", message: "m" }) { id } }',
        { id: (await newProject()).id },
      ],
    },
    acceptProjectChangeProposal: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { acceptProjectChangeProposal(id: $id, baseVersion: 1) { id } }',
        { id: await propose() },
      ],
    },
    rejectProjectChangeProposal: {
      allowed: TEAM,
      prepare: async () => [
        'mutation ($id: ID!) { rejectProjectChangeProposal(id: $id) { id } }',
        { id: await propose() },
      ],
    },
  };

  async function addExternalMember(): Promise<string> {
    const project = await newProject();
    const data = await team().expectData<{ addProjectMember: { id: string } }>(
      'mutation ($id: ID!) { addProjectMember(projectId: $id, input: { externalName: "Herr Extern" }) { id } }',
      { id: project.id },
    );
    return data.addProjectMember.id;
  }

  async function addMilestone(): Promise<string> {
    const project = await newProject();
    const data = await team().expectData<{ addProjectMilestone: { id: string } }>(
      'mutation ($id: ID!) { addProjectMilestone(projectId: $id, input: { kind: SEMINAR_PRESENTATION, title: "S", date: "2021-03-01" }) { id } }',
      { id: project.id },
    );
    return data.addProjectMilestone.id;
  }

  async function propose(): Promise<string> {
    const project = await newProject();
    const data = await clients.EDITOR_SAME_AGENCY.expectData<{ proposeProjectChange: { id: string } }>(
      'mutation ($id: ID!) { proposeProjectChange(projectId: $id, input: { title: "Neuer Titel", message: "" }) { id } }',
      { id: project.id },
    );
    return data.proposeProjectChange.id;
  }

  beforeAll(async () => {
    ctx = await startTestApp();
    const fixtures = projectFixtures(ctx);
    projectAgencyId = await fixtures.newAgency('Agentur des Projekts');
    const otherAgencyId = await fixtures.newAgency('Andere Agentur');
    const [reader, editorOther, editorSame, teamMember, admin] = await Promise.all([
      fixtures.newUserIn(projectAgencyId, Role.READER),
      fixtures.newUserIn(otherAgencyId, Role.EDITOR),
      fixtures.newUserIn(projectAgencyId, Role.EDITOR),
      fixtures.newUserIn(projectAgencyId, Role.EDITOR),
      fixtures.newUserIn(otherAgencyId, Role.ADMIN),
    ]);
    clients = {
      ANONYMOUS: ctx.anonymous(),
      READER: reader.client,
      EDITOR_OTHER_AGENCY: editorOther.client,
      EDITOR_SAME_AGENCY: editorSame.client,
      TEAM_MEMBER: teamMember.client,
      ADMIN: admin.client,
    };
    articleId = (await ctx.newArticle(teamMember.client)).id;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  for (const [name, rule] of Object.entries(CASES)) {
    it(`${name}: allowed for ${rule.allowed.join(', ')} only`, async () => {
      for (const caller of CALLERS) {
        const [query, variables] = await rule.prepare();
        const before = await databaseFingerprint(ctx.dataSource);
        const result = await clients[caller].request(query, variables);
        if (rule.allowed.includes(caller)) {
          expect(result.errors, `${name} as ${caller}`).toBeUndefined();
        } else {
          expect(result.errors?.[0]?.extensions?.code, `${name} as ${caller}`).toBe(
            caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          );
          expect(await databaseFingerprint(ctx.dataSource), `${name} as ${caller} wrote`).toBe(before);
        }
      }
    });
  }
});
