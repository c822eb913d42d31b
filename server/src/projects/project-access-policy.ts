import { Role, roleAtLeast } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { Visibility } from '../articles/article-status';

/**
 * Who may do what with a project. Signed-in users read every project; anonymous visitors
 * only published PUBLIC ones (and only through the PublicProject types).
 */
export function isPubliclyVisible(project: { visibility: Visibility; publishedAt: Date | null }): boolean {
  return project.visibility === Visibility.PUBLIC && project.publishedAt !== null;
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer !== null && viewer.role === Role.ADMIN;
}

/** Team members with at least EDITOR role, and admins. */
export function canEditProject(viewer: Viewer | null, isTeamMember: boolean): boolean {
  if (viewer === null) return false;
  return isAdmin(viewer) || (isTeamMember && roleAtLeast(viewer.role, Role.EDITOR));
}

/** Editors of the project's agency may propose changes (team members and admins may edit directly anyway). */
export function canProposeChange(viewer: Viewer | null, project: { agencyId: string }, isTeamMember: boolean): boolean {
  if (viewer === null || !roleAtLeast(viewer.role, Role.EDITOR)) return false;
  return canEditProject(viewer, isTeamMember) || viewer.agencyId === project.agencyId;
}

/** Editors create projects for their own agency; admins for any. */
export function canCreateProjectFor(viewer: Viewer, agencyId: string): boolean {
  return isAdmin(viewer) || (roleAtLeast(viewer.role, Role.EDITOR) && viewer.agencyId === agencyId);
}
