/** The longest name a saved version may have (the server enforces the same limit). */
export const MAX_VERSION_NAME_LENGTH = 120;

/** The name to send: trimmed, or null when empty. */
export function normalizeVersionName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed ? trimmed : null;
}
