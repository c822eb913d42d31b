/** Who is in the document, as shown in the presence list. */
export interface PresenceUser {
  /** The user id; one entry per user even when they have several tabs open. */
  id: string;
  name: string;
  color: string;
  self: boolean;
}

/** The `user` field every client puts into its awareness state. */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

function isAwarenessUser(value: unknown): value is AwarenessUser {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Record<string, unknown>;
  return typeof user.id === 'string' && typeof user.name === 'string' && typeof user.color === 'string';
}

/**
 * Turns awareness states (client id → state) into a list of users: own user first,
 * the others by name; a user with several connections appears once.
 */
export function presenceUsers(states: Map<number, Record<string, unknown>>, ownUserId: string | null): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const state of states.values()) {
    const user = state.user;
    if (!isAwarenessUser(user) || byId.has(user.id)) continue;
    byId.set(user.id, { id: user.id, name: user.name, color: user.color, self: user.id === ownUserId });
  }
  return [...byId.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
