import { describe, expect, it } from 'vitest';
import { canChangeStatus, PROJECT_STATUS_TRANSITIONS, ProjectStatus } from './project-status';

describe('project status transitions', () => {
  it('allows the main chain IDEA → PLANNED → IN_PROGRESS → COMPLETED', () => {
    expect(canChangeStatus(ProjectStatus.IDEA, ProjectStatus.PLANNED)).toBe(true);
    expect(canChangeStatus(ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS)).toBe(true);
    expect(canChangeStatus(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED)).toBe(true);
  });

  it('does not skip steps to COMPLETED', () => {
    expect(canChangeStatus(ProjectStatus.IDEA, ProjectStatus.COMPLETED)).toBe(false);
    expect(canChangeStatus(ProjectStatus.PLANNED, ProjectStatus.COMPLETED)).toBe(false);
    expect(canChangeStatus(ProjectStatus.PAUSED, ProjectStatus.COMPLETED)).toBe(false);
  });

  it('pauses and cancels open projects; COMPLETED and CANCELLED are final', () => {
    for (const open of [ProjectStatus.IDEA, ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS]) {
      expect(canChangeStatus(open, ProjectStatus.PAUSED)).toBe(true);
      expect(canChangeStatus(open, ProjectStatus.CANCELLED)).toBe(true);
    }
    expect(canChangeStatus(ProjectStatus.PAUSED, ProjectStatus.IN_PROGRESS)).toBe(true);
    expect(PROJECT_STATUS_TRANSITIONS[ProjectStatus.COMPLETED]).toEqual([]);
    expect(PROJECT_STATUS_TRANSITIONS[ProjectStatus.CANCELLED]).toEqual([]);
  });

  it('never allows a status to change to itself', () => {
    for (const status of Object.values(ProjectStatus)) expect(canChangeStatus(status, status)).toBe(false);
  });
});
