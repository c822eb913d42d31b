import type { ProjectMemberFunction } from '@/gql/graphql';

export interface TeamMemberInput {
  id: string;
  userId?: string | null;
  externalName?: string | null;
  displayName: string;
  function: ProjectMemberFunction;
  externalRole: string;
}

export interface TeamProjectInput {
  slug: string;
  title: string;
  members: readonly TeamMemberInput[];
}

export interface AgencyTeamMember {
  key: string;
  name: string;
  external: boolean;
  /** Functions in the order first seen; one person may hold several across projects. */
  functions: ProjectMemberFunction[];
  externalRoles: string[];
  projects: { slug: string; title: string }[];
}

/**
 * The people working on an agency's projects: one row per person (account or external name),
 * with their functions and the projects they are in.
 */
export function agencyTeam(projects: readonly TeamProjectInput[]): AgencyTeamMember[] {
  const byKey = new Map<string, AgencyTeamMember>();
  for (const project of projects) {
    for (const member of project.members) {
      const key = member.userId
        ? `user:${member.userId}`
        : `external:${(member.externalName ?? member.displayName).trim().toLowerCase()}`;
      let person = byKey.get(key);
      if (!person) {
        person = {
          key,
          name: member.displayName,
          external: !member.userId,
          functions: [],
          externalRoles: [],
          projects: [],
        };
        byKey.set(key, person);
      }
      if (!person.functions.includes(member.function)) person.functions.push(member.function);
      const role = member.externalRole.trim();
      if (role && !person.externalRoles.includes(role)) person.externalRoles.push(role);
      if (!person.projects.some((p) => p.slug === project.slug))
        person.projects.push({ slug: project.slug, title: project.title });
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
