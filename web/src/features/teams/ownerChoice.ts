/** The owner picker's value: "user:<id>", "team:<id>" or "" (none chosen). */
export type OwnerChoice = `user:${string}` | `team:${string}` | '';

export function ownerChoiceOf(
  owner: { id: string } | null | undefined,
  team: { id: string } | null | undefined,
): OwnerChoice {
  if (team) return `team:${team.id}`;
  if (owner) return `user:${owner.id}`;
  return '';
}

/** The OwnerInput for a choice, or null when nothing is chosen. */
export function ownerInputOf(choice: string): { userId: string } | { teamId: string } | null {
  const [kind, id] = choice.split(':', 2);
  if (!id) return null;
  if (kind === 'user') return { userId: id };
  if (kind === 'team') return { teamId: id };
  return null;
}
