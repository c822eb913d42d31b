import type { EntityManager } from 'typeorm';

/** The teams the user is a member of (raw SQL: teams sits below directory and has no entity import here). */
export async function viewerTeamIds(manager: EntityManager, userId: string): Promise<Set<string>> {
  const rows = await manager.query<{ teamId: string }[]>('SELECT "teamId" FROM team_member WHERE "userId" = $1', [
    userId,
  ]);
  return new Set(rows.map((row) => row.teamId));
}
