import type { ListedProcessStep } from '@wissensnetz/editor/process';

export interface RoleGroup {
  /** The role as written in the steps; '' for steps without one. */
  role: string;
  steps: ListedProcessStep[];
}

/**
 * Steps grouped by responsible role for the "who does what" view: roles in the
 * order they first appear (so the flow stays readable), steps in flow order,
 * steps without a role last. Roles that differ only in case or spacing are one group.
 */
export function groupStepsByRole(steps: readonly ListedProcessStep[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const step of steps) {
    const role = step.responsible.trim().replace(/\s+/g, ' ');
    const key = role.toLocaleLowerCase('de');
    const group = groups.get(key) ?? { role, steps: [] };
    group.steps.push(step);
    groups.set(key, group);
  }
  const withoutRole = groups.get('');
  groups.delete('');
  return withoutRole ? [...groups.values(), withoutRole] : [...groups.values()];
}
