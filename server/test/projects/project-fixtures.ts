import { AgenciesService } from '../../src/agencies/agencies.service';
import { AgencyKind } from '../../src/agencies/agency-kind';
import { Role } from '../../src/common/auth/role';
import { UsersService } from '../../src/users/users.service';
import { GraphqlClient } from '../graphql-client';
import { PASSWORD, type SignedInUser, type TestApp } from '../test-app';

let sequence = 0;

/** Agencies and signed-in users of a chosen agency, for the project tests (the harness gives one agency only). */
export function projectFixtures(ctx: TestApp) {
  const agencies = ctx.app.get(AgenciesService);
  const users = ctx.app.get(UsersService);
  return {
    async newAgency(name?: string): Promise<string> {
      sequence += 1;
      return (
        await agencies.create({ name: name ?? `Dienststelle ${sequence}`, kind: AgencyKind.JOBCENTER, region: 'BW' })
      ).id;
    },
    async newUserIn(agencyId: string, role: Role): Promise<SignedInUser> {
      sequence += 1;
      const user = await users.create({
        email: `p${sequence}-${role.toLowerCase()}@test.example`,
        displayName: `Person ${sequence}`,
        password: PASSWORD,
        role,
        functions: [],
        agencyId,
      });
      const client = new GraphqlClient(ctx.url);
      await client.expectData(
        'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }',
        {
          e: user.email,
          p: PASSWORD,
        },
      );
      return { user, password: PASSWORD, client };
    },
  };
}

export interface CreatedProject {
  id: string;
  slug: string;
  version: number;
}

export async function createProject(
  client: GraphqlClient,
  input: Record<string, unknown> = {},
): Promise<CreatedProject> {
  sequence += 1;
  const data = await client.expectData<{ createProject: CreatedProject }>(
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug version } }',
    { input: { title: `Projekt ${sequence}`, ...input } },
  );
  return data.createProject;
}

/** Drives a project to COMPLETED through the allowed transitions. */
export async function completeProject(client: GraphqlClient, projectId: string): Promise<void> {
  for (const status of ['PLANNED', 'IN_PROGRESS', 'COMPLETED']) {
    await client.expectData(
      'mutation ($id: ID!, $s: ProjectStatus!) { changeProjectStatus(id: $id, input: { status: $s }) { id } }',
      {
        id: projectId,
        s: status,
      },
    );
  }
}
