/**
 * Caret and avatar colours. Each has at least 4.5:1 contrast against white, so the
 * caret is visible on the page (≥ 3:1) and white text on its label is readable (≥ 4.5:1).
 */
export const USER_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7e22ce',
  '#c2410c',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#a16207',
  '#4338ca',
] as const;

/** Text colour used on top of a user colour (labels, avatars). */
export const USER_COLOR_TEXT = '#ffffff';

/** The same colour for the same user id on every device and in every session. */
export function userColor(userId: string): string {
  // FNV-1a: tiny, stable and spreads similar ids well.
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i += 1) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return USER_COLORS[(hash >>> 0) % USER_COLORS.length] ?? USER_COLORS[0];
}
