import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';

/**
 * Who manages a team (rename, delete, members): admins every team; editors the teams of their
 * own agency, so a Dienststelle organises its people without waiting for an admin. Teams
 * without an agency are admin-only. Readers never manage teams.
 */
export function canManageTeam(viewer: Viewer, team: { agencyId: string | null }): boolean {
  if (viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.EDITOR && viewer.agencyId !== null && team.agencyId === viewer.agencyId;
}
