import { describe, expect, it } from 'vitest';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { canManageTeam } from './team-access';

const viewer = (role: Role, agencyId: string | null): Viewer => ({
  userId: 'u',
  sessionId: 's',
  role,
  displayName: 'Test',
  agencyId,
});

describe('canManageTeam', () => {
  it('lets admins manage every team', () => {
    expect(canManageTeam(viewer(Role.ADMIN, null), { agencyId: 'a' })).toBe(true);
    expect(canManageTeam(viewer(Role.ADMIN, 'b'), { agencyId: null })).toBe(true);
  });

  it('lets editors manage only teams of their own agency', () => {
    expect(canManageTeam(viewer(Role.EDITOR, 'a'), { agencyId: 'a' })).toBe(true);
    expect(canManageTeam(viewer(Role.EDITOR, 'a'), { agencyId: 'b' })).toBe(false);
    expect(canManageTeam(viewer(Role.EDITOR, 'a'), { agencyId: null })).toBe(false);
    expect(canManageTeam(viewer(Role.EDITOR, null), { agencyId: null })).toBe(false);
  });

  it('never lets readers manage teams', () => {
    expect(canManageTeam(viewer(Role.READER, 'a'), { agencyId: 'a' })).toBe(false);
  });
});
