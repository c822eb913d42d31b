import { registerEnumType } from '@nestjs/graphql';

export enum ProjectStatus {
  IDEA = 'IDEA',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  PAUSED = 'PAUSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

/**
 * Allowed status changes: forward along IDEA → PLANNED → IN_PROGRESS → COMPLETED, one step
 * back for replanning, pause and resume, cancel from anywhere open. COMPLETED and CANCELLED are final.
 */
export const PROJECT_STATUS_TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  [ProjectStatus.IDEA]: [ProjectStatus.PLANNED, ProjectStatus.PAUSED, ProjectStatus.CANCELLED],
  [ProjectStatus.PLANNED]: [
    ProjectStatus.IN_PROGRESS,
    ProjectStatus.IDEA,
    ProjectStatus.PAUSED,
    ProjectStatus.CANCELLED,
  ],
  [ProjectStatus.IN_PROGRESS]: [
    ProjectStatus.COMPLETED,
    ProjectStatus.PLANNED,
    ProjectStatus.PAUSED,
    ProjectStatus.CANCELLED,
  ],
  [ProjectStatus.PAUSED]: [
    ProjectStatus.IDEA,
    ProjectStatus.PLANNED,
    ProjectStatus.IN_PROGRESS,
    ProjectStatus.CANCELLED,
  ],
  [ProjectStatus.COMPLETED]: [],
  [ProjectStatus.CANCELLED]: [],
};

export function canChangeStatus(from: ProjectStatus, to: ProjectStatus): boolean {
  return PROJECT_STATUS_TRANSITIONS[from].includes(to);
}
