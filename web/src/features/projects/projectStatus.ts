import type { ProjectStatus } from '@/gql/graphql';

/** All statuses in the order of a project's life. */
export const projectStatuses: ProjectStatus[] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'PAUSED', 'CANCELLED'];

/**
 * The server's transition table (server/src/projects/project-status.ts), so the page offers only
 * changes the server accepts; the server still decides and answers INVALID_STATUS_TRANSITION.
 */
const transitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  IDEA: ['PLANNED', 'PAUSED', 'CANCELLED'],
  PLANNED: ['IN_PROGRESS', 'IDEA', 'PAUSED', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'PLANNED', 'PAUSED', 'CANCELLED'],
  PAUSED: ['IDEA', 'PLANNED', 'IN_PROGRESS', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** The statuses a project in `status` may move to, forward steps first. */
export function nextProjectStatuses(status: ProjectStatus): ProjectStatus[] {
  return [...transitions[status]];
}
