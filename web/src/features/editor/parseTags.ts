/** "Asyl, Sprachkurs , asyl" → ["Asyl", "Sprachkurs"] (trimmed, case-insensitively unique). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('de');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
