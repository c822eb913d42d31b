/** `%text%` for ILIKE with the wildcard characters of the text escaped. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
